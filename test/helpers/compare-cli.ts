// Development aid: compile a Python file with gilvm (via CPython's AST) and diff the listing
// against CPython 3.11's. Compile this file with tsc to an out dir (with scripts/py_ast_json.py
// and test/helpers/cpython_dis.py reachable at the same relative paths) and run:
//   node <out>/test/helpers/compare-cli.js FILE [--positions] [--311]
// --311 removes gilvm's CLEANUP_THROW handlers first (see withoutCleanupThrow).
import { readFileSync } from 'node:fs';
import { compileModule } from '../../src/compiler/compiler.js';
import { cpythonAst } from './cpython-ast.js';
import { listing, cpythonListing, withoutCleanupThrow } from './listing.js';

const src = readFileSync(process.argv[2], 'utf8');
const pos = process.argv.includes('--positions');
const compiled = compileModule(cpythonAst(src), '<string>', src);
const ours = listing(process.argv.includes('--311') ? withoutCleanupThrow(compiled) : compiled, pos);
const theirs = cpythonListing(src, pos);
let diff = 0;
const n = Math.max(ours.length, theirs.length);
for (let i = 0; i < n; i++) {
  const a = ours[i] ?? '<none>';
  const b = theirs[i] ?? '<none>';
  if (a !== b) {
    console.log(`${i}: ours    ${a}\n${i}: cpython ${b}`);
    if (++diff > 12) break;
  }
}
console.log(diff ? 'DIFF' : 'SAME', ours.length, theirs.length);
