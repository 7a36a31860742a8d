/*
 * Compiled code of gilvm's own Python sources (lib/*.py, the Python bodies of built-in
 * modules such as threading and queue), cached on disk between processes, as CPython keeps
 * the .pyc files of its standard library.
 *
 * Why: a script that imports threading and queue spent most of its start in the front end
 * and the compiler (lexing, chevrotain's parse, compiling ~1,500 lines: measured with
 * --cpu-prof, ~60% of the CPU of `gilvm -c "import threading, queue"`), and every
 * executor-free program of the GIL demos imports threading. From the cache, a module's code
 * is one JSON.parse and a few base64 decodes.
 *
 * Invariants:
 *  - Only the bundle (dist/bundle/gilvm.cjs, scripts/bundle.mjs) uses a cache: its
 *    directory is dist/bundle/code-cache/, which the bundle step deletes and rebuilds with
 *    every build, and every entry's key also names the bundle file's size and modification
 *    time. So code compiled by one build of the compiler is never run by another. Run from
 *    dist/src or from sources (vitest), nothing is cached.
 *  - An entry is named by CRC-32s of the key, the file name given to the compiler and the
 *    source text (and its length), and holds them again: a hit is an exact match of all three, never a hash
 *    match alone. A missing, unreadable or malformed entry is compiled as without cache.
 *  - Writing is best effort (a read-only install compiles every time) and atomic (a temporary
 *    file renamed into place: concurrent processes and executors never read half a file).
 *  - Only callers that pass gilvm's own sources use it (the importer for modules found in
 *    lib/, built-in module bodies): user modules are not written into gilvm's directory.
 *    Compile-time warnings are not replayed from the cache (gilvm's sources have none).
 */
import { crc32 } from 'node:zlib';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Const, CodeObject, ExceptionTableEntry } from './code.js';
import { compileSource } from './compile-source.js';

/** Bump when the serialized form below changes. */
const FORMAT = 1;

interface CacheLocation {
  dir: string;
  key: string;
}

/** Where this build's cache lives, or null when this is not the bundle (computed once: the
 * bundle's path and stamp do not change while it runs). */
let location: CacheLocation | null | undefined;

function cacheLocation(): CacheLocation | null {
  if (location !== undefined) return location;
  location = null;
  try {
    const self = fileURLToPath(import.meta.url);
    if (extname(self) !== '.cjs') return null;
    const st = statSync(self);
    location = { dir: join(dirname(self), 'code-cache'), key: `gilvm code; format ${FORMAT}; bundle ${st.size}:${st.mtimeMs}` };
  } catch {
    location = null;
  }
  return location;
}

/** compileSource for gilvm's own sources: the cached code when this build compiled the
 * same source under the same file name before, else compiled (and cached). */
export function compileOwnSource(source: string, filename: string): CodeObject {
  const where = cacheLocation();
  if (where === null) return compileSource(source, filename);
  // CRC-32s of the three, not a cryptographic hash: a hit is still an exact match of all
  // three (readEntry); node:crypto alone took ~20 ms to load at every start that imported
  // one of gilvm's modules, zlib is loaded already (dist/bundle/load.cjs)
  const digest = [where.key, filename, source].map((part) => crc32(part).toString(16).padStart(8, '0')).join('') + source.length.toString(16);
  const path = join(where.dir, `${digest}.json`);
  const cached = readEntry(path, where.key, filename, source);
  if (cached !== null) return cached;
  const code = compileSource(source, filename);
  writeEntry(where.dir, path, { key: where.key, filename, source, code: encodeCode(code) });
  return code;
}

interface Entry {
  key: string;
  filename: string;
  source: string;
  code: EncodedCode;
}

function readEntry(path: string, key: string, filename: string, source: string): CodeObject | null {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(path, 'utf8')) as Entry;
  } catch {
    return null;
  }
  if (entry.key !== key || entry.filename !== filename || entry.source !== source) return null;
  try {
    return decodeCode(entry.code);
  } catch {
    return null;
  }
}

function writeEntry(dir: string, path: string, entry: Entry): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, path);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

// ------------------------------------------------------------------ the serialized form

type EncodedConst =
  | ['int', string]
  | ['float', string] // the float64's bits, hex: NaN, infinities and -0.0 survive
  | ['str', string]
  | ['bytes', string] // base64
  | ['bool', boolean]
  | ['None']
  | ['Ellipsis']
  | ['tuple' | 'frozenset', EncodedConst[]]
  | ['code', EncodedCode];

