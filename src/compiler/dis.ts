/*
 * The disassembler: CPython 3.11's `dis.dis` listing for a CodeObject tree.
 *
 * Owns: `disassemble(code)` (the listing `gilvm dis` prints) and the Python `repr` of
 * code-object constants (`constRepr`, `codeRepr`), which the assembler's printer shares.
 *
 * Layout (Lib/dis.py 3.11, `_disassemble_bytes` / `Instruction._disassemble`), one line per
 * instruction, fields joined by one space and the line right-stripped:
 *
 *     LINE(3) CURRENT(3) '>>'|'  ' OFFSET(4, right) OPNAME(20, left) OPARG(5, right) (ARGREPR)
 *
 *   - the line column shows the line number where a new source line starts (CPython's
 *     `findlinestarts`: a line differing from the last line seen, instructions without a
 *     line being skipped), preceded by a blank line unless it is the first instruction; it
 *     is left out entirely when no instruction has a line, and widens past 999;
 *   - `>>` marks jump targets and exception handlers (3.11 counts both as labels);
 *   - instructions whose argument kind is 'none' print no oparg (CPython: opcodes below
 *     HAVE_ARGUMENT);
 *   - after the instructions, `ExceptionTable:` rows `  START to LAST -> TARGET [DEPTH]`
 *     plus ` lasti`, where LAST is the last instruction covered (3.11's inclusive form);
 *   - then each nested code object in co_consts order, recursively, after a blank line and
 *     `Disassembly of <code object NAME, file "FILE", line N>:`.
 *
 * Differences from CPython, by design: OFFSETS ARE INSTRUCTION INDEXES. gilvm has one
 * 32-bit word per instruction and no inline caches or EXTENDED_ARG (code.ts), so offsets
 * count 0, 1, 2, ... where CPython's count bytes (0, 2, 4, ... with gaps for caches), and
 * `to N` of a jump is the index of its target. Code objects have no address, so their repr
 * is `<code object f, file "x.py", line 3>` without CPython's ` at 0x...`.
 *
 * How each argument kind is shown comes from the opcode table's `arg` field (opcodes.ts);
 * this file has no list of opcodes.
 */
import type { CodeObject, Const } from './code.js';
import { codeLine } from './code.js';
import { CMP_OPS, NB_OPS, OPCODE_TABLE, type ArgKind, type OpcodeInfo } from './opcodes.js';

const OPNAME_WIDTH = 20; // Lib/dis.py _OPNAME_WIDTH
const OPARG_WIDTH = 5; //   Lib/dis.py _OPARG_WIDTH

/** FORMAT_VALUE conversions by the low two bits (Lib/dis.py FORMAT_VALUE_CONVERTERS). */
export const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'] as const;
/** MAKE_FUNCTION flag names by bit (Lib/dis.py MAKE_FUNCTION_FLAGS). */
export const MAKE_FUNCTION_FLAG_NAMES = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;

// ------------------------------------------------------------------ Python repr

/** `repr(code)` without the address: `<code object f, file "x.py", line 3>`. */
export function codeRepr(code: CodeObject): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** Python's `repr` of a constant. */
export function constRepr(c: Const): string {
  switch (c.type) {
    case 'int':
      return c.value.toString();
    case 'float':
      return floatRepr(c.value);
    case 'str':
      return strRepr(c.value);
    case 'bytes':
      return bytesRepr(c.value);
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'tuple':
      if (c.items.length === 1) return `(${constRepr(c.items[0])},)`;
      return `(${c.items.map(constRepr).join(', ')})`;
    case 'frozenset':
      if (c.items.length === 0) return 'frozenset()';
      return `frozenset({${c.items.map(constRepr).join(', ')}})`;
    case 'code':
      return codeRepr(c.value);
  }
}

/** `repr(float)`: the shortest digits that round-trip (JS and Python agree on them), laid
 * out as Python's `float_repr_style = 'short'` does: exponent form when the decimal point
 * would sit more than 16 digits right or 4 or more zeros left (1e+16, 1e-05), else
 * positional with at least one digit after the point (1.0, 0.0001). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential());
  if (!m) throw new Error(`floatRepr: unexpected ${x.toExponential()}`);
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exponent = Number(m[4]);
  const decpt = exponent + 1; // value = 0.DIGITS * 10**decpt
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const exp = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${exp}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** Characters `str.isprintable()` rejects: categories Cc Cf Cs Co Cn Zl Zp Zs (the ASCII
 * space excepted, handled before this test). */
let nonPrintableRe: RegExp | null = null;
/** Built on first use (a Unicode property class costs V8 ~0.2 ms to build, every start if at load). */
const nonPrintable = (): RegExp => (nonPrintableRe ??= /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u);

/** `repr(str)` (unicode_repr): single quotes unless the text has ' and no ". */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (!nonPrintable().test(ch)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** `repr(bytes)`: b'...' with the same quote choice; bytes outside 0x20..0x7e as \xNN. */
export function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const byte of b) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) out += '\\x' + hex(byte, 2);
    else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

