/*
 * Renders a gilvm CodeObject (and its nested code objects) in the normalized text format of
 * test/helpers/cpython_dis.py, so compiler tests compare our output with CPython 3.11's line
 * by line. Not a disassembler for users (that is src/compiler/dis.ts).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CodeObject, Const } from '../../src/compiler/code.js';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from '../../src/compiler/code.js';
import { OPCODE_TABLE } from '../../src/compiler/opcodes.js';

const DIS_SCRIPT = fileURLToPath(new URL('./cpython_dis.py', import.meta.url));

export function pyRepr(c: Const): string {
  switch (c.type) {
    case 'int':
      return c.value.toString();
    case 'float':
      return floatRepr(c.value);
    case 'str':
      return strRepr(c.value);
    case 'bytes':
      return "b'" + Array.from(c.value).map((b) => (b === 92 ? '\\\\' : b === 39 ? "\\'" : b === 10 ? '\\n' : b === 9 ? '\\t' : b === 13 ? '\\r' : b >= 32 && b < 127 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0'))).join('') + "'";
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'tuple':
      return '(' + c.items.map(pyRepr).join(', ') + (c.items.length === 1 ? ',)' : ')');
    case 'frozenset':
      return 'frozenset({' + c.items.map(pyRepr).sort().join(', ') + '})';
    case 'code':
      return `<code ${c.value.qualname}>`;
  }
}

/** Python's repr of a float: shortest round-trip digits, fixed notation for exponents -4..15. */
function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const sign = v < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(v).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expStr);
  if (exp >= -4 && exp < 16) {
    let out: string;
    if (exp < 0) out = '0.' + '0'.repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    else out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    return sign + out;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch.codePointAt(0)! < 32 || ch.codePointAt(0) === 127) out += '\\x' + ch.codePointAt(0)!.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

export function listing(code: CodeObject, positions = false, out: string[] = []): string[] {
  const lp = code.localsplusnames;
  out.push(
    `code ${code.qualname} flags=${code.flags} argcount=${code.argcount} posonly=${code.posonlyargcount} kwonly=${code.kwonlyargcount} firstlineno=${code.firstlineno} stacksize=${code.stacksize}`,
  );
  out.push('  localsplus: ' + lp.join(' '));
  out.push('  names: ' + code.names.join(' '));
  out.push('  consts: ' + code.consts.map(pyRepr).join(' | '));
  for (let i = 0; i < code.code.length; i++) {
    const w = code.code[i];
    const op = w & 0xff;
    const arg = w >>> 8;
    const info = OPCODE_TABLE[op];
    let a = '';
    switch (info.arg) {
      case 'none':
        break;
      case 'const':
        a = pyRepr(code.consts[arg]);
        break;
      case 'name':
        a = code.names[arg];
        break;
      case 'global':
        a = (arg & 1 ? 'NULL + ' : '') + code.names[arg >> 1];
        break;
      case 'local':
        a = lp[arg];
        break;
      default:
        a = String(arg);
    }
    let line = `  ${info.name} ${a}`;
    if (positions) {
      const p = code.positions.subarray(i * 4, i * 4 + 4);
      line += `  @${p[0]}:${p[1]}-${p[2]}:${p[3]}`;
    }
    out.push(line.trimEnd());
  }
  for (const e of code.exceptiontable) {
    out.push(`  exc ${e.start} ${e.end} -> ${e.target} depth=${e.depth}${e.lasti ? ' lasti' : ''}`);
  }
  for (const c of code.consts) if (c.type === 'code') listing(c.value, positions, out);
  return out;
}

/**
 * CPython 3.11 has no CLEANUP_THROW: its `yield from` / `await` loop is SEND, YIELD_VALUE,
 * RESUME, JUMP_BACKWARD_NO_INTERRUPT with no handler. This returns a copy of `code` (and of
 * its nested code objects) with every CLEANUP_THROW and its exception-table rows removed and
 * jump targets renumbered, so generator and async code can be compared with CPython 3.11.
 */
export function withoutCleanupThrow(code: CodeObject): CodeObject {
  const CLEANUP = OPCODE_TABLE.findIndex((r) => r.name === 'CLEANUP_THROW');
  const n = code.code.length;
  const newIndex = new Array<number>(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    newIndex[i] = k;
    if ((code.code[i] & 0xff) !== CLEANUP) k++;
  }
  newIndex[n] = k;
  const words: number[] = [];
  const positions: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = code.code[i];
    const op = w & 0xff;
    if (op === CLEANUP) continue;
    const arg = w >>> 8;
    words.push(OPCODE_TABLE[op].arg === 'jump' ? op | (newIndex[arg] << 8) : w);
    positions.push(...code.positions.subarray(i * 4, i * 4 + 4));
  }
  // Drop the CLEANUP_THROW rows; where one split an enclosing handler's range, rejoin it.
  const rows = code.exceptiontable;
  const kept: CodeObject['exceptiontable'] = [];
  for (let r = 0; r < rows.length; r++) {
    const e = rows[r];
    if ((code.code[e.target] & 0xff) !== CLEANUP) {
      kept.push({ ...e });
      continue;
    }
    const prev = kept[kept.length - 1];
    const next = rows[r + 1];
    if (prev && next && prev.end === e.start && next.start === e.end && prev.target === next.target && prev.depth === next.depth && prev.lasti === next.lasti) {
      prev.end = e.end;
    }
  }
  const table: CodeObject['exceptiontable'] = [];
  for (const e of kept) {
    const row = { ...e, start: newIndex[e.start], end: newIndex[e.end], target: newIndex[e.target] };
    const prev = table[table.length - 1];
    if (prev && prev.end === row.start && prev.target === row.target && prev.depth === row.depth && prev.lasti === row.lasti) {
      prev.end = row.end;
    } else if (row.start < row.end) {
      table.push(row);
    }
  }
  return {
    ...code,
    code: Uint32Array.from(words),
    positions: Int32Array.from(positions),
    exceptiontable: table,
    consts: code.consts.map((c) => (c.type === 'code' ? { type: 'code', value: withoutCleanupThrow(c.value) } : c)),
  };
}

/** CPython 3.11's listing of `source` in the same format. */
export function cpythonListing(source: string, positions = false): string[] {
  const args = [DIS_SCRIPT, ...(positions ? ['--positions'] : []), '-c', source];
  return execFileSync('python3', args, { encoding: 'utf8' }).trimEnd().split('\n');
}

export { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL };
