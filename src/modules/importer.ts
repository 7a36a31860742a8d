/*
 * import: the interpreter's module table (sys.modules, a dict in the heap) first, then
 * the built-in modules created on first import (math, time, random, gc: the factories in
 * BUILTIN_MODULES), then `NAME.py` in each directory of sys.path (the main script's
 * directory unless the program changed it; '' is the current directory), then `NAME.py`
 * in gilvm's own library (the package's top-level `lib/`: collections, itertools,
 * functools, ... written in Python).
 * Everything else raises ModuleNotFoundError with CPython's message and `.name`.
 * A dotted name `a.b` is found only if importing `a` put `a.b` in sys.modules (os.path).
 *
 * A `.py` module: compiled by the front end, its code loaded into the heap, a fresh
 * globals dict (__name__, __file__ (absolute path), __doc__, __builtins__, __package__,
 * __loader__, __spec__), the module object put in sys.modules BEFORE its body runs (so
 * circular imports see the partial module, as CPython) and removed again if the body
 * raises. The body runs in a nested eval loop (vm/call.ts runFrameNested) on the
 * importing thread. Each module runs once: later imports find it in sys.modules.
 * A `.py` module and its globals are ordinary counted objects: sys.modules keeps the
 * module alive, interpreter teardown (vm/interp.ts finalizeInterpreter) clears its dict,
 * and a module whose body raised is dropped from sys.modules and freed like any object
 * (its globals <-> functions cycles by the cycle collector). Built-in modules are
 * immortal.
 *
 * Also owns the import-related messages the eval loop needs: `from m import x` failing
 * (`cannot import name 'x' from 'm' (/abs/path/m.py)` or `(unknown location)` for a
 * built-in module, `.name` = 'm') and `from m import *` (honours `__all__`, else every
 * name not starting with `_`). vm/evalhelpers.ts's importFrom/importStar forward here.
 *
 * No module-level mutable state: BUILTIN_MODULES is a constant table of factories.
 */
import { dirname, join, resolve } from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { libDirectory } from './libdir.js';
import { NULL, type Ref, smallIntRef } from '../heap/layout.js';
import type { NativeFn } from '../vm/natives.js';
import type { Runtime } from '../vm/runtime.js';
import { newRef, decref } from '../vm/refs.js';
import { raiseNew, setRaised, errorMatches, clearError, errOccurred, fetchError, restoreError } from '../vm/errors.js';
import { pushModuleFrame, runFrameNested } from '../vm/call.js';
import { dictClear, dictGetItem, dictGetStr, dictNew, dictSetItem, dictDelItem, dictNextEntry, dictEntryKey, dictEntryValue } from '../objects/dict.js';
import { strToJS, strToJSImmortal, strFromJS } from '../objects/str.js';
import { internJS } from '../objects/intern.js';
import { lazyModuleNames } from './lazy-names.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { moduleNew, MOD_DICT, MOD_NAME } from '../objects/method.js';
import { listItem, listSize } from '../objects/list.js';
import { loadCode } from '../objects/code.js';
import { exceptionNewFromString } from '../objects/exceptions.js';
import * as A from '../objects/abstract.js';
import { compileSource } from '../compiler/compile-source.js';
import { compileOwnSource } from '../compiler/code-cache.js';
import { raiseSyntaxErrorFrom } from './evalexec.js';
import { PySyntaxError } from '../frontend/errors.js';
import { createMathModule, checkArgs } from './math.js';
import { createTimeModule } from './time.js';
import { sleepNative } from '../vm/threads.js';
import { TS_ID } from '../vm/threadstate.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { intFromNumber } from '../objects/int.js';
import { createRandomModule } from './random.js';
import { createGcModule } from './gc.js';
import { createThreadModule } from './thread.js';
import { createThreadingModule, createQueueModule } from './threading.js';
import { createOsModule } from './os.js';
import { createMultiprocessingModule } from './_multiprocessing.js';
import { createWeakrefModule } from './weakref.js';
import { createFunctoolsNativeModule } from './functools-native.js';
import { createAtomicNativeModule } from './atomic-native.js';
import { createHeapqNativeModule } from './heapq-native.js';
import { createDequeNativeModule } from './deque-native.js';
import { createItertoolsNativeModule } from './itertools-native.js';
import { createAtexitNativeModule } from './atexit-native.js';
import { createTypesNativeModule } from './types-native.js';
import { createJsonNativeModule } from './json-native.js';
import { createOperatorNativeModule } from './operator-native.js';

