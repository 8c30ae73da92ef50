import type { z } from 'zod';

/**
 * A schema of either zod flavour: the calls' own schemas are classic zod, the model's and the
 * checker's are zod/mini (lighter to build for a one-off CLI command). Both parse the same way.
 */
type Schema = z.core.$ZodType;

/** One call of the contract: the schema its input must pass and the shape of its answer. */
interface CallSpec<I extends Schema = Schema, O extends Schema = Schema> {
  input: I;
  output: O;
}

export function call<I extends Schema, O extends Schema>(input: I, output: O): CallSpec<I, O> {
  return { input, output };
}
