// Whole CPython standard-library modules compiled by gilvm (from CPython's AST) and compared
// with CPython 3.11's own code objects, instruction by instruction with positions and
// exception tables. Needs python3 3.11 at test time (skipped otherwise). gilvm's
// CLEANUP_THROW handlers in `yield from`/`await` are removed before comparing
// (withoutCleanupThrow); co_stacksize is compared for code objects without CALL_KW (whose
// kwnames tuple is on gilvm's stack) or CLEANUP_THROW (whose handler holds one more item).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../src/compiler/compiler.js';
import { cpythonAstOfFile } from '../helpers/cpython-ast.js';
import { cpythonListing, listing, withoutCleanupThrow } from '../helpers/listing.js';

function python311Lib(): string | null {
  try {
    const out = execFileSync('python3', ['-c', 'import sys, os; print(sys.version_info[:2] == (3, 11)); print(os.path.dirname(os.__file__))'], {
      encoding: 'utf8',
    }).split('\n');
    return out[0] === 'True' ? out[1] : null;
  } catch {
    return null;
  }
}

const LIB = python311Lib();
const MODULES = [
  'textwrap', 'json/decoder', 'random', 'posixpath', 'copy', 'colorsys', 'genericpath', 'stat', 'reprlib', 'bisect',
  'string', 'abc', 'queue', 'fnmatch', 'shlex', 'threading', 'functools', 'tokenize', 'ast', 'logging/__init__',
  'heapq', 'enum', 'collections/__init__', 'json/encoder', 'argparse', 'contextlib',
  'asyncio/tasks', 'asyncio/queues', 'asyncio/locks', 'asyncio/streams',
  'tarfile', 'imghdr', 'glob', 'pathlib', 'getpass', 'statistics', 'zipfile', 'http/client', 'ssl', 'inspect',
  'tomllib/_parser', 'tomllib/_re', // from __future__ import annotations
];

function chunks(lines: string[]): string[][] {
  const out: string[][] = [];
  for (const l of lines) {
    if (l.startsWith('code ')) out.push([l]);
    else out[out.length - 1].push(l);
  }
  return out;
}

describe.skipIf(LIB === null)('standard library modules compile as CPython 3.11 compiles them', () => {
  for (const mod of MODULES) {
    it(mod, () => {
      const path = join(LIB!, mod + '.py');
      const source = readFileSync(path, 'utf8');
      const code = compileModule(cpythonAstOfFile(path), path, source);
      const original = chunks(listing(code));
      const ours = chunks(listing(withoutCleanupThrow(code), true));
      const theirs = chunks(cpythonListing(source, true));
      expect(ours.length).toBe(theirs.length);
      for (let i = 0; i < ours.length; i++) {
        if (original[i].some((l) => /^ {2}(CALL_KW|CLEANUP_THROW)\b/.test(l))) {
          ours[i][0] = ours[i][0].replace(/ stacksize=\d+/, '');
          theirs[i][0] = theirs[i][0].replace(/ stacksize=\d+/, '');
        }
        expect(ours[i]).toEqual(theirs[i]);
      }
    }, 60000);
  }
});