/** Built-in modules created on first import (name -> factory returning a new module). */
const BUILTIN_MODULES: Readonly<Record<string, (rt: Runtime) => Ref>> = {
  math: createMathModule,
  time: createTimeModule,
  random: createRandomModule,
  gc: createGcModule,
  _thread: createThreadModule,
  threading: createThreadingModule,
  queue: createQueueModule,
  _os: createOsModule,
  _multiprocessing: createMultiprocessingModule,
  _weakref: createWeakrefModule,
  _functools: createFunctoolsNativeModule,
  _atomic: createAtomicNativeModule,
  _heapq: createHeapqNativeModule,
  _deque: createDequeNativeModule,
  _itertools: createItertoolsNativeModule,
  _atexit: createAtexitNativeModule,
  _types: createTypesNativeModule,
  _json: createJsonNativeModule,
  _operator: createOperatorNativeModule,
};


/** Raises `excType(message)` with `.name` = moduleName (ImportError and subclasses). */
function raiseImportError(rt: Runtime, excType: Ref, message: string, moduleName: string, path: string | null = null): Ref {
  const e = exceptionNewFromString(rt, excType, message);
  const nm = strFromJS(rt, moduleName);
  A.setAttr(rt, e, internJS(rt, 'name'), nm);
  decref(rt, nm);
  if (path !== null) {
    const p = strFromJS(rt, path);
    A.setAttr(rt, e, internJS(rt, 'path'), p);
    decref(rt, p);
  }
  setRaised(rt, e);
  return NULL;
}

function raiseNotFound(rt: Runtime, name: string): Ref {
  return raiseImportError(rt, rt.exc.ModuleNotFoundError!, `No module named '${name}'`, name);
}

/** The directory imports search: the main script's, or the current directory. */
function searchDirectory(rt: Runtime): string {
  const main = dictGetItem(rt, rt.modules, internJS(rt, '__main__'));
  if (main !== NULL && kindOf(rt, main) === Kind.MODULE) {
    const file = dictGetStr(rt, rt.i32[(main + MOD_DICT) >> 2] as Ref, rt.names.__file__);
    if (file !== NULL && kindOf(rt, file) === Kind.STR) {
      const f = strToJS(rt, file);
      if (!f.startsWith('<')) return dirname(resolve(f));
    }
  }
  return process.cwd();
}

/**
 * The directories searched for `NAME.py`, in order: the str entries of sys.path ('' is the
 * current directory; other entries' types are skipped, as CPython's path finder does), or
 * the main script's directory when sys.path is gone or not a list.
 */
function searchDirectories(rt: Runtime): string[] {
  const sys = dictGetStr(rt, rt.modules, internJS(rt, 'sys'));
  const path = sys !== NULL && kindOf(rt, sys) === Kind.MODULE ? dictGetStr(rt, rt.i32[(sys + MOD_DICT) >> 2] as Ref, internJS(rt, 'path')) : NULL;
  if (path === NULL || kindOf(rt, path) !== Kind.LIST) return [searchDirectory(rt)];
  const dirs: string[] = [];
  for (let i = 0; i < listSize(rt, path); i++) {
    const entry = listItem(rt, path, i);
    if (entry === NULL || kindOf(rt, entry) !== Kind.STR) continue;
    const dir = strToJS(rt, entry);
    dirs.push(dir === '' ? process.cwd() : resolve(dir));
  }
  return dirs;
}

/** Compiles and runs NAME.py at `path` as module `name`. New reference or NULL. `own`: a
 * module of gilvm's lib/ (its compiled code is cached: compiler/code-cache.ts). */
