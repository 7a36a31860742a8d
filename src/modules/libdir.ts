/*
 * Where gilvm's own Python library is: the top-level `lib/` directory of the package, found
 * by walking up from this module (it runs from src/modules under vitest, from
 * dist/src/modules after tsc, and from dist/bundle in the bundle), or null if absent.
 *
 * Found on first use, not when the module loads: the walk (a file URL turned into a path,
 * up to ten existsSync calls) cost ~1 ms of each start in each of the three modules that
 * computed it at load (the importer, tracebacks, generators), and `gilvm -c pass` never
 * asks.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found = false;
let directory: string | null = null;

/** The lib/ directory's path (no trailing separator), or null if the package has none. */
export function libDirectory(): string | null {
  if (!found) {
    found = true;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lib'))) {
        directory = join(dir, 'lib');
        break;
      }
      dir = dirname(dir);
    }
  }
  return directory;
}