interface EncodedCode {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  code: string;
  consts: EncodedConst[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: string;
  exceptiontable: [number, number, number, number, number][];
  positions: string;
}

function base64Of(view: ArrayBufferView): string {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
}

/** The bytes of `text` (base64) in a fresh, aligned buffer of `bytesPerItem`-byte items. */
function bufferOf(text: string, bytesPerItem: number): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % bytesPerItem !== 0) throw new Error('code cache: bad array length');
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}

const FLOAT_BITS = new DataView(new ArrayBuffer(8));

function encodeConst(c: Const): EncodedConst {
  switch (c.type) {
    case 'int':
      return ['int', c.value.toString(16)];
    case 'float':
      FLOAT_BITS.setFloat64(0, c.value);
      return ['float', FLOAT_BITS.getBigUint64(0).toString(16)];
    case 'str':
      return ['str', c.value];
    case 'bytes':
      return ['bytes', base64Of(c.value)];
    case 'bool':
      return ['bool', c.value];
    case 'None':
      return ['None'];
    case 'Ellipsis':
      return ['Ellipsis'];
    case 'tuple':
    case 'frozenset':
      return [c.type, c.items.map(encodeConst)];
    case 'code':
      return ['code', encodeCode(c.value)];
  }
}

function decodeConst(e: EncodedConst): Const {
  switch (e[0]) {
    case 'int': {
      const hex = e[1];
      return { type: 'int', value: hex.startsWith('-') ? -BigInt(`0x${hex.slice(1)}`) : BigInt(`0x${hex}`) };
    }
    case 'float':
      FLOAT_BITS.setBigUint64(0, BigInt(`0x${e[1]}`));
      return { type: 'float', value: FLOAT_BITS.getFloat64(0) };
    case 'str':
      return { type: 'str', value: e[1] };
    case 'bytes':
      return { type: 'bytes', value: new Uint8Array(bufferOf(e[1], 1)) };
    case 'bool':
      return { type: 'bool', value: e[1] };
    case 'None':
      return { type: 'None' };
    case 'Ellipsis':
      return { type: 'Ellipsis' };
    case 'tuple':
    case 'frozenset':
      return { type: e[0], items: e[1].map(decodeConst) };
    case 'code':
      return { type: 'code', value: decodeCode(e[1]) };
    default:
      throw new Error('code cache: bad constant');
  }
}

function encodeCode(code: CodeObject): EncodedCode {
  return {
    name: code.name,
    qualname: code.qualname,
    filename: code.filename,
    firstlineno: code.firstlineno,
    argcount: code.argcount,
    posonlyargcount: code.posonlyargcount,
    kwonlyargcount: code.kwonlyargcount,
    flags: code.flags,
    stacksize: code.stacksize,
    code: base64Of(code.code),
    consts: code.consts.map(encodeConst),
    names: code.names,
    localsplusnames: code.localsplusnames,
    localspluskinds: base64Of(code.localspluskinds),
    exceptiontable: code.exceptiontable.map((e) => [e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0]),
    positions: base64Of(code.positions),
  };
}

function decodeCode(e: EncodedCode): CodeObject {
  const exceptiontable: ExceptionTableEntry[] = e.exceptiontable.map(([start, end, target, depth, lasti]) => ({
    start,
    end,
    target,
    depth,
    lasti: lasti === 1,
  }));
  return {
    name: e.name,
    qualname: e.qualname,
    filename: e.filename,
    firstlineno: e.firstlineno,
    argcount: e.argcount,
    posonlyargcount: e.posonlyargcount,
    kwonlyargcount: e.kwonlyargcount,
    flags: e.flags,
    stacksize: e.stacksize,
    code: new Uint32Array(bufferOf(e.code, 4)),
    consts: e.consts.map(decodeConst),
    names: e.names,
    localsplusnames: e.localsplusnames,
    localspluskinds: new Uint8Array(bufferOf(e.localspluskinds, 1)),
    exceptiontable,
    positions: new Int32Array(bufferOf(e.positions, 4)),
  };
}

/** For tests: a code object through the serialized form and back. */
export function roundTripForTest(code: CodeObject): CodeObject {
  return decodeCode(JSON.parse(JSON.stringify(encodeCode(code))) as EncodedCode);
}