function loadSourceModule(rt: Runtime, name: string, path: string, own: boolean): Ref {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return raiseNotFound(rt, name);
  }
  let code;
  try {
    // from a string, as CPython's import (source_to_code): its errors at the end of the
    // file point past the last line's end, a script's (read through a FILE*) at its start
    code = own ? compileOwnSource(source, path) : compileSource(source, path, undefined, 'string');
  } catch (e) {
    if (e instanceof PySyntaxError) return raiseSyntaxErrorFrom(rt, e);
    throw e;
  }
  const codeRef = loadCode(rt, code);
  const nameRef = internJS(rt, name);
  const globals = dictNew(rt);
  dictSetItem(rt, globals, rt.names.__name__, nameRef);
  dictSetItem(rt, globals, rt.names.__doc__, rt.None);
  dictSetItem(rt, globals, internJS(rt, '__package__'), rt.emptyStr);
  dictSetItem(rt, globals, internJS(rt, '__loader__'), rt.None);
  dictSetItem(rt, globals, internJS(rt, '__spec__'), rt.None);
  const fileRef = strFromJS(rt, path);
  dictSetItem(rt, globals, rt.names.__file__, fileRef);
  decref(rt, fileRef);
  dictSetItem(rt, globals, internJS(rt, '__cached__'), rt.None);
  dictSetItem(rt, globals, rt.names.__builtins__, dictGetStr(rt, rt.modules, rt.names.builtins));
  // another thread importing it meanwhile waits for the body to finish (importModule)
  const marker = internJS(rt, A.MODULE_INITIALIZING_KEY);
  const me = intFromNumber(rt, rt.i32[(rt.ts + TS_ID) >> 2]!);
  dictSetItem(rt, globals, marker, me);
  decref(rt, me);
  const mod = moduleNew(rt, nameRef, globals);
  decref(rt, globals); // the module owns it now
  // registered unless another thread registered the name first (--no-gil threads import in
  // parallel; checked and set under sys.modules' lock): then theirs is everyone's module
  // and this copy never runs (two `collections` modules would each be half made for a while)
  if (registerFirst(rt, nameRef, mod) !== NULL) {
    decref(rt, mod);
    return importTop(rt, name);
  }

  const r = runFrameNested(rt, pushModuleFrame(rt, codeRef, globals, false));
  const saved = r === NULL ? fetchError(rt) : NULL;
  if (dictGetStr(rt, globals, marker) !== NULL) dictDelItem(rt, globals, marker);
  if (saved !== NULL) restoreError(rt, saved);
  if (r === NULL) {
    dictDelItem(rt, rt.modules, nameRef);
    decref(rt, mod);
    return NULL;
  }
  decref(rt, r);
  // the module as sys.modules holds it now (the body may have replaced it)
  // (not another thread's copy of this module still running its body: --no-gil threads
  // may both have loaded it)
  const m = dictGetItem(rt, rt.modules, nameRef);
  const result = newRef(rt, m === NULL || (m !== mod && moduleInitializing(rt, m)) ? mod : m);
  decref(rt, mod);
  return result;
}


/**
 * For a built-in module whose body is Python source (modules/threading.ts moduleFromSource):
 * puts `mod` in sys.modules with its globals marked as initializing on this thread (other
 * threads' imports wait for the body, as for a `.py` module), unless another thread
 * registered the name first: then returns that module (borrowed), else NULL. Checked and
 * set under sys.modules' lock (--no-gil threads import in parallel).
 */
export function claimModule(rt: Runtime, nameRef: Ref, mod: Ref, globals: Ref): Ref {
  const me = intFromNumber(rt, rt.i32[(rt.ts + TS_ID) >> 2]!);
  dictSetItem(rt, globals, internJS(rt, A.MODULE_INITIALIZING_KEY), me);
  decref(rt, me);
  return registerFirst(rt, nameRef, mod);
}

/**
 * sys.modules[name] = mod unless another thread registered the name first: then that
 * module (borrowed), else NULL. Checked and set under sys.modules' lock (--no-gil threads
 * import in parallel).
 */
