/*
 * Loads the JSON printed by scripts/py_ast_json.py (CPython's own AST) into src/frontend/ast.ts
 * objects, so the symbol table and compiler can be tested without our parser, and our parser
 * can be compared against CPython's.
 *
 * The JSON already has ast.ts's shape; only constants need converting: ints arrive as decimal
 * strings (-> bigint), floats that JSON cannot carry as 'inf' / '-inf' / 'nan', bytes as
 * arrays of numbers (-> Uint8Array).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ConstantValue, Module } from '../../src/frontend/ast.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/py_ast_json.py', import.meta.url));

function loadConstant(raw: { type: string; value?: unknown }): ConstantValue {
  switch (raw.type) {
    case 'int':
      return { type: 'int', value: BigInt(raw.value as string) };
    case 'float': {
      const v = raw.value;
      const value = v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === 'nan' ? NaN : (v as number);
      return { type: 'float', value };
    }
    case 'str':
      return { type: 'str', value: raw.value as string };
    case 'bytes':
      return { type: 'bytes', value: Uint8Array.from(raw.value as number[]) };
    case 'bool':
      return { type: 'bool', value: raw.value as boolean };
    case 'None':
      return { type: 'None' };
    case 'Ellipsis':
      return { type: 'Ellipsis' };
    default:
      throw new Error(`unknown constant type ${raw.type}`);
  }
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(obj)) {
    if (obj.kind === 'Constant' && key === 'value') out.value = loadConstant(field as { type: string });
    else out[key] = revive(field);
  }
  return out;
}

/** Converts py_ast_json.py's JSON text into a Module. */
export function moduleFromJson(json: string): Module {
  return revive(JSON.parse(json)) as Module;
}

/** CPython's AST of `source`, via python3 scripts/py_ast_json.py -c. */
export function cpythonAst(source: string): Module {
  return moduleFromJson(execFileSync('python3', [SCRIPT, '-c', source], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/** CPython's AST of a file. */
export function cpythonAstOfFile(path: string): Module {
  return moduleFromJson(execFileSync('python3', [SCRIPT, path], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}
