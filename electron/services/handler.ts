/**
 * The shape of a handler and of one domain's group of them. Its own file so the domain files
 * (drafts.ts, export.ts, …) and the table that composes them (index.ts) do not import each other.
 */
import type { CallName, CallOutput, ParsedInput } from '../../shared/contract/index';
import type { ServiceContext } from './context';

type Handler<K extends CallName> = (input: ParsedInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;
export type Handlers = { [K in CallName]: Handler<K> };
export type HandlerGroup<K extends CallName> = (ctx: ServiceContext) => { [P in K]: Handler<P> };