function registerFirst(rt: Runtime, nameRef: Ref, mod: Ref): Ref {
  const took = rt.rc.atomic ? objLock(rt, rt.modules) : false;
  try {
    const first = dictGetItem(rt, rt.modules, nameRef);
    if (first === NULL) dictSetItem(rt, rt.modules, nameRef, mod);
    return first;
  } finally {
    if (took) objUnlock(rt, rt.modules);
  }
}

/** The body of a module claimModule registered has ended (or failed). */
export function moduleInitialized(rt: Runtime, globals: Ref): void {
  const marker = internJS(rt, A.MODULE_INITIALIZING_KEY);
  if (dictGetStr(rt, globals, marker) === NULL) return;
  const saved = errOccurred(rt) ? fetchError(rt) : NULL;
  dictDelItem(rt, globals, marker);
  if (saved !== NULL) restoreError(rt, saved);
}

/**
 * `mod` (from sys.modules) is still running its body on another thread: waits (releasing
 * the GIL) until it is done, as CPython's module locks make a second importer wait; a body
 * running on this thread (a circular import) is not waited for. False if the module failed
 * (it left sys.modules): the caller imports afresh.
 */
function waitForInitialization(rt: Runtime, key: Ref, mod: Ref): boolean {
  if (kindOf(rt, mod) !== Kind.MODULE) return true;
  const marker = internJS(rt, A.MODULE_INITIALIZING_KEY);
  const me = rt.i32[(rt.ts + TS_ID) >> 2]!;
  // two threads each waiting for the other's module (CPython's _DeadlockError case) get
  // the partial module, as CPython then gives: bounded by a generous time limit (2 s was
  // too short: on a loaded machine another thread's import of collections took longer,
  // and the waiter got the module half made)
  const giveUpAt = Date.now() + 10000;
  // held while sleeping: a body that fails drops the module from sys.modules meanwhile
  rt.rc.incref(mod);
  try {
    for (;;) {
      if (Date.now() > giveUpAt) return true;
      const d = rt.i32[(mod + MOD_DICT) >> 2] as Ref;
      const owner = dictGetItem(rt, d, marker);
      if (owner === NULL || (owner & 1) === 0 || owner >> 1 === me) return true;
      if (sleepNative(rt, 0, 0.001) === NULL && !errOccurred(rt)) {
        // no other thread can run (single-threaded): nothing to wait for
        return true;
      }
      if (errOccurred(rt)) clearError(rt);
      if (dictGetItem(rt, rt.modules, key) !== mod) return false;
    }
  } finally {
    decref(rt, mod);
  }
}

/** Finds or creates top-level module `name`. New reference or NULL. */
function importTop(rt: Runtime, name: string): Ref {
  // not interned: interning an unknown name would keep a str alive for nothing
  const key = strFromJS(rt, name);
  let cached = dictGetItem(rt, rt.modules, key);
  // a module that failed while we waited left sys.modules: whatever is there now (another
  // thread's fresh attempt, itself maybe still running) is waited for in turn
  while (cached !== NULL && !waitForInitialization(rt, key, cached)) cached = dictGetItem(rt, rt.modules, key);
  decref(rt, key);
  if (cached !== NULL) return newRef(rt, cached);
  const factory = Object.hasOwn(BUILTIN_MODULES, name) ? BUILTIN_MODULES[name] : undefined;
  if (factory !== undefined) {
    const m = factory(rt);
    if (m === NULL) return NULL;
    rt.rc.makeImmortal(m);
    // another thread may have created it meanwhile (a factory running Python source, as
    // queue's and threading's do, can be preempted; --no-gil threads import in parallel):
    // the first one registered is everyone's module (two `queue` modules would have two
    // Empty classes), checked and set under sys.modules' lock
    const nameRef = internJS(rt, name);
    const first = registerFirst(rt, nameRef, m);
    const mod = first === NULL ? m : first;
    // a copy that lost was never seen by anyone: what its (immortal) dict holds is dropped
    // now, as teardown clears only the dicts of modules in sys.modules (two threads' first
    // `import random` left one copy's bound methods and floats for --check-refs to report)
    if (mod !== m) dictClear(rt, rt.i32[(m + MOD_DICT) >> 2] as Ref);
    // another thread's module may still be running its body (moduleFromSource)
    if (moduleInitializing(rt, mod)) waitForInitialization(rt, nameRef, mod);
    return mod === m ? m : newRef(rt, mod);
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    const lib = libDirectory();
    for (const dir of [...searchDirectories(rt), lib]) {
      if (dir === null) continue;
      const path = join(dir, name + '.py');
      if (existsSync(path) && statSync(path).isFile()) return loadSourceModule(rt, name, path, dir === lib);
    }
  }
  return raiseNotFound(rt, name);
}

