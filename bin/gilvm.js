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

if (bundleIsCurrent()) {
  require('../dist/bundle/load.cjs').loadBundle().main(process.argv.slice(2));
} else {
  const { pathToFileURL } = require('node:url');
  import(pathToFileURL(join(dist, 'src', 'cli', 'main.js')).href).then(({ main }) => main(process.argv.slice(2)));
}