// ------------------------------------------------------------------ arguments

/** The parenthesised detail `dis` prints after an oparg ('' for none), by argument kind. */
export function argRepr(code: CodeObject, kind: ArgKind, oparg: number): string {
  switch (kind) {
    case 'none':
    case 'int':
    case 'invert': // IS_OP / CONTAINS_OP: 3.11 prints the bare 0 or 1
    case 'raise':
      return '';
    case 'const':
      return oparg < code.consts.length ? constRepr(code.consts[oparg]) : '';
    case 'name':
      return code.names[oparg] ?? '';
    case 'global': {
      const name = code.names[oparg >> 1];
      if (name === undefined) return '';
      return oparg & 1 ? `NULL + ${name}` : name;
    }
    case 'local':
      return code.localsplusnames[oparg] ?? '';
    case 'jump':
      return `to ${oparg}`;
    case 'binop':
      return NB_OPS[oparg] ?? '';
    case 'cmp':
      return CMP_OPS[oparg] ?? '';
    case 'format': {
      let repr: string = FORMAT_CONVERSIONS[oparg & 0x3];
      if (oparg & 0x4) repr += repr ? ', with format' : 'with format';
      return repr;
    }
    case 'makefn':
      return MAKE_FUNCTION_FLAG_NAMES.filter((_, bit) => oparg & (1 << bit)).join(', ');
  }
}

/** Offsets `>>` marks: jump targets, and handlers of non-empty exception-table rows. */
export function jumpTargets(code: CodeObject): Set<number> {
  const labels = new Set<number>();
  for (const word of code.code) {
    if (infoOf(word & 0xff).arg === 'jump') labels.add(word >>> 8);
  }
  for (const entry of code.exceptiontable) {
    if (entry.end > entry.start) labels.add(entry.target);
  }
  return labels;
}

function infoOf(op: number): OpcodeInfo {
  return (OPCODE_TABLE[op] as OpcodeInfo | undefined) ?? { name: `<${op}>`, arg: 'int', effect: '( -- )', doc: '' };
}

/** CPython's `findlinestarts`: instruction index -> line, where a new line starts. */
export function lineStarts(code: CodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  let last: number | null = null;
  for (let i = 0; i < code.code.length; i++) {
    const line = codeLine(code, i);
    if (line === -1 || line === undefined) continue;
    if (line !== last) {
      last = line;
      starts.set(i, line);
    }
  }
  return starts;
}

// ------------------------------------------------------------------ listing

/** One instruction as `dis` prints it (without the line break). */
export function formatInstruction(
  code: CodeObject,
  index: number,
  opts: { lineno?: number | null; linenoWidth?: number; offsetWidth?: number; current?: boolean; target?: boolean } = {},
): string {
  const word = code.code[index];
  const op = word & 0xff;
  const oparg = word >>> 8;
  const info = infoOf(op);
  const linenoWidth = opts.linenoWidth ?? 3;
  const fields: string[] = [];
  if (linenoWidth) {
    fields.push(opts.lineno !== undefined && opts.lineno !== null ? String(opts.lineno).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  }
  fields.push(opts.current ? '-->' : '   ');
  fields.push(opts.target ? '>>' : '  ');
  fields.push(String(index).padStart(opts.offsetWidth ?? 4));
  fields.push(info.name.padEnd(OPNAME_WIDTH));
  if (info.arg !== 'none') {
    fields.push(String(oparg).padStart(OPARG_WIDTH));
    const repr = argRepr(code, info.arg, oparg);
    if (repr) fields.push(`(${repr})`);
  }
  return fields.join(' ').trimEnd();
}

/** The listing of one code object (CPython's `dis.disassemble`), without nested ones.
 * `lasti` marks the current instruction with `-->` (for the debugger). */
export function disassembleOne(code: CodeObject, lasti = -1): string {
  const starts = lineStarts(code);
  const showLineno = starts.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    const maxLine = Math.max(...starts.values());
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = code.code.length - 1;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const targets = jumpTargets(code);
  let out = '';
  for (let i = 0; i < code.code.length; i++) {
    const lineno = starts.get(i);
    if (showLineno && lineno !== undefined && i > 0) out += '\n';
    out += formatInstruction(code, i, { lineno, linenoWidth, offsetWidth, current: i === lasti, target: targets.has(i) }) + '\n';
  }
  if (code.exceptiontable.length > 0) {
    out += 'ExceptionTable:\n';
    for (const e of code.exceptiontable) {
      out += `  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}\n`;
    }
  }
  return out;
}

/** `dis.dis(code)`: this code object, then every nested code object, depth first in
 * co_consts order. Every line ends with '\n'. */
export function disassemble(code: CodeObject): string {
  let out = disassembleOne(code);
  for (const c of code.consts) {
    if (c.type === 'code') {
      out += `\nDisassembly of ${codeRepr(c.value)}:\n`;
      out += disassemble(c.value);
    }
  }
  return out;
}
