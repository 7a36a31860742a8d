/*
 * Build step (the end of `npm run build`, after tsc): bundles the compiled CLI and VM
 * (dist/src) into dist/bundle/, for a faster start of the `gilvm` command.
 *
 * Why: loading ~100 ES modules (1.6 MB) cost ~110 ms of V8 compilation and ~60-80 ms of
 * module resolution and file system work at every start of gilvm and of each of its worker
 * threads. One file removes the resolution; CommonJS (not ESM) lets the loader give V8 its
 * code cache (Node 20 has no code cache for ES modules), which removes most of the compile.
 *
 * Usage: node scripts/bundle.mjs [DIST]   (DIST defaults to ./dist; run from the package root)
 *
 * Output (dist/bundle/, deleted and rebuilt every time):
 *  - gilvm.cjs: one CommonJS module, written as the function expression Node's CommonJS
 *    wrapper would make of it (evaluated by load.cjs only, never require()d), built by
 *    rolldown from an entry that exports the CLI's
 *    `main` (src/cli/main.ts, evaluated first: the module graph every thread evaluates, in
 *    the same order), runner-entry.ts's `createSliceRunner` and `prepareRunner`, and
 *    `runMultiprocessingChild` (a lazy import of src/vm/mp-child.ts). Dynamic imports are
 *    inlined (the lazily loaded dis/asm/compare/debug/REPL parts stay lazily evaluated);
 *    the import() expressions left (specifiers known at run time) call a function that
 *    load.cjs passes (routeDynamicImports). chevrotain is bundled too: chevrotain.ts loads
 *    its single-file build by a top-level await import(), which CommonJS cannot hold, so
 *    that statement is replaced by a static import of the same file (CHEVROTAIN_IMPORT;
 *    the build fails if the statement changed).
 *  - load.cjs: scripts/bundle-load.cjs, which evaluates gilvm.cjs with V8's code cache
 *    (gilvm.cjs.cache, written at the first run; see there).
 *  - executor-worker.cjs, mp-child.cjs: the files executor workers and multiprocessing
 *    children start on (src/vm/executor.ts executorWorkerSpec, src/modules/_multiprocessing.ts
 *    `start`, both choose them when their own module URL ends in .cjs, i.e. in the bundle).
 *  - runner-entry.js: what an executor worker imports as its runner module (src/vm/threads.ts
 *    runnerModuleUrl: './runner-entry.js' beside the bundle), re-exporting the bundle's.
 * Modules that find files from import.meta.url (the Python lib/, bin/gilvm.js, grammar/,
 * node_modules) walk up from dist/bundle/ as from dist/src/...; the parser's grammar cache
 * is dist/bundle/parser-grammar.cache.json (grammar-cache.ts).
 *
 * bin/gilvm.js uses the bundle when it exists and is not older than dist/src/cli/main.js
 * (a later tsc run without this step makes it stale), else dist/src. Without rolldown (a
 * devDependency), this step warns and leaves no bundle.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const out = join(dist, 'bundle');
const src = join(dist, 'src');
const scriptsDir = dirname(fileURLToPath(import.meta.url));

const ENTRY_ID = '\0gilvm-bundle-entry';
/** The statement of dist/src/frontend/chevrotain.js that loads chevrotain (with the two
 * before it, which locate the file). */
const CHEVROTAIN_IMPORT =
  /const entry = createRequire\(import\.meta\.url\)\.resolve\('chevrotain'\);\nconst bundle = join\(dirname\(entry\), '\.\.', 'chevrotain\.min\.mjs'\);\nconst chevrotain = \(await import\(pathToFileURL\(bundle\)\.href\)\);\n/;

/**
 * chevrotain's lexer builds a 65,536-entry table (char code -> optimised index: the code
 * below 256, else 255 + code / 255) element by element at every start. gilvm runs with
 * --no-use-osr (src/vm/eval.ts), so that loop ran in the interpreter: ~2 ms of each start.
 * The replacement fills the same values into a Uint16Array in runs of 255 (chevrotain reads
 * the table by index only, and checks it for emptiness by length).
 */
const CHEVROTAIN_CHAR_TABLE = 'Ln=new Array(65536);for(let t=0;t<65536;t++)Ln[t]=t>255?255+~~(t/255):t';
const CHEVROTAIN_CHAR_TABLE_FILLED =
  'Ln=new Uint16Array(65536);for(let t=0;t<256;t++)Ln[t]=t;for(let k=1;255*k<65536;k++)Ln.fill(255+k,Math.max(256,255*k),Math.min(65536,255*k+255))';

/** What the bundle calls instead of import() (a parameter of load.cjs's wrapper). */
const DYNAMIC_IMPORT = '__gilvmDynamicImport';

rmSync(out, { recursive: true, force: true });

let rolldown;
let parseAst;
let minifySync;
try {
  ({ rolldown } = await import('rolldown'));
  ({ parseAst } = await import('rolldown/parseAst'));
  ({ minifySync } = await import('rolldown/utils'));
} catch (e) {
  process.stderr.write(`scripts/bundle.mjs: rolldown is not available (${e.message}); no bundle, gilvm runs from dist/src\n`);
  process.exit(0);
}

