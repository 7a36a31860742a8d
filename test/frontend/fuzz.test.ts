// Fuzzing the front end: mutate the test programs (delete, duplicate and swap characters
// and lines, insert brackets, quotes, indentation) and compile each mutant. Every result must
// be a code object or a PySyntaxError: never another JS error (an internal error), never a
// hang. The mutations come from a seeded generator, so a failure reproduces.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile-source.js';
import { PySyntaxError } from '../../src/frontend/errors.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['(', ')', '[', ']', '{', '}', ':', '"', "'", '"""', '\\', '\n', '\t', '    ', ' ', ',', '=', '*', '**', 'lambda', 'yield', 'return', 'def', 'class', 'f"{', '}', '\r\n', '#', '0x', '1e', '\u00a0', '\x00', 'é', '😀', 'async ', 'await ', 'nonlocal x', 'global x', ':='];

function mutate(source: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  let text = source;
  const steps = 1 + pick(4);
  for (let s = 0; s < steps; s++) {
    const lines = text.split('\n');
    switch (pick(7)) {
      case 0: { // delete a character
        const i = pick(text.length + 1);
        text = text.slice(0, i) + text.slice(i + 1);
        break;
      }
      case 1: { // duplicate a character
        const i = pick(text.length + 1);
        text = text.slice(0, i) + text.charAt(i) + text.slice(i);
        break;
      }
      case 2: { // swap two characters
        const i = pick(Math.max(1, text.length - 1));
        text = text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
        break;
      }
      case 3: { // delete a line
        lines.splice(pick(lines.length), 1);
        text = lines.join('\n');
        break;
      }
      case 4: { // duplicate a line
        const i = pick(lines.length);
        lines.splice(i, 0, lines[i] ?? '');
        text = lines.join('\n');
        break;
      }
      case 5: { // swap two lines
        const i = pick(lines.length);
        const j = pick(lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
        text = lines.join('\n');
        break;
      }
      default: { // insert a token-ish string
        const i = pick(text.length + 1);
        text = text.slice(0, i) + INSERTS[pick(INSERTS.length)] + text.slice(i);
      }
    }
  }
  return text;
}

const corpus = ['test/programs', 'examples', 'test/syntax-errors'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(dir, f), 'utf8')),
);

describe('front-end fuzz', () => {
  it('never fails with anything but a SyntaxError on 3000 mutants', () => {
    const random = rng(20261125);
    const failures: string[] = [];
    let compiled = 0;
    let rejected = 0;
    for (let n = 0; n < 3000; n++) {
      const mutant = mutate(corpus[n % corpus.length], random);
      try {
        compileSource(mutant, 'fuzz.py');
        compiled++;
      } catch (e) {
        if (e instanceof PySyntaxError) {
          rejected++;
          expect(e.lineno).toBeGreaterThanOrEqual(0);
        } else if (failures.length < 5) {
          failures.push(`${String(e)}\n--- mutant ${n} ---\n${mutant.slice(0, 400)}`);
        } else {
          failures.push('');
        }
      }
    }
    expect(failures.filter((f) => f !== '').slice(0, 5)).toEqual([]);
    expect(failures.length).toBe(0);
    // Both outcomes must occur, or the mutator is not exercising the front end.
    expect(compiled).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });

  it('survives pathological inputs', () => {
    const inputs = [
      '', '\n\n\n', '\ufeff', '\ufeffx = 1\r\n', '('.repeat(1000), ')'.repeat(10), '['.repeat(150) + ']'.repeat(150),
      '-'.repeat(5000) + '1', 'not '.repeat(3000) + 'x', 'x = 1' + ' + 1'.repeat(20000),
      'if x:\n' + '    '.repeat(1) + 'pass\n', ' x = 1\n', '\tif 1:\n        pass\n', 'x = "\n', "'''", 'def f(:\n',
      'lambda ' + 'x: lambda '.repeat(500) + 'y: 1', 'f' + '(1)'.repeat(3000), 'a' + '.b'.repeat(5000), 'x' + '[0]'.repeat(3000),
      Array.from({ length: 100 }, (_, i) => ' '.repeat(i) + 'if 1:').join('\n') + '\n' + ' '.repeat(100) + 'pass\n',
      'x = 1\n'.repeat(100000),
    ];
    for (const source of inputs) {
      try {
        compileSource(source, 'weird.py');
      } catch (e) {
        expect(e).toBeInstanceOf(PySyntaxError);
      }
    }
  });
});
