/*
 * The loader of gilvm's bundle. scripts/bundle.mjs copies this file to dist/bundle/load.cjs,
 * beside the bundle it builds (gilvm.cjs: the whole CLI and VM as one CommonJS module, the
 * file holding the function expression Node's CommonJS wrapper would make of it).
 *
 * loadBundle() returns the bundle's exports, evaluating it once per thread (isolate): the
 * main thread (bin/gilvm.js), executor workers (executor-worker.cjs, and the facade
 * runner-entry.js that the executor imports) and multiprocessing children (mp-child.cjs)
 * all get the same instance from here, so the native function table is filled once, in
 * the bundle's order. The instance is the bundle's entry in require.cache (Node's own
 * record of loaded CommonJS modules, the only state here), so that a require() of gilvm.cjs
 * gets it too. The bundle must be evaluated through here (a require() of the file would
 * only evaluate the function expression): its import() expressions call a function this
 * loader passes, the wrapper's extra parameter (scripts/bundle.mjs).
 *
 * Why not require(): V8's code cache. Compiling the bundle costs ~80-100 ms at every start;
 * a vm.Script given the code V8 cached from an earlier run skips most of it. The cache
 * (gilvm.cjs.cache) is written by the main thread at exit when it was missing or unusable:
 *  - its first line names the bundle's size and modification time, the Node version, and the
 *    length and a sampled checksum of the V8 data that follows (`dataCheck`: every 251st
 *    byte; zlib's CRC-32 over all of it cost the require of zlib, ~0.5 ms of each start,
 *    for the damage an atomic write leaves possible); a cache with another first line is not given to V8
 *    (V8 itself only checks its version, its flags and the source's length, and crashes on
 *    a damaged cache), so a rebuilt bundle is recompiled;
 *  - V8 rejects a cache made under other flags (cachedDataRejected): recompiled, rewritten;
 *  - writing is atomic (a temporary file renamed into place: concurrent processes never
 *    read half a file) and best effort (a read-only install compiles every time).
 * vm/eval.ts sets --no-use-osr and --no-turbo-escape when it is loaded, and V8's flags are part
 * of the cache's key: the flags are set here first, so that the cache written at exit (flags as eval.ts left
 * them) matches the next start. If eval.ts ever sets other flags, add them to ENGINE_FLAGS
 * (else every run recompiles and rewrites the cache: slower, still correct).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

/** v8.setFlagsFromString without loading node:v8 (its streams cost ~1.6 ms of each start):
 * the V8 binding it wraps, its deprecation warning (DEP0111) suppressed for the one call;
 * node:v8 where the binding is missing. src/vm/v8flags.ts is the bundle's copy. */
function flagSetter() {
  if (typeof process.binding === 'function') {
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
      const set = process.binding('v8').setFlagsFromString;
      if (typeof set === 'function') return set;
    } catch {
      // no such binding in this Node
    } finally {
      process.noDeprecation = quiet;
    }
  }
  return require('node:v8').setFlagsFromString;
}
const { Module, createRequire } = require('node:module');

const BUNDLE = path.join(__dirname, 'gilvm.cjs');
// One cache per set of Node/V8 options: V8 rejects a cache made under other flags, and one
// file shared by runs with and without, say, --interrupt-budget (the test corpus) was
// rejected, recompiled (~100 ms) and rewritten at nearly every start while both kinds ran.
// Options naming a path (--cpu-prof-dir=...) are left out of the name.
const FLAGS_VARIANT = process.execArgv.filter((a) => a.startsWith('--') && !a.includes('/')).join(' ');
const CACHE = FLAGS_VARIANT === '' ? `${BUNDLE}.cache` : `${BUNDLE}.${fnv1a(FLAGS_VARIANT).toString(16)}.cache`;
const ENGINE_FLAGS = ['--no-use-osr', '--no-turbo-escape'];

/** FNV-1a of a string's UTF-16 units (the cache file's name for a set of Node options). */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The data's length and an FNV-1a over every 251st byte: a truncated or damaged cache
 * (V8 would crash on it) fails it; cheap enough for every start (~5,000 steps). */
function dataCheck(data) {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i += 251) h = Math.imul(h ^ data[i], 16777619);
  return `${data.length}/${h >>> 0}`;
}

/** What a usable cache's first line starts with, for the bundle file whose fstat is `st`. */
function cacheKey(st) {
  return `gilvm code cache; ${st.size}:${st.mtimeMs}; node ${process.version} ${process.arch}; data `;
}

/** Reads `size` bytes of the file `fd` into `buffer` (a new one when it is smaller); returns
 * the bytes' buffer. */
function readWhole(fd, size, buffer) {
  const into = buffer.length >= size ? buffer : Buffer.allocUnsafeSlow(size);
  let done = 0;
  while (done < size) {
    const n = fs.readSync(fd, into, done, size - done, done);
    if (n === 0) throw new Error(`${BUNDLE}: the file ended early`);
    done += n;
  }
  return into.subarray(0, size);
}

/** The V8 data of the cache file if its first line is `key` followed by the data's check
 * (dataCheck), else undefined. Read into `spare` when it is big enough: every page of memory
 * a start touches first costs (~12 us each on the development VM). */
function readCache(key, spare) {
  let file;
  try {
    const fd = fs.openSync(CACHE, 'r');
    try {
      file = readWhole(fd, fs.fstatSync(fd).size, spare);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const end = file.indexOf(10);
  if (end < key.length || file.toString('latin1', 0, key.length) !== key) return undefined;
  const data = file.subarray(end + 1);
  return file.toString('latin1', key.length, end) === dataCheck(data) ? data : undefined;
}

function writeCache(key, script) {
  const tmp = `${CACHE}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${key}${dataCheck(data)}\n`, 'latin1'), data]));
    fs.renameSync(tmp, CACHE);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/** import() for the bundle: a vm.Script cannot import in Node 20 (see scripts/bundle.mjs). */
function dynamicImport(specifier, options) {
  return options === undefined ? import(specifier) : import(specifier, options);
}

/** The bundle's exports (evaluated on first call in this thread). */
function loadBundle() {
  const loaded = require.cache[BUNDLE];
  if (loaded !== undefined) return loaded.exports;
  const setFlagsFromString = flagSetter();
  for (const flag of ENGINE_FLAGS) setFlagsFromString(flag);
  const fd = fs.openSync(BUNDLE, 'r');
  let source;
  let key;
  let buffer;
  try {
    const st = fs.fstatSync(fd);
    key = cacheKey(st);
    buffer = readWhole(fd, st.size, Buffer.allocUnsafeSlow(st.size));
    source = buffer.toString('latin1', 0, st.size); // the bundle is ASCII (scripts/bundle.mjs asciiOnly)
  } finally {
    fs.closeSync(fd);
  }
  // The file is the function Node's CommonJS wrapper would make, with one more parameter: the
  // function the bundle's import() expressions call (scripts/bundle.mjs). The cache is read
  // into the buffer the source was read through: its pages are already the process's.
  const cachedData = readCache(key, buffer);
  const script = new vm.Script(source, { filename: BUNDLE, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // the main thread writes it (worker_threads is required here only, not at every start)
    process.once('exit', () => {
      if (require('node:worker_threads').isMainThread) writeCache(key, script);
    });
  }
  const module = new Module(BUNDLE, null);
  module.filename = BUNDLE;
  require.cache[BUNDLE] = module;
  try {
    script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname, dynamicImport);
  } catch (e) {
    delete require.cache[BUNDLE];
    throw e;
  }
  module.loaded = true;
  return module.exports;
}

module.exports = { loadBundle };