/**
 * renderChunk: every import() expression left in the bundle (those whose specifier is only
 * known at run time, e.g. an executor's runner module) becomes a call of DYNAMIC_IMPORT.
 * The bundle runs as a vm.Script (for the code cache), where Node 20 lets import() work only
 * with --experimental-vm-modules, or through an experimental constant that warns and that
 * a script compiled from a code cache loses; load.cjs passes a function that imports from
 * its own (ordinary CommonJS) module instead.
 */
function routeDynamicImports(code) {
  const starts = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === 'object') {
      if (node.type === 'ImportExpression') starts.push(node.start);
      for (const key in node) if (key !== 'parent') visit(node[key]);
    }
  };
  visit(parseAst(code));
  starts.sort((a, b) => b - a);
  for (const start of starts) {
    if (code.slice(start, start + 'import'.length) !== 'import') throw new Error(`scripts/bundle.mjs: no import() at offset ${start} of the bundle`);
    code = code.slice(0, start) + DYNAMIC_IMPORT + code.slice(start + 'import'.length);
  }
  return code;
}

/**
 * Node built-in modules that a plain run (`gilvm -c pass`, a single-threaded script) does
 * not need, and whose loading cost start-up time: rolldown hoists every `require("node:x")`
 * to the top of the bundle, which made each start load tty (with net and the streams),
 * crypto (~15 internal modules), readline, child_process (with dgram), os and
 * worker_threads. renderChunk turns each such require into a proxy that requires the
 * module at its first property access (the bundle only ever reads properties of these
 * namespaces: `node_os.cpus()`, `new node_worker_threads.Worker(...)`), so a module loads
 * when a run first uses it. The build fails if a listed module is not required in the
 * expected shape (LAZY_REQUIRE), or if a namespace is used other than by a property read.
 */
const LAZY_BUILTINS = ['node:tty', 'node:os', 'node:worker_threads', 'node:crypto', 'node:readline', 'node:child_process', 'node:zlib'];
const LAZY_HELPER = `function __gilvmLazyBuiltin(load) {
	let mod;
	return new Proxy({}, { get: (_, key) => (mod ??= load())[key], has: (_, key) => key in (mod ??= load()) });
}
`;

function lazyBuiltins(code) {
  let helperAt = -1;
  for (const id of LAZY_BUILTINS) {
    const name = 'node_' + id.slice('node:'.length).replace(/[^A-Za-z0-9_]/g, '_');
    const plain = `let ${name} = require(${JSON.stringify(id)});\n`;
    const esm = `${name} = __toESM(${name}, 1);\n`;
    const at = code.indexOf(plain);
    if (at < 0) throw new Error(`scripts/bundle.mjs: the bundle has no \`${plain.trim()}\`; update LAZY_BUILTINS`);
    const wrapped = code.startsWith(esm, at + plain.length);
    const load = wrapped ? `() => __toESM(require(${JSON.stringify(id)}), 1)` : `() => require(${JSON.stringify(id)})`;
    code = code.slice(0, at) + `let ${name} = __gilvmLazyBuiltin(${load});\n` + code.slice(at + plain.length + (wrapped ? esm.length : 0));
    const misuse = new RegExp(`\\b${name}\\b(?![.])`, 'g');
    const uses = [...code.matchAll(misuse)].filter((m) => !code.startsWith(`let ${name} = `, m.index - 4));
    if (uses.length > 0) throw new Error(`scripts/bundle.mjs: ${name} is used other than by a property read (offset ${uses[0].index}); it cannot be lazy`);
    if (helperAt < 0 || at < helperAt) helperAt = at;
  }
  return code.slice(0, helperAt) + LAZY_HELPER + code.slice(helperAt);
}

/**
 * After the build: the bundle becomes pure ASCII, every other character written as a
 * \\u escape (a pair for one beyond U+FFFF), so load.cjs can read it as latin1 into a
 * one-byte string: no UTF-8 decoding, and V8 compiles a one-byte source faster (measured:
 * -7 ms decode, -9 ms compile from the code cache, on a loaded 2-core machine). The few
 * such characters are in string literals (str.upper's special cases, Unicode spaces),
 * untagged template literals and comments, where an escape means the same; the build fails
 * if one is in a tagged template (its tag could read the raw text, which would change).
 */
function asciiOnly(code) {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === 'object') {
      if (node.type === 'TaggedTemplateExpression' && /[^\x00-\x7f]/.test(code.slice(node.quasi.start, node.quasi.end))) {
        throw new Error(`scripts/bundle.mjs: a non-ASCII character in a tagged template at offset ${node.start} of the bundle; write it as an escape in the source`);
      }
      for (const key in node) if (key !== 'parent') visit(node[key]);
    }
  };
  visit(parseAst(code));
  return code.replace(/[^\x00-\x7f]/gu, (ch) => {
    let escaped = '';
    for (let i = 0; i < ch.length; i++) escaped += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
    return escaped;
  });
}

