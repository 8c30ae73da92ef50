import { AppError } from '../../shared/errors';
import { formatDocNumber, parseDocNumber } from '../../shared/doc-number';
import type { HandlerGroup } from './handler';

type NumberCall = 'numbers.take' | 'numbers.assign' | 'numbers.release' | 'numbers.void' | 'numbers.next' | 'numbers.list';

export const numberHandlers: HandlerGroup<NumberCall> = (ctx) => ({
  'numbers.take': ({ draftId, code, year, keep }) => ctx.storage.numbers.take(draftId, code, year, { keep }),
  'numbers.assign': ({ draftId, text }) => {
    const parsed = parseDocNumber(text);
    if (!parsed.ok) throw new AppError('BAD_DOC_NUMBER', parsed.message);
    return ctx.storage.numbers.assign(draftId, parsed.value);
  },
  'numbers.release': ({ number, draftId }) => {
    ctx.storage.numbers.release(number, draftId);
    return { ok: true as const };
  },
  'numbers.void': ({ number, note }) => {
    ctx.storage.numbers.void(number, note);
    return { ok: true as const };
  },
  'numbers.next': ({ code, year }) => {
    const seq = ctx.storage.numbers.next(code, year);
    return { seq, text: formatDocNumber({ code, year, seq }) };
  },
  'numbers.list': ({ year, code }) => ctx.storage.numbers.list(year, code),
});
