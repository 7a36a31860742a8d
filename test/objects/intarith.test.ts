// Int arithmetic across objects/int.ts's representation boundaries (tagged small ints, one
// and two 32-bit digits, the 2**53 edge of the double fast paths, many digits), int/float
// mixes and comparisons, run through the VM against CPython's committed output
// (intarith/intarith.out, written by `python3 intarith/intarith.py`), with the leak audit on.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile-source.js';
import { runCode } from '../../src/vm/run.js';

const here = join(dirname(fileURLToPath(import.meta.url)), 'intarith');

describe('int arithmetic fast paths', () => {
  it('match CPython on values around every digit boundary, without leaks', () => {
    const path = join(here, 'intarith.py');
    const r = runCode(compileSource(readFileSync(path, 'utf8'), path), { capture: true, checkRefs: true });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const got = r.stdout.split('\n');
    const want = readFileSync(join(here, 'intarith.out'), 'utf8').split('\n');
    expect(got.length).toBe(want.length);
    for (let i = 0; i < want.length; i++) expect(got[i], `line ${i + 1}`).toBe(want[i]);
  });
});
