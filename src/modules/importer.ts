/*
 * import: built-in modules (sys, builtins) from the interpreter's module table
 * (sys.modules, a dict in the heap). Importing `.py` files beside the script and the
 * other tier-1 modules (math, time, random, gc, threading...) come in later sessions; an
 * unknown name raises ModuleNotFoundError with CPython's message.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { newRef } from '../vm/refs.js';
import { raiseNew } from '../vm/errors.js';
import { dictGetItem } from '../objects/dict.js';
import { strToJS } from '../objects/str.js';
import { internJS } from '../objects/intern.js';

export function importModule(rt: Runtime, name: Ref, fromlist: Ref, level: Ref, globals: Ref): Ref {
  void fromlist; void level; void globals;
  const full = strToJS(rt, name);
  const top = full.split('.')[0]!;
  const m = dictGetItem(rt, rt.modules, fromlist === rt.None ? internJS(rt, top) : name);
  if (m !== NULL) return newRef(rt, m);
  return raiseNew(rt, rt.exc.ModuleNotFoundError!, `No module named '${full}'`);
}
