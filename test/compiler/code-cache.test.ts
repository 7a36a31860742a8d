// The compiled-code cache's serialized form (compiler/code-cache.ts): every module of lib/
// and a program with every kind of constant (big and negative ints, floats including
// -0.0, inf and nan, bytes, nested tuples and frozensets, nested code) compile to a code
// object that comes back from the cache's form equal, field by field, typed arrays included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile-source.js';
import { roundTripForTest } from '../../src/compiler/code-cache.js';
import type { CodeObject } from '../../src/compiler/code.js';

function expectSameCode(a: CodeObject, b: CodeObject): void {
  // Object.is semantics for floats: -0.0 and NaN must survive exactly
  expect(b).toStrictEqual(a);
  expect(b.code).toBeInstanceOf(Uint32Array);
  expect(b.positions).toBeInstanceOf(Int32Array);
  expect(b.localspluskinds).toBeInstanceOf(Uint8Array);
}

describe('code cache serialized form', () => {
  const libDir = 'lib';
  for (const name of readdirSync(libDir).filter((n) => n.endsWith('.py'))) {
    it(`round-trips lib/${name}`, () => {
      const path = join(libDir, name);
      const code = compileSource(readFileSync(path, 'utf8'), path);
      expectSameCode(code, roundTripForTest(code));
    });
  }

  it('round-trips every kind of constant', () => {
    const source = [
      'BIG = 123456789012345678901234567890 * -1',
      'NEG = -98765432109876543210987654321',
      'F = (-0.0, 1e400, -1e400, 0.1, 2.5e-300)',
      'B = b"\\x00\\xffabc"',
      'T = (1, ("x", (None, ...)), True, False)',
      'def f(x, *, y=-0.0):',
      '    return x in {1, 2, 3} or x in frozenset()',
      'class C:',
      '    def g(self):',
      '        return [i for i in (1.5, "s", b"b")]',
    ].join('\n');
    const code = compileSource(source, '<consts>');
    const back = roundTripForTest(code);
    expectSameCode(code, back);
    const floats = back.consts.find((c) => c.type === 'tuple' && c.items.length === 5);
    expect(floats).toBeDefined();
    if (floats?.type !== 'tuple') return;
    const values = floats.items.map((c) => (c.type === 'float' ? c.value : NaN));
    expect(Object.is(values[0], -0)).toBe(true);
    expect(values[1]).toBe(Infinity);
    expect(values[2]).toBe(-Infinity);
  });
});
