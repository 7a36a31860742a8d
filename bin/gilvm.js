#!/usr/bin/env node
// The `gilvm` command. Runs the CLI from the bundle (dist/bundle, built by scripts/bundle.mjs at
// the end of `npm run build`, which `npm install` runs through `prepare`) when it is there and
// not older than the compiled modules (a tsc run alone leaves it stale), else from those
// modules (dist/src). GILVM_NO_BUNDLE=1 forces dist/src (for debugging: the bundle is one file).
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

function bundleIsCurrent() {
  if (process.env.GILVM_NO_BUNDLE) return false;
  let bundled;
  try {
    bundled = statSync(new URL('../dist/bundle/gilvm.cjs', import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
  try {
    return bundled >= statSync(new URL('../dist/src/cli/main.js', import.meta.url)).mtimeMs;
  } catch {
    return true;
  }
}

const { main } = bundleIsCurrent()
  ? createRequire(import.meta.url)('../dist/bundle/load.cjs').loadBundle()
  : await import('../dist/src/cli/main.js');
main(process.argv.slice(2));
