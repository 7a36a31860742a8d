/*
 * The native half of the os module: `_os`, what Python cannot do by itself. lib/os.py
 * (gilvm's Python library) builds `os` and `os.path` on it, as CPython's os.py builds on
 * `posix`. (Not named `posix`: CPython's posix.environ is bytes-keyed, this one is str.)
 *
 *   getpid() getppid() getcwd() cpu_count()      process facts (workers share the pid)
 *   listdir(path)                                names in a directory, unsorted as readdir
 *   _path_info(path)  -> None | (kind, size, mtime)   kind 1 file, 2 directory, 3 other;
 *                                                 follows symlinks, None if it does not exist
 *   urandom(n)                                   n random bytes (node:crypto)
 *   _read_file(path, binary) -> str | bytes      a whole file (UTF-8 text), for lib/_io.py
 *   _write_file(path, data, flag)                flag 'w' truncate, 'a' append, 'x' new
 *   _stdin_readline() _stdin_read()              standard input (vm/stdin.ts), for sys.stdin
 *   remove(path)                                 unlink a file
 *   mkdir(path, mode) rmdir(path) rename(src, dst)   directories, renames (os.replace too)
 *   _exit(n)                                     end the process now (see the function)
 *   putenv(key, value) unsetenv(key)             the process environment (os.environ's
 *                                                 mutations forward here)
 *   environ                                      a dict str -> str, a snapshot at import
 *
 * Errors: a missing path raises FileNotFoundError('[Errno 2] No such file or directory:
 * 'p'') (str() as CPython's; gilvm's OSError has no errno/strerror attributes), other
 * failures OSError with the system's message.
 *
 * No mutable state.
 */
import { cpus } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { exitFromExecutor } from '../vm/threads.js';
import { exitChildIsolate } from './_multiprocessing.js';
import { outputFlush, outputWriteBytes } from '../vm/output.js';
import { stdinReadLine, stdinReadAll } from '../vm/stdin.js';
import { readdirSync, statSync, readFileSync, writeFileSync, appendFileSync, unlinkSync, mkdirSync, rmdirSync, renameSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { raiseTypeError, raiseNew, setRaised, raiseBrokenPipe } from '../vm/errors.js';
import { exceptionNew, exceptionNewWithArg } from '../objects/exceptions.js';
import { decref, newRef } from '../vm/refs.js';
import { Kind } from '../objects/kinds.js';
import { kindOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { dictNew, dictSetItem } from '../objects/dict.js';
import { strFromJS, strFromLatin1Bytes, strToJS, reprString } from '../objects/str.js';
import { isAscii, isUtf8 } from 'node:buffer';
import { intFromBigint, intToBigint } from '../objects/int.js';
import { floatNew } from '../objects/float.js';
import { tupleFromRefs, tupleItem } from '../objects/tuple.js';
import { listNew, listAppendSteal } from '../objects/list.js';
import { bytesNew, bytesData } from '../objects/bytes.js';

/** os.getppid() in a multiprocessing child (vm/mp-child.ts): its parent's pid. Node's
 * process.ppid cannot be redefined in a worker (the getter ignores defineProperty). Set
 * once per isolate, before any Python runs. */
let parentPidOverride: number | null = null;
export function setParentPid(pid: number): void {
  parentPidOverride = pid;
}
import { makeModule, defineFunctions, checkArgs, nkwOf } from './math.js';
import type { NativeFn } from '../vm/natives.js';

function smallInt(rt: Runtime, n: number): Ref {
  return intFromBigint(rt, BigInt(n));
}

/** A str argument as a JS string, or null (TypeError set). */
function pathArg(rt: Runtime, fname: string, v: Ref): string | null {
  if ((v & 1) === 0 && kindOf(rt, v) === Kind.STR) return strToJS(rt, v);
  raiseTypeError(rt, `${fname}: path should be string, bytes or os.PathLike, not ${A.typeNameOf(rt, v)}`);
  return null;
}

function raiseOsError(rt: Runtime, e: unknown, path: string): Ref {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return raiseNew(rt, rt.exc.FileNotFoundError!, `[Errno 2] No such file or directory: ${reprString(path)}`);
  if (code === 'ENOTDIR') return raiseNew(rt, rt.exc.OSError!, `[Errno 20] Not a directory: ${reprString(path)}`);
  if (code === 'EACCES') return raiseNew(rt, rt.exc.PermissionError!, `[Errno 13] Permission denied: ${reprString(path)}`);
  return raiseNew(rt, rt.exc.OSError!, `${(e as Error).message ?? String(e)}`);
}

/** The whole content of file `pathRef` (open()'s path argument), or null with open()'s
 * error raised (the path's TypeError, the OSError subclass of the failure). */
function readWholeFile(rt: Runtime, pathRef: Ref): Buffer | null {
  const path = pathArg(rt, 'open', pathRef);
  if (path === null) return null;
  try {
    return readFileSync(path);
  } catch (e) {
    raiseFileError(rt, e, path);
    return null;
  }
}

/** OSError subclass instance with CPython's (errno, strerror, filename) args. */
function raiseFileError(rt: Runtime, e: unknown, path: string, path2: string | null = null): Ref {
  const code = (e as { code?: string }).code;
  const known: Record<string, [string, number, string]> = {
    ENOENT: ['FileNotFoundError', 2, 'No such file or directory'],
    EISDIR: ['IsADirectoryError', 21, 'Is a directory'],
    EACCES: ['PermissionError', 13, 'Permission denied'],
    EEXIST: ['FileExistsError', 17, 'File exists'],
    ENOTDIR: ['NotADirectoryError', 20, 'Not a directory'],
    ENOTEMPTY: ['OSError', 39, 'Directory not empty'],
  };
  const k = code !== undefined ? known[code] : undefined;
  if (k === undefined) return raiseOsError(rt, e, path);
  const type = rt.exc[k[0]] ?? rt.exc.OSError!;
  // a two-path call (rename): (errno, strerror, filename, winerror None, filename2)
  const items = [smallInt(rt, k[1]), strFromJS(rt, k[2]), strFromJS(rt, path)];
  if (path2 !== null) items.push(newRef(rt, rt.None), strFromJS(rt, path2));
  const args = tupleFromRefs(rt, items);
  for (const v of items) decref(rt, v);
  setRaised(rt, exceptionNew(rt, type, args));
  return NULL;
}

/** A native of one path argument that runs `op` on it: None, or the OSError of its failure
 * (remove, rmdir). */
function onePathCall(name: string, op: (path: string) => void): NativeFn {
  return (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, name, nargs, kwnames, 1, 1)) return NULL;
    const path = pathArg(rt, name, rt.i32[args] as Ref);
    if (path === null) return NULL;
    try {
      op(path);
    } catch (e) {
      return raiseFileError(rt, e, path);
    }
    return rt.None;
  };
}