/** Whether `mod` is a `.py` module whose body is still running (on any thread). */
function moduleInitializing(rt: Runtime, mod: Ref): boolean {
  return A.moduleIsInitializing(rt, mod);
}

/** IMPORT_NAME: `import a.b` (fromlist None) returns `a`; `from m import ...` returns m. */
export function importModule(rt: Runtime, name: Ref, fromlist: Ref, level: Ref, globals: Ref): Ref {
  void globals;
  // (a name in the code's constants, or interned by a native: its text is kept)
  const full = strToJSImmortal(rt, name);
  if ((level & 1) === 1 && level >> 1 > 0) {
    return raiseImportError(rt, rt.exc.ImportError!, 'attempted relative import with no known parent package', full);
  }
  const dotted = full.includes('.');
  const cached = dictGetItem(rt, rt.modules, name);
  // None in sys.modules blocks the import (importlib's _find_and_load)
  if (cached === rt.None && !dotted) {
    return raiseImportError(rt, rt.exc.ModuleNotFoundError!, `import of ${full} halted; None in sys.modules`, full);
  }
  if (cached !== NULL && !dotted && !moduleInitializing(rt, cached)) return newRef(rt, cached);
  const parts = full.split('.');
  const top = importTop(rt, parts[0]!);
  if (top === NULL || parts.length === 1) return top;
  // a submodule the parent registered itself (os puts os.path in sys.modules)
  const sub = dictGetItem(rt, rt.modules, name);
  if (sub !== NULL) {
    if (fromlist === rt.None || fromlist === NULL) return top;
    decref(rt, top);
    return newRef(rt, sub);
  }
  // a submodule the parent makes when first asked for it (collections' module __getattr__
  // loads collections.abc): a module attribute of the parent, registered under the dotted name
  if (parts.length === 2) {
    const child = A.getAttrOptional(rt, top, internJS(rt, parts[1]!));
    if (child !== NULL && kindOf(rt, child) === Kind.MODULE) {
      dictSetItem(rt, rt.modules, name, child);
      if (fromlist === rt.None || fromlist === NULL) {
        decref(rt, child);
        return top;
      }
      decref(rt, top);
      return child;
    }
    if (child !== NULL) decref(rt, child);
    else if (errOccurred(rt)) {
      decref(rt, top);
      return NULL;
    }
  }
  // no packages: a dotted name under a module that is not a package
  decref(rt, top);
  return raiseImportError(rt, rt.exc.ModuleNotFoundError!, `No module named '${full}'; '${parts[0]}' is not a package`, full);
}

function moduleFileOf(rt: Runtime, mod: Ref): string | null {
  if (kindOf(rt, mod) !== Kind.MODULE) return null;
  const f = dictGetStr(rt, rt.i32[(mod + MOD_DICT) >> 2] as Ref, rt.names.__file__);
  return f !== NULL && kindOf(rt, f) === Kind.STR ? strToJS(rt, f) : null;
}

