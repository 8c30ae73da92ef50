import { AppError } from '../errors';
import { contract, isCallName, type CallName, type ParsedInput } from './index';

/** Check a call name and its input against the contract; the one gate every adapter uses. */
export function validateCall(name: string, input: unknown): { name: CallName; input: ParsedInput<CallName> } {
  if (!isCallName(name)) throw new AppError('UNKNOWN_CALL', `不支持的操作：${name.slice(0, 60)}`);
  const result = contract[name].input.safeParse(input ?? {});
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? `（位置：${first.path.join('.')}）` : '';
    throw new AppError('BAD_INPUT', `提交的内容格式不正确${where}。`, result.error.issues.slice(0, 5).map((i) => ({ path: i.path.map(String), message: i.message })));
  }
  return { name, input: result.data };
}
