/*
 * Setting V8 flags at run time (v8.setFlagsFromString) without loading `node:v8` at every
 * start: that module loads Node's whole streams stack for its heap-snapshot functions, ~1.6
 * ms of each `gilvm -c pass` on the 2-core machine, for one call. The V8 binding that it
 * wraps is reached through process.binding('v8') (~0.1 ms), with the binding's deprecation
 * warning (DEP0111) suppressed for that one call: gilvm uses only setFlagsFromString, which
 * is what node:v8 calls. Where a Node lacks that binding, node:v8 is loaded as before.
 * scripts/bundle-load.cjs does the same for the flags it sets before the bundle compiles.
 */
import { createRequire } from 'node:module';

type FlagSetter = (flags: string) => void;

let setter: FlagSetter | null = null;

function findSetter(): FlagSetter {
  const proc = process as unknown as { binding?: (name: string) => { setFlagsFromString?: FlagSetter }; noDeprecation?: boolean };
  if (typeof proc.binding === 'function') {
    const quiet = proc.noDeprecation;
    proc.noDeprecation = true;
    try {
      const set = proc.binding('v8').setFlagsFromString;
      if (typeof set === 'function') return set;
    } catch {
      // no such binding in this Node: node:v8 below
    } finally {
      proc.noDeprecation = quiet;
    }
  }
  return (createRequire(import.meta.url)('node:v8') as { setFlagsFromString: FlagSetter }).setFlagsFromString;
}

/** v8.setFlagsFromString(flags). */
export function setV8Flags(flags: string): void {
  (setter ??= findSetter())(flags);
}