/** IMPORT_FROM: getattr(mod, name), or ImportError as CPython words it. */
export function importFromModule(rt: Runtime, mod: Ref, name: Ref): Ref {
  const v = A.getAttr(rt, mod, name);
  if (v !== NULL) return v;
  if (!errorMatches(rt, rt.exc.AttributeError!)) return NULL;
  clearError(rt);
  const modName = kindOf(rt, mod) === Kind.MODULE ? strToJS(rt, rt.i32[(mod + MOD_NAME) >> 2] as Ref) : '<unknown module name>';
  const file = moduleFileOf(rt, mod);
  const from = A.moduleIsInitializing(rt, mod)
    ? `partially initialized module '${modName}' (most likely due to a circular import)` : `'${modName}'`;
  return raiseImportError(rt, rt.exc.ImportError!,
    `cannot import name '${strToJS(rt, name)}' from ${from} (${file ?? 'unknown location'})`, modName, file);
}

/** IMPORT_STAR: the names of `__all__`, else every name not starting with `_`. 0 / -1. */
export function importStarInto(rt: Runtime, locals: Ref, mod: Ref): number {
  const d = kindOf(rt, mod) === Kind.MODULE ? (rt.i32[(mod + MOD_DICT) >> 2] as Ref) : A.instanceDict(rt, mod, false);
  if (d === NULL) return 0;
  const all = dictGetStr(rt, d, rt.names.__all__);
  if (all !== NULL) {
    const it = A.getIter(rt, all);
    if (it === NULL) return -1;
    for (;;) {
      const k = A.iterNext(rt, it);
      if (k === NULL) break;
      if (kindOf(rt, k) !== Kind.STR) {
        const modName = strToJS(rt, rt.i32[(mod + MOD_NAME) >> 2] as Ref);
        raiseNew(rt, rt.exc.TypeError!, `Item in ${modName}.__all__ must be str, not ${A.typeNameOf(rt, k)}`);
        decref(rt, k);
        decref(rt, it);
        return -1;
      }
      const v = A.getAttr(rt, mod, k);
      if (v === NULL || dictSetItem(rt, locals, k, v) < 0) {
        if (v !== NULL) decref(rt, v);
        decref(rt, k);
        decref(rt, it);
        return -1;
      }
      decref(rt, v);
      decref(rt, k);
    }
    decref(rt, it);
    return errOccurred(rt) ? -1 : 0;
  }
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) {
    const k = dictEntryKey(rt, d, ix);
    if (strToJS(rt, k).startsWith('_')) continue;
    if (dictSetItem(rt, locals, k, dictEntryValue(rt, d, ix)) < 0) return -1;
  }
  // a built-in module's names made on first use (time.strftime ...) are its names too
  if (kindOf(rt, mod) === Kind.MODULE) {
    for (const name of lazyModuleNames(strToJS(rt, rt.i32[(mod + MOD_NAME) >> 2] as Ref))) {
      if (name.startsWith('_')) continue;
      const k = internJS(rt, name);
      const v = A.getAttr(rt, mod, k);
      if (v === NULL) return -1;
      const r = dictSetItem(rt, locals, k, v);
      decref(rt, v);
      if (r < 0) return -1;
    }
  }
  return 0;
}

/**
 * A built-in module's `__getattr__` (PEP 562) for the names it makes on first use from a
 * module of gilvm's lib/ (lazy-names.ts lists them for dir()): `time.localtime` from
 * lib/_time.py, `random.SystemRandom` from lib/_sysrandom.py. Nothing of that module is
 * imported until one of its names is asked for (no start-up cost); a name it does not
 * define, or a private one, is the AttributeError CPython gives for the module.
 */
export function lazyModuleGetattr(moduleName: string, libModule: string): NativeFn {
  return (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '__getattr__', nargs, kwnames, 1, 1)) return NULL;
    const name = rt.i32[args] as Ref;
    const text = (name & 1) === 0 && kindOf(rt, name) === Kind.STR ? strToJS(rt, name) : '';
    const missing = (): Ref => raiseNew(rt, rt.exc.AttributeError!, `module '${moduleName}' has no attribute '${text}'`);
    if (text === '' || text.startsWith('_')) return missing();
    const mod = importModule(rt, internJS(rt, libModule), rt.None, smallIntRef(0), NULL);
    if (mod === NULL) return NULL;
    const r = A.getAttr(rt, mod, name);
    decref(rt, mod);
    if (r === NULL) {
      clearError(rt);
      return missing();
    }
    return r;
  };
}
