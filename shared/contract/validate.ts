import { safeParse } from 'zod/mini';
import { AppError } from '../errors';
import { describeIssue, issueSentence } from '../model/describe-issue';
import { stripNonXmlDeep } from '../model/xml-chars';
import { contract, isCallName, type CallName, type ParsedInput } from './index';
import { CONTRACT_MESSAGES as M } from './messages';

/** Check a call name and its input against the contract; the one gate every adapter uses. */
export function validateCall(name: string, input: unknown): { name: CallName; input: ParsedInput<CallName> } {
  if (!isCallName(name)) throw new AppError('UNKNOWN_CALL', M.unknownCall(name.slice(0, 60)));
  const value = input ?? {};
  const result = safeParse(contract[name].input, value);
  if (!result.success) {
    const first = result.error.issues[0];
    const words = first ? describeIssue(first, value) : null;
    // A limit is said in the clerk's words (where, how large, the limit); anything else is a
    // malformed call, said with where it went wrong.
    const message = words?.limit ? M.overLimit(issueSentence(words)) : M.malformed(words && first?.path.length ? words.where : null);
    throw new AppError(
      'BAD_INPUT',
      message,
      result.error.issues.slice(0, 5).map((i) => ({ path: i.path.map(String), message: i.message })),
    );
  }
  // Every string of every call loses the characters XML 1.0 forbids (documents already did in
  // their schema), so nothing a call stores can make an export malformed. The schema has bounded
  // the nesting by now (shared/model/document.ts), so the recursive strip cannot overflow.
  return { name, input: stripNonXmlDeep(result.data) };
}