/**
 * The bundle without comments and layout (oxc's minifier with only its whitespace removal:
 * no compression, no renaming, so function and class names stay as written). Every start
 * reads the bundle and decodes it into a V8 string before the code cache applies: 2.27 MB
 * took ~16 ms of the start (on the development VM), 1.60 MB ~11 ms less, and V8's code
 * cache for it is smaller too. A JS stack of an internal error (GILVM_DEBUG=1) then names
 * columns of long lines; GILVM_NO_BUNDLE=1 runs the readable dist/src instead.
 */
function withoutWhitespace(code) {
  const result = minifySync('gilvm.cjs', code, { compress: false, mangle: false, codegen: { removeWhitespace: true } });
  if (result.errors.length > 0) throw new Error(`scripts/bundle.mjs: the minifier failed: ${result.errors[0].message}`);
  return result.code;
}

const chevrotainFile = join(src, 'frontend', 'chevrotain.js');
const chevrotainBuild = join(dirname(createRequire(chevrotainFile).resolve('chevrotain')), '..', 'chevrotain.min.mjs');

const entrySource = `
export { main, buildProgram } from ${JSON.stringify(join(src, 'cli', 'main.js'))};
export { createSliceRunner, prepareRunner } from ${JSON.stringify(join(src, 'vm', 'runner-entry.js'))};
export { runCommand } from ${JSON.stringify(join(src, 'cli', 'run-command.js'))};
export { discardPrestartedExecutors } from ${JSON.stringify(join(src, 'vm', 'supervisor.js'))};
export { resetProcessClock } from ${JSON.stringify(join(src, 'vm', 'cpuclock.js'))};
export function runMultiprocessingChild() {
  return import(${JSON.stringify(join(src, 'vm', 'mp-child.js'))});
}
`;

const build = await rolldown({
  input: { gilvm: ENTRY_ID },
  platform: 'node',
  // (rolldown reports plugins that take long: routeDynamicImports does, ~0.3 s, and it is fine)
  checks: { bundlerTimings: false },
  plugins: [
    {
      name: 'gilvm-bundle',
      resolveId(id) {
        return id === ENTRY_ID ? id : null;
      },
      load(id) {
        return id === ENTRY_ID ? entrySource : null;
      },
      transform(code, id) {
        if (id === chevrotainBuild) {
          if (!code.includes(CHEVROTAIN_CHAR_TABLE)) {
            throw new Error(`${id}: chevrotain's character table code changed; update CHEVROTAIN_CHAR_TABLE in scripts/bundle.mjs`);
          }
          return code.replace(CHEVROTAIN_CHAR_TABLE, CHEVROTAIN_CHAR_TABLE_FILLED);
        }
        if (id !== chevrotainFile) return null;
        if (!CHEVROTAIN_IMPORT.test(code)) {
          throw new Error(`${id}: the statement that imports chevrotain changed; update CHEVROTAIN_IMPORT in scripts/bundle.mjs`);
        }
        return code.replace(CHEVROTAIN_IMPORT, `import * as chevrotain from ${JSON.stringify(chevrotainBuild)};\n`);
      },
    },
  ],
});
await build.write({
  dir: out,
  format: 'cjs',
  entryFileNames: '[name].cjs',
  codeSplitting: false,
  plugins: [{ name: 'gilvm-dynamic-import', renderChunk: (code) => lazyBuiltins(routeDynamicImports(code)) }],
});
await build.close();
// (after the write: rolldown re-renders what renderChunk returns, turning escapes back)
const bundleFile = join(out, 'gilvm.cjs');
// The file holds the function load.cjs evaluates, Node's CommonJS wrapper written around the
// code (on its first line: line numbers are the code's). load.cjs gives V8 the file's text as
// it is: a wrapper joined to it at every start made a two-part string that V8 copied into
// one before compiling (~1.7 MB: ~430 fresh pages, ~5 ms of the start on the development VM).
const BUNDLE_WRAPPER_HEAD = `(function (exports, require, module, __filename, __dirname, ${DYNAMIC_IMPORT}) {`;
writeFileSync(bundleFile, `${BUNDLE_WRAPPER_HEAD}${asciiOnly(withoutWhitespace(readFileSync(bundleFile, 'utf8')))}\n})`, 'latin1');

copyFileSync(join(scriptsDir, 'bundle-load.cjs'), join(out, 'load.cjs'));
const header = '// Generated by scripts/bundle.mjs: ';
writeFileSync(join(out, 'executor-worker.cjs'),
  `${header}an executor worker's entry (the bundle runs the worker, see src/vm/executor.ts).\nglobalThis.__gilvmExecutorWorker = true;\nrequire('./load.cjs').loadBundle();\n`);
writeFileSync(join(out, 'mp-child.cjs'),
  `${header}a multiprocessing child's entry (src/vm/mp-child.ts, from the bundle).\nrequire('./load.cjs').loadBundle().runMultiprocessingChild();\n`);
writeFileSync(join(out, 'runner-entry.js'),
  `${header}the runner module of executor workers (src/vm/runner-entry.ts, from the bundle).\n` +
  `import { createRequire } from 'node:module';\n` +
  `export const { createSliceRunner, prepareRunner } = createRequire(import.meta.url)('./load.cjs').loadBundle();\n`);
