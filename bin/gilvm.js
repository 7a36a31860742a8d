#!/usr/bin/env node
// The `gilvm` command. Runs the CLI from the bundle (dist/bundle, built by scripts/bundle.mjs at
// the end of `npm run build`, which `npm install` runs through `prepare`) when it is there and
// not older than the compiled modules (a tsc run alone leaves it stale), else from those
// modules (dist/src). GILVM_NO_BUNDLE=1 forces dist/src (for debugging: the bundle is one file).
//
// CommonJS (bin/package.json says so; the package itself is ESM): an ES module entry makes
// Node start its ESM loader and, for `import ... from 'node:fs'`, build fs's ESM facade,
// which loads the stream modules: ~5 ms of every start. dist/src is ESM, reached by import().
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');

function bundleIsCurrent() {
  if (process.env.GILVM_NO_BUNDLE) return false;
  let bundled;
  try {
    bundled = statSync(join(dist, 'bundle', 'gilvm.cjs')).mtimeMs;
  } catch {
    return false;
  }
  try {
    return bundled >= statSync(join(dist, 'src', 'cli', 'main.js')).mtimeMs;
  } catch {
    return true;
  }
}

/** The run options that take a value (the next argument): src/cli/main.ts RUN_VALUE_OPTIONS. */
const VALUE_OPTIONS = new Set(['--workers', '--switch-interval', '--trace', '--stats-json', '--max-heap', '--heap-report']);

/** An import line naming threading or concurrent(.futures): src/cli/run-command.ts
 * IMPORTS_THREADING, which starts the executors itself when this file did not. */
const IMPORTS_THREADING = /^[ \t]*(?:import|from)[ \t].*\b(?:threading|concurrent)\b/m;

/**
 * A script run whose source imports threading gets its executors' workers started here,
 * before the main thread loads the bundle (~40 ms): they load theirs meanwhile, on the other
 * cores, and a first Thread.start soon after the import finds them ready sooner. The workers
 * wait, unreferenced, for supervisor.ts to take them (adoptEarlyExecutors); a run that never
 * starts a thread exits as if they did not exist. The command line is read as plainly as
 * main.ts does: anything unusual (a subcommand, -i, no script) starts nothing here.
 */
function startEarlyExecutors(argv) {
  let i = argv[0] === 'run' ? 1 : 0;
  let noGil = false;
  let workers = 0;
  let source = null;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-gil') noGil = true;
    else if (arg === '--workers') workers = Number(argv[++i]);
    else if (arg === '-c') { source = argv[i + 1] ?? ''; break; }
    else if (VALUE_OPTIONS.has(arg)) i++;
    else if (arg === '-i' || arg === '-' || arg === '--') return;
    else if (!arg.startsWith('-')) break;
  }
  if (source === null) {
    const file = argv[i];
    if (file === undefined || !file.endsWith('.py')) return;
    try {
      source = require('node:fs').readFileSync(file, 'utf8');
    } catch {
      return; // the run reports it
    }
  }
  if (!IMPORTS_THREADING.test(source)) return;
  const { Worker } = require('node:worker_threads');
  const { pathToFileURL } = require('node:url');
  const count = Math.max(1, Math.min(Number.isInteger(workers) && workers > 0 ? workers : require('node:os').availableParallelism(), 63));
  if (noGil) {
    // supervisor.ts setExecutorJitPolicy: set before the workers' isolates exist
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
      process.binding('v8').setFlagsFromString('--no-concurrent-recompilation');
    } catch {
      return; // the bundle sets it and starts the workers itself
    } finally {
      process.noDeprecation = quiet;
    }
  }
  const bundleDir = join(dist, 'bundle');
  const runnerModule = pathToFileURL(join(bundleDir, 'runner-entry.js')).href;
  const early = [];
  for (let e = 0; e < count; e++) {
    const workerData = { kind: 'gilvm-executor', prestart: true, runnerModule, startupCpu: null };
    // executor.ts executorWorkerSpec: its file and stack
    const worker = new Worker(join(bundleDir, 'executor-worker.cjs'), { workerData, stdout: false, stderr: false, resourceLimits: { stackSizeMb: 256 } });
    const entry = { worker, runnerModule, failed: false };
    worker.on('error', () => void (entry.failed = true));
    worker.on('exit', () => void (entry.failed = true));
    worker.unref();
    early.push(entry);
  }
  globalThis.__gilvmEarlyExecutors = early;
}

if (bundleIsCurrent()) {
  startEarlyExecutors(process.argv.slice(2));
  require('../dist/bundle/load.cjs').loadBundle().main(process.argv.slice(2));
} else {
  const { pathToFileURL } = require('node:url');
  import(pathToFileURL(join(dist, 'src', 'cli', 'main.js')).href).then(({ main }) => main(process.argv.slice(2)));
}
