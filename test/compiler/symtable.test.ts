// The symbol table against CPython's `symtable` module: for every program in
// test/compiler/symtable/, our scopes and symbol flags printed in the format of
// scripts/gen_symtable_expected.py must equal the committed CPython output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildSymtable, DEF_ANNOT, DEF_BOUND, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE,
  CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_OFFSET, type Scope,
} from '../../src/frontend/symtable.js';
import { PySyntaxError } from '../../src/frontend/errors.js';
import { cpythonAstOfFile } from '../helpers/cpython-ast.js';

const DIR = fileURLToPath(new URL('./symtable/', import.meta.url));
const SCOPE_NAMES: Record<number, string> = { 1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL' };

function render(scope: Scope, out: string[], depth = 0): void {
  const indent = '  '.repeat(depth);
  out.push(`${indent}${scope.type} ${scope.name}`);
  const moduleScope = scope.type === 'module';
  for (const [name, flags] of scope.symbols) {
    const sc = (flags >> SCOPE_OFFSET) & 15;
    const preds: [string, boolean][] = [
      ['local', sc === LOCAL || sc === CELL || (moduleScope && (flags & DEF_BOUND) !== 0)],
      ['global', sc === GLOBAL_IMPLICIT || sc === GLOBAL_EXPLICIT || (moduleScope && (flags & DEF_BOUND) !== 0)],
      ['declared_global', sc === GLOBAL_EXPLICIT],
      ['nonlocal', (flags & DEF_NONLOCAL) !== 0],
      ['free', sc === FREE],
      ['parameter', (flags & DEF_PARAM) !== 0],
      ['assigned', (flags & DEF_LOCAL) !== 0],
      ['referenced', (flags & USE) !== 0],
      ['imported', (flags & DEF_IMPORT) !== 0],
      ['annotated', (flags & DEF_ANNOT) !== 0],
    ];
    const holds = preds.filter(([, v]) => v).map(([k]) => k).join(' ');
    out.push(`${indent}  ${name} flags=${flags} scope=${SCOPE_NAMES[sc] ?? String(sc)} ${holds}`);
  }
  for (const child of scope.children) render(child, out, depth + 1);
}

function ours(path: string): string {
  const source = readFileSync(path, 'utf8');
  try {
    const table = buildSymtable(cpythonAstOfFile(path), path, source);
    const out: string[] = [];
    render(table.top, out);
    return out.join('\n') + '\n';
  } catch (e) {
    if (e instanceof PySyntaxError) return `SyntaxError: ${e.msg} (line ${e.lineno}, offset ${e.offset})\n`;
    throw e;
  }
}

describe('symtable matches CPython', () => {
  const programs = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
  it('has at least 12 programs', () => expect(programs.length).toBeGreaterThanOrEqual(12));
  for (const file of programs) {
    it(file, () => {
      const expected = readFileSync(join(DIR, file.replace(/\.py$/, '.expected')), 'utf8');
      expect(ours(join(DIR, file))).toBe(expected);
    });
  }
});
