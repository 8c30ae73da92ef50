/**
 * Imported FIRST by every command file (electron/cli/commands/<name>.ts; a test holds to it).
 * zod decides when it builds each schema whether that schema compiles a fast path (`new
 * Function`) on its first parse; a CLI run parses each schema about once, so the compiling costs
 * more than it saves. The switch counts only for schemas built after it: it must run before the
 * document model's module does, which an import anywhere later did not.
 */
import { config } from 'zod/mini';

config({ jitless: true });
