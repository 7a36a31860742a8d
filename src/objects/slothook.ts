/*
 * The hook through which type lookups (objects/type.ts) ask whether a built-in type has a
 * slot wrapper for a dunder (objects/slotwrappers.ts fills it when it loads). A module of
 * its own with no imports, so that it is initialised before either of those two, whatever
 * order an entry point imports them in (they import each other).
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import type { Kind } from './kinds.js';

export const BUILTIN_SLOT_HOOK: { defines: (rt: Runtime, kind: Kind, name: Ref) => boolean } = {
  defines: () => false,
};