const OS_FUNCTIONS = defineFunctions([
  // standard input for lib/_io.py's sys.stdin (vm/stdin.ts): a line with its '\n' ('' at
  // the end), and the rest
  ['_stdin_readline', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, '_stdin_readline', nargs, kwnames, 0, 0)) return NULL;
    return strFromJS(rt, stdinReadLine(rt));
  }],
  ['_stdin_read', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, '_stdin_read', nargs, kwnames, 0, 0)) return NULL;
    return strFromJS(rt, stdinReadAll(rt));
  }],
  // _write_fd(fd, data): raw bytes to stdout (1) or stderr (2), after stdout's buffered
  // text: lib/_io.py's sys.stdout.buffer / sys.stderr.buffer
  ['_write_fd', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_write_fd', nargs, kwnames, 2, 2)) return NULL;
    const fd = rt.i32[args]! >> 1;
    return outputWriteBytes(rt, fd === 2 ? 2 : 1, bytesData(rt, rt.i32[args + 1] as Ref)) ? rt.None : raiseBrokenPipe(rt);
  }],
  // the file primitives lib/_io.py (open()) builds on: whole-file reads, appends
  ['_read_file', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_read_file', nargs, kwnames, 2, 2)) return NULL;
    const data = readWholeFile(rt, rt.i32[args] as Ref);
    if (data === null) return NULL;
    return rt.i32[args + 1] === rt.True ? bytesNew(rt, data) : strFromJS(rt, data.toString('utf8'));
  }],
  ['_read_text', (rt, args, nargs, kwnames) => {
    // _read_text(path): the file's text when it is valid UTF-8 without a '\r' (then every
    // newline mode reads it as it is), decoded natively (simdutf's checks, one widening
    // copy for ASCII); None otherwise, for lib/_io.py's general path (its decoding errors,
    // newline translation and the positions of '\r\n's). Errors opening it are raised.
    if (!checkArgs(rt, '_read_text', nargs, kwnames, 1, 1)) return NULL;
    const data = readWholeFile(rt, rt.i32[args] as Ref);
    if (data === null) return NULL;
    if (data.indexOf(13) >= 0) return newRef(rt, rt.None);
    if (isAscii(data)) return strFromLatin1Bytes(rt, data);
    if (!isUtf8(data)) return newRef(rt, rt.None);
    return strFromJS(rt, data.toString('utf8'));
  }],
  ['_write_file', (rt, args, nargs, kwnames) => {
    // _write_file(path, data: str | bytes, flag): flag 'w' truncate, 'a' append, 'x' create new
    if (!checkArgs(rt, '_write_file', nargs, kwnames, 3, 3)) return NULL;
    const path = pathArg(rt, 'open', rt.i32[args] as Ref);
    if (path === null) return NULL;
    const v = rt.i32[args + 1] as Ref;
    const data = kindOf(rt, v) === Kind.STR ? Buffer.from(strToJS(rt, v), 'utf8') : Buffer.from(bytesData(rt, v));
    const flag = strToJS(rt, rt.i32[args + 2] as Ref);
    try {
      if (flag === 'a') appendFileSync(path, data);
      else writeFileSync(path, data, { flag: flag === 'x' ? 'wx' : 'w' });
    } catch (e) {
      return raiseFileError(rt, e, path);
    }
    return rt.None;
  }],
  ['remove', onePathCall('remove', unlinkSync)],
  // directories and renames: mkdir(path, mode=0o777) (the mode as given, less the umask, as
  // mkdir(2)), rmdir(path), rename(src, dst) (also os.replace: POSIX rename replaces)
  ['mkdir', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'mkdir', nargs, kwnames, 1, 2)) return NULL;
    const path = pathArg(rt, 'mkdir', rt.i32[args] as Ref);
    if (path === null) return NULL;
    let mode = 0o777;
    if (nargs === 2) {
      const m = rt.i32[args + 1] as Ref;
      const k = kindOf(rt, m);
      if (k !== Kind.INT && k !== Kind.BOOL) return raiseTypeError(rt, `'${A.typeNameOf(rt, m)}' object cannot be interpreted as an integer`);
      mode = Number(BigInt.asUintN(32, intToBigint(rt, m)));
    }
    try {
      mkdirSync(path, { mode });
    } catch (e) {
      return raiseFileError(rt, e, path);
    }
    return rt.None;
  }],
  ['rmdir', onePathCall('rmdir', rmdirSync)],
  ['rename', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'rename', nargs, kwnames, 2, 2)) return NULL;
    const src = pathArg(rt, 'rename', rt.i32[args] as Ref);
    if (src === null) return NULL;
    const dst = pathArg(rt, 'rename', rt.i32[args + 1] as Ref);
    if (dst === null) return NULL;
    try {
      renameSync(src, dst);
    } catch (e) {
      return raiseFileError(rt, e, src, dst);
    }
    return rt.None;
  }],
  // os._exit(n): the process ends at once with status n, no cleanup (finally blocks, atexit,
  // --check-refs); what was printed is flushed first (as CPython with PYTHONUNBUFFERED or a
  // terminal). Node ends only the calling worker_thread on process.exit, so on an executor
  // worker (a program that started threads) the run is stopped with status n instead, from
  // whichever thread called it (vm/threads.ts exitFromExecutor), and a multiprocessing
  // child's own isolate ends with it (_multiprocessing.ts exitChildIsolate). Elsewhere
  // (none known) it goes up as SystemExit(n).
  ['_exit', (rt, args, nargs, kwnames) => {
    // Argument Clinic's parsing of _exit(status): nargs counts the keyword values too
    const npos = nargs - nkwOf(rt, kwnames);
    if (nargs > 1) return raiseTypeError(rt, `_exit() takes at most 1 ${npos === 0 ? 'keyword ' : ''}argument (${nargs} given)`);
    if (npos === 0 && (nargs === 0 || strToJS(rt, tupleItem(rt, kwnames, 0)) !== 'status')) {
      return raiseTypeError(rt, "_exit() missing required argument 'status' (pos 1)");
    }
    const v = rt.i32[args] as Ref;
    const k = kindOf(rt, v);
    if (k !== Kind.INT && k !== Kind.BOOL) return raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object cannot be interpreted as an integer`);
    outputFlush(rt);
    const status = Number(BigInt.asUintN(8, intToBigint(rt, v)));
    if (isMainThread) process.exit(status);
    // an executor: the run stops with this status (does not return)
    exitFromExecutor(rt, status);
    // a multiprocessing child's own isolate: ends it with this status
    exitChildIsolate(rt, status);
    setRaised(rt, exceptionNewWithArg(rt, rt.exc.SystemExit!, v));
    return NULL;
  }],
  ['getpid', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, 'posix.getpid', nargs, kwnames, 0, 0)) return NULL;
    return smallInt(rt, process.pid);
  }],
  ['getppid', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, 'posix.getppid', nargs, kwnames, 0, 0)) return NULL;
    return smallInt(rt, parentPidOverride ?? process.ppid);
  }],
  ['getcwd', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, 'posix.getcwd', nargs, kwnames, 0, 0)) return NULL;
    return strFromJS(rt, process.cwd());
  }],
  ['cpu_count', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, 'posix.cpu_count', nargs, kwnames, 0, 0)) return NULL;
    const n = cpus().length;
    return n > 0 ? smallInt(rt, n) : rt.None;
  }],
  ['listdir', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'listdir', nargs, kwnames, 0, 1)) return NULL;
    const path = nargs === 0 || rt.i32[args] === rt.None ? '.' : pathArg(rt, 'listdir', rt.i32[args] as Ref);
    if (path === null) return NULL;
    let names: string[];
    try {
      names = readdirSync(path);
    } catch (e) {
      return raiseOsError(rt, e, path);
    }
    const l = listNew(rt, names.length);
    for (const n of names) listAppendSteal(rt, l, strFromJS(rt, n));
    return l;
  }],
  ['_path_info', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_path_info', nargs, kwnames, 1, 1)) return NULL;
    const path = pathArg(rt, '_path_info', rt.i32[args] as Ref);
    if (path === null) return NULL;
    let st;
    try {
      st = statSync(path, { throwIfNoEntry: false });
    } catch {
      return rt.None;
    }
    if (st === undefined) return rt.None;
    const kind = st.isFile() ? 1 : st.isDirectory() ? 2 : 3;
    const items = [smallInt(rt, kind), smallInt(rt, st.size), floatNew(rt, st.mtimeMs / 1000)];
    const t = tupleFromRefs(rt, items);
    for (const v of items) decref(rt, v);
    return t;
  }],
  ['urandom', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'urandom', nargs, kwnames, 1, 1)) return NULL;
    const n = A.indexValue(rt, rt.i32[args] as Ref, 'int');
    if (n === null) return NULL;
    if (n < 0) return raiseNew(rt, rt.exc.ValueError!, 'negative argument not allowed');
    return bytesNew(rt, randomFillSync(new Uint8Array(n)));
  }],
  ['putenv', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'putenv', nargs, kwnames, 2, 2)) return NULL;
    const k = rt.i32[args] as Ref, v = rt.i32[args + 1] as Ref;
    if ((k & 1) === 1 || kindOf(rt, k) !== Kind.STR || (v & 1) === 1 || kindOf(rt, v) !== Kind.STR) {
      return raiseTypeError(rt, 'str expected');
    }
    process.env[strToJS(rt, k)] = strToJS(rt, v);
    return rt.None;
  }],
  ['unsetenv', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'unsetenv', nargs, kwnames, 1, 1)) return NULL;
    const k = rt.i32[args] as Ref;
    if ((k & 1) === 1 || kindOf(rt, k) !== Kind.STR) return raiseTypeError(rt, 'str expected');
    delete process.env[strToJS(rt, k)];
    return rt.None;
  }],
]);

export function createOsModule(rt: Runtime): Ref {
  const environ = dictNew(rt);
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    const kr = strFromJS(rt, k);
    const vr = strFromJS(rt, v);
    dictSetItem(rt, environ, kr, vr);
    decref(rt, kr);
    decref(rt, vr);
  }
  return makeModule(rt, '_os', OS_FUNCTIONS, [['environ', environ]]);
}
