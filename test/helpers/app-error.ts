/** The AppError a call refuses with (a promise, or a function that may throw or return one). */
import { AppError } from '../../shared/errors';

export async function appFailure(p: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}
