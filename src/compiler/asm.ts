/*
 * gilvm's textual assembly (.pyasm): `disassembleAsm` prints a CodeObject tree in it,
 * `assemble` builds the tree back. grammar/bytecode.ohm (ohm-js) says what is well formed;
 * this file gives it meaning, checks it, and prints it. The invariant, tested over every
 * program: `assemble(disassembleAsm(c))` is structurally equal to `c`, so
 * `disassemble(c) === disassemble(assemble(disassembleAsm(c)))`.
 *
 * The format, by example (offsets are instruction indexes, as in dis.ts):
 *
 *     # comments run from '#' or ';' to the end of the line
 *     .code <module>                  # one code object per .code ... .end
 *         .filename "x.py"            # default: the file being assembled (nested: parent's)
 *         .firstlineno 1              # default 1
 *         .stacksize 3                # default: computed from the opcode table
 *         .names print x              # co_names, in order (more are added on first use)
 *         .const None                 # co_consts, in order (more are added on first use)
 *         .const .code f              # a nested code object is a constant
 *             .qualname f             # default: the name
 *             .argcount 1             # also .posonlyargcount, .kwonlyargcount; default 0
 *             .flags OPTIMIZED | NEWLOCALS   # CO_* names without CO_, or a number; default 0
 *             .local a                # localsplus slots in order: .local/.cell/.free NAME,
 *             .cell b                 #   more kinds after it (`.local a cell`: an argument
 *             .line 2                 #   that is a cell); `.slot NAME INT` for raw kinds
 *             LOAD_FAST a
 *             RETURN_VALUE
 *         .end
 *         .exception L1 to L2 -> L3 [0] lasti   # [L1, L2) handled at L3, depth 0 (3.12 form)
 *         .line 1                     # position of the following instructions (lineno
 *         RESUME 0                    #   only); `.pos 3:4-3:10` gives lineno:col_offset-
 *     L1: LOAD_GLOBAL NULL + print    #   end_lineno:end_col_offset; `.line None` clears
 *         LOAD_CONST 'hi'             # a constant by value (found in or added to co_consts)
 *         LOAD_CONST 0                # an INTEGER OPERAND IS ALWAYS THE RAW OPARG: index 0
 *         LOAD_CONST $42              # `$` + value: the int constant 42
 *         BINARY_OP +=                # operators, comparisons by symbol
 *         FORMAT_VALUE repr, with format
 *         MAKE_FUNCTION defaults, closure
 *         POP_JUMP_IF_FALSE L2        # jumps to labels (or `to L2`, or a raw index)
 *     L2: RETURN_VALUE
 *     .end
 *
 * Operands are read according to the opcode's argument kind in the opcode table
 * (opcodes.ts); opcode names are looked up there too, so this file lists no opcodes.
 * Names (co_names, locals) are bare identifiers or quoted strings ('.0'). Code objects are
 * constants at the top of a pool only (as CPython's compiler makes them): one inside a
 * tuple constant has no textual form and `disassembleAsm` refuses it. Local names must
 * be declared (a slot is a layout decision, not a pool entry); consts and names are pools
 * and grow on first use.
 *
 * The printer writes every field: header directives that differ from the defaults (and
 * always .firstlineno and .stacksize), all consts and names in order (so indexes are kept),
 * operands by value where that resolves to the same index, else the raw index with the
 * `dis` detail as a comment; labels L1, L2 ... for every jump target and exception-table
 * boundary; a position directive wherever the position changes.
 *
 * Errors: AsmError, message `FILE:LINE:COL: message` (1-based), for syntax errors (from
 * ohm's failure) and semantic ones (unknown opcode, missing argument, unknown label,
 * out-of-range argument, stack underflow when computing the stack size).
 *
 * Module state: the ohm grammar and its semantics, built on first use and kept for the
 * process (building them costs milliseconds; they are immutable once made).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ohm from 'ohm-js';
import type { CodeObject, Const, ExceptionTableEntry } from './code.js';
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR,
  CO_ITERABLE_COROUTINE, CO_NESTED, CO_NEWLOCALS, CO_NOFREE, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
} from './code.js';
import {
  CMP_OPS, NB_OPS, OPCODE_TABLE, opcodeInfo, stackEffect, stackPops, type ArgKind, type OpcodeInfo,
} from './opcodes.js';
import { argRepr, constRepr, FORMAT_CONVERSIONS, MAKE_FUNCTION_FLAG_NAMES, strRepr } from './dis.js';

/** An assembly error at a 1-based line and column; `message` is `FILE:LINE:COL: msg`. */
export class AsmError extends Error {
  constructor(
    readonly filename: string,
    readonly line: number,
    readonly column: number,
    readonly msg: string,
  ) {
    super(`${filename}:${line}:${column}: ${msg}`);
    this.name = 'AsmError';
  }
}

const MAX_OPARG = 0xffffff; // 24 bits (code.ts)

const CODE_FLAGS: readonly (readonly [string, number])[] = [
  ['OPTIMIZED', CO_OPTIMIZED], ['NEWLOCALS', CO_NEWLOCALS], ['VARARGS', CO_VARARGS],
  ['VARKEYWORDS', CO_VARKEYWORDS], ['NESTED', CO_NESTED], ['GENERATOR', CO_GENERATOR],
  ['NOFREE', CO_NOFREE], ['COROUTINE', CO_COROUTINE], ['ITERABLE_COROUTINE', CO_ITERABLE_COROUTINE],
  ['ASYNC_GENERATOR', CO_ASYNC_GENERATOR],
];

const SLOT_KINDS: readonly (readonly [string, number])[] = [
  ['local', CO_FAST_LOCAL], ['cell', CO_FAST_CELL], ['free', CO_FAST_FREE],
];

const OPCODE_BY_NAME: ReadonlyMap<string, number> = new Map(OPCODE_TABLE.map((row, i) => [row.name, i]));

// ================================================================== syntax tree

/** A source offset; turned into line:column only for an error message (ohm's
 * getLineAndColumn scans from the start of the text, too slow to call per node). */
type Loc = number;

type Operand =
  | { kind: 'nullPlus'; name: string; loc: Loc }
  | { kind: 'value'; value: Const; dollar: boolean; isInt: boolean; loc: Loc }
  | { kind: 'words'; items: string[][]; loc: Loc }
  | { kind: 'symbol'; text: string; loc: Loc };

type Target = { label: string } | { index: number };

type Item =
  | { kind: 'label'; name: string; loc: Loc }
  | { kind: 'instr'; opname: string; operand: Operand | null; loc: Loc }
  | { kind: 'header'; field: 'qualname' | 'filename'; value: string; loc: Loc }
  | { kind: 'count'; field: 'firstlineno' | 'argcount' | 'posonlyargcount' | 'kwonlyargcount' | 'stacksize'; value: number; loc: Loc }
  | { kind: 'flags'; value: number; loc: Loc }
  | { kind: 'const'; value: Const | CodeAst; loc: Loc }
  | { kind: 'names'; names: string[]; loc: Loc }
  | { kind: 'slot'; name: string; kinds: number; loc: Loc }
  | { kind: 'exception'; start: Target; end: Target; target: Target; depth: number; lasti: boolean; loc: Loc }
  | { kind: 'pos'; pos: [number, number, number, number]; loc: Loc };

interface CodeAst { kind: 'code'; name: string; items: Item[]; loc: Loc }

// ================================================================== grammar

interface Grammar { grammar: ohm.Grammar; semantics: ohm.Semantics }
let grammarCache: Grammar | null = null;

/** The package root: the nearest directory above this module holding package.json (this
 * module runs from src/compiler under vitest and from dist/src/compiler after tsc). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('gilvm: cannot find package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

function bytecodeGrammar(): Grammar {
  if (grammarCache) return grammarCache;
  const grammar = ohm.grammar(readFileSync(join(packageRoot(), 'grammar', 'bytecode.ohm'), 'utf8'));
  const semantics = grammar.createSemantics();
  addTreeOperation(semantics);
  grammarCache = { grammar, semantics };
  return grammarCache;
}

/** Thrown inside semantic actions (which know no file name); `assemble` adds it. */
class LocatedError extends Error {
  constructor(readonly loc: Loc, readonly msg: string) {
    super(msg);
  }
}

function locOf(node: ohm.Node): Loc {
  return node.source.startIdx;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function parseIntLit(text: string): bigint {
  const negative = text.startsWith('-');
  const value = BigInt(negative ? text.slice(1) : text); // BigInt reads 0x itself
  return negative ? -value : value;
}

function smallInt(node: ohm.Node): number {
  const loc = locOf(node);
  const v = parseIntLit(node.sourceString);
  if (v < BigInt(Number.MIN_SAFE_INTEGER) || v > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new LocatedError(loc, `integer ${node.sourceString} is too large`);
  }
  return Number(v);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', a: '\x07', b: '\b', f: '\f', v: '\v',
};

/** Decodes the body of a Python string literal (the escapes Python's repr writes, and the
 * other standard ones; an unknown escape keeps its backslash, as Python does). For bytes,
 * \u and \U are not escapes and every character must be below 256. */
function decodeEscapes(body: string, bytes: boolean, loc: Loc): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
    } else if (next >= '0' && next <= '7') {
      let digits = next;
      while (digits.length < 3 && body[i + 1] >= '0' && body[i + 1] <= '7') digits += body[++i];
      out += String.fromCodePoint(parseInt(digits, 8));
    } else if (next === 'x' || (!bytes && (next === 'u' || next === 'U'))) {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hexDigits = body.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hexDigits) || hexDigits.length !== width) {
        throw new LocatedError(loc, `truncated \\${next} escape`);
      }
      const cp = parseInt(hexDigits, 16);
      if (cp > 0x10ffff) throw new LocatedError(loc, `illegal Unicode character \\${next}${hexDigits}`);
      out += String.fromCodePoint(cp);
      i += width;
    } else {
      out += '\\' + next;
    }
  }
  return out;
}

function addTreeOperation(semantics: ohm.Semantics): void {
  const strBody = (node: ohm.Node): string => node.sourceString.slice(1, -1);
  semantics.addOperation<unknown>('tree', {
    File(_pre, code, _post) {
      return code.tree();
    },
    CodeBlock(_kw, name, _eol, lines, _end): CodeAst {
      return { kind: 'code', name: name.tree() as string, items: lines.children.flatMap((l) => l.tree() as Item[]), loc: locOf(this) };
    },
    Line(labels, statement, _eol): Item[] {
      const items: Item[] = labels.children.map((l) => l.tree() as Item);
      if (statement.numChildren > 0) items.push(statement.children[0].tree() as Item);
      return items;
    },
    LabelDef(name, _colon): Item {
      return { kind: 'label', name: name.sourceString, loc: locOf(this) };
    },
    Directive_qualname(_kw, name): Item {
      return { kind: 'header', field: 'qualname', value: name.tree() as string, loc: locOf(this) };
    },
    Directive_filename(_kw, name): Item {
      return { kind: 'header', field: 'filename', value: name.tree() as string, loc: locOf(this) };
    },
    Directive_firstlineno(_kw, n): Item {
      return { kind: 'count', field: 'firstlineno', value: smallInt(n), loc: locOf(this) };
    },
    Directive_argcount(_kw, n): Item {
      return { kind: 'count', field: 'argcount', value: smallInt(n), loc: locOf(this) };
    },
    Directive_posonlyargcount(_kw, n): Item {
      return { kind: 'count', field: 'posonlyargcount', value: smallInt(n), loc: locOf(this) };
    },
    Directive_kwonlyargcount(_kw, n): Item {
      return { kind: 'count', field: 'kwonlyargcount', value: smallInt(n), loc: locOf(this) };
    },
    Directive_stacksize(_kw, n): Item {
      return { kind: 'count', field: 'stacksize', value: smallInt(n), loc: locOf(this) };
    },
    Directive_flags(_kw, list): Item {
      let value = 0;
      for (const item of list.asIteration().children) {
        const inner = item.children[0];
        if (inner.ctorName === 'intLit') {
          value |= smallInt(inner);
        } else {
          const flag = CODE_FLAGS.find(([n]) => n === inner.sourceString);
          if (!flag) throw new LocatedError(locOf(inner), `unknown code flag '${inner.sourceString}' (known: ${CODE_FLAGS.map(([n]) => n).join(', ')})`);
          value |= flag[1];
        }
      }
      return { kind: 'flags', value, loc: locOf(this) };
    },
    Directive_const(_kw, _dollar, arg): Item {
      return { kind: 'const', value: arg.tree() as Const | CodeAst, loc: locOf(arg) };
    },
    ConstArg(inner) {
      return inner.tree();
    },
    Directive_names(_kw, names): Item {
      return { kind: 'names', names: names.children.map((n) => n.tree() as string), loc: locOf(this) };
    },
    Directive_local(_kw, name, kinds): Item {
      return slotItem(this, name, CO_FAST_LOCAL, kinds);
    },
    Directive_cell(_kw, name, kinds): Item {
      return slotItem(this, name, CO_FAST_CELL, kinds);
    },
    Directive_free(_kw, name, kinds): Item {
      return slotItem(this, name, CO_FAST_FREE, kinds);
    },
    Directive_slot(_kw, name, kinds): Item {
      return { kind: 'slot', name: name.tree() as string, kinds: smallInt(kinds), loc: locOf(this) };
    },
    Directive_exception(_kw, start, _to, end, _arrow, target, _lb, depth, _rb, lasti): Item {
      return {
        kind: 'exception', start: start.tree() as Target, end: end.tree() as Target, target: target.tree() as Target,
        depth: smallInt(depth), lasti: lasti.numChildren > 0, loc: locOf(this),
      };
    },
    Target(inner): Target {
      return inner.ctorName === 'intLit' ? { index: smallInt(inner) } : { label: inner.sourceString };
    },
    Directive_line(_kw, arg): Item {
      if (arg.sourceString.startsWith('None')) return { kind: 'pos', pos: [-1, -1, -1, -1], loc: locOf(this) };
      const line = smallInt(arg);
      return { kind: 'pos', pos: [line, -1, line, -1], loc: locOf(this) };
    },
    Directive_pos(_kw, l, _c1, c, _dash, el, _c2, ec): Item {
      return { kind: 'pos', pos: [smallInt(l), smallInt(c), smallInt(el), smallInt(ec)], loc: locOf(this) };
    },
    Instruction(opname, operand): Item {
      return {
        kind: 'instr', opname: opname.sourceString,
        operand: operand.numChildren > 0 ? (operand.children[0].tree() as Operand) : null, loc: locOf(this),
      };
    },
    Operand_nullPlus(_null, _plus, name): Operand {
      return { kind: 'nullPlus', name: name.tree() as string, loc: locOf(this) };
    },
    Operand_dollar(_dollar, value): Operand {
      return { kind: 'value', value: value.tree() as Const, dollar: true, isInt: false, loc: locOf(this) };
    },
    Operand_words(list): Operand {
      const items = list.asIteration().children.map((w) => w.children[0].children.map((c) => c.sourceString));
      return { kind: 'words', items, loc: locOf(this) };
    },
    Operand_value(value): Operand {
      const isInt = value.children[0].ctorName === 'intLit';
      return { kind: 'value', value: value.tree() as Const, dollar: false, isInt, loc: locOf(this) };
    },
    Operand_symbol(sym): Operand {
      return { kind: 'symbol', text: sym.sourceString, loc: locOf(this) };
    },
    Value(inner): Const {
      return inner.tree() as Const;
    },
    Tuple(_open, items, _comma, _close): Const {
      return { type: 'tuple', items: items.asIteration().children.map((c) => c.tree() as Const) };
    },
    Frozenset(_kw, _open, _lb, items, _comma, _rb, _close): Const {
      const list = items.numChildren > 0 ? items.children[0].asIteration().children : [];
      return { type: 'frozenset', items: list.map((c) => c.tree() as Const) };
    },
    keywordConst(word): Const {
      switch (word.sourceString) {
        case 'None': return { type: 'None' };
        case 'True': return { type: 'bool', value: true };
        case 'False': return { type: 'bool', value: false };
        case 'Ellipsis': return { type: 'Ellipsis' };
        case 'inf': return { type: 'float', value: Infinity };
        default: return { type: 'float', value: NaN };
      }
    },
    floatLit(_inner): Const {
      const text = this.sourceString;
      if (text === '-inf') return { type: 'float', value: -Infinity };
      if (text === '-nan') return { type: 'float', value: NaN };
      return { type: 'float', value: Number(text) };
    },
    intLit(_inner): Const {
      return { type: 'int', value: parseIntLit(this.sourceString) };
    },
    strLit(_inner): Const {
      return { type: 'str', value: decodeEscapes(strBody(this), false, locOf(this)) };
    },
    bytesLit(_b, str): Const {
      const text = decodeEscapes(strBody(str), true, locOf(this));
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code > 0xff) throw new LocatedError(locOf(this), 'bytes can only contain ASCII literal characters');
        bytes[i] = code;
      }
      return { type: 'bytes', value: bytes };
    },
    nameArg(inner): string {
      return inner.ctorName === 'strLit' ? (inner.tree() as { value: string }).value : inner.sourceString;
    },
    codeName(inner): string {
      return inner.ctorName === 'strLit' ? (inner.tree() as { value: string }).value : inner.sourceString;
    },
  });
}

function slotItem(node: ohm.Node, name: ohm.Node, first: number, more: ohm.Node): Item {
  let kinds = first;
  for (const k of more.children) kinds |= SLOT_KINDS.find(([n]) => k.sourceString.startsWith(n))![1];
  return { kind: 'slot', name: name.tree() as string, kinds, loc: locOf(node) };
}

// ================================================================== assembling

/** Parses and builds a CodeObject tree from assembly text. Throws AsmError. */
export function assemble(text: string, filename: string): CodeObject {
  const { grammar, semantics } = bytecodeGrammar();
  const match = grammar.match(text);
  if (match.failed()) {
    const { lineNum, colNum } = match.getInterval().getLineAndColumn();
    const short = match.shortMessage ?? 'syntax error';
    throw new AsmError(filename, lineNum, colNum, short.replace(/^Line \d+, col \d+: /, ''));
  }
  try {
    const ast = semantics(match).tree() as CodeAst;
    return buildCode(ast, filename);
  } catch (e) {
    if (e instanceof LocatedError) {
      const { line, column } = lineAndColumn(text, e.loc);
      throw new AsmError(filename, line, column, e.msg);
    }
    throw e;
  }
}

interface PendingInstr { op: number; info: OpcodeInfo; operand: Operand | null; loc: Loc }

function buildCode(ast: CodeAst, defaultFilename: string): CodeObject {
  let qualname: string | null = null;
  let filename = defaultFilename;
  const counts = { firstlineno: 1, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, stacksize: -1 };
  let flags = 0;
  const constItems: { value: Const | CodeAst; loc: Loc }[] = [];
  const names: string[] = [];
  const slotNames: string[] = [];
  const slotKinds: number[] = [];
  const exceptionItems: Extract<Item, { kind: 'exception' }>[] = [];
  const labels = new Map<string, number>();
  const instrs: PendingInstr[] = [];
  const positions: number[] = [];
  let pos: [number, number, number, number] = [-1, -1, -1, -1];

  for (const item of ast.items) {
    switch (item.kind) {
      case 'label':
        if (labels.has(item.name)) throw new LocatedError(item.loc, `label '${item.name}' is defined twice`);
        labels.set(item.name, instrs.length);
        break;
      case 'instr': {
        const op = OPCODE_BY_NAME.get(item.opname);
        if (op === undefined) throw new LocatedError(item.loc, `unknown opcode '${item.opname}'`);
        instrs.push({ op, info: opcodeInfo(op), operand: item.operand, loc: item.loc });
        positions.push(...pos);
        break;
      }
      case 'header':
        if (item.field === 'qualname') qualname = item.value;
        else filename = item.value;
        break;
      case 'count':
        if (item.value < 0) throw new LocatedError(item.loc, `.${item.field} must not be negative`);
        counts[item.field] = item.value;
        break;
      case 'flags':
        flags = item.value;
        break;
      case 'const':
        constItems.push({ value: item.value, loc: item.loc });
        break;
      case 'names':
        names.push(...item.names);
        break;
      case 'slot':
        if (item.kinds < 0 || item.kinds > 0xff) throw new LocatedError(item.loc, 'slot kind out of range 0..255');
        slotNames.push(item.name);
        slotKinds.push(item.kinds);
        break;
      case 'exception':
        exceptionItems.push(item);
        break;
      case 'pos':
        pos = item.pos;
        break;
    }
  }

  const consts: Const[] = constItems.map(({ value }): Const =>
    'kind' in value ? { type: 'code', value: buildCode(value, filename) } : value,
  );
  const n = instrs.length;
  const resolveTarget = (t: Target, loc: Loc, allowEnd: boolean): number => {
    const index = 'label' in t ? labels.get(t.label) : t.index;
    if (index === undefined) throw new LocatedError(loc, `unknown label '${(t as { label: string }).label}'`);
    if (index < 0 || index > n || (index === n && !allowEnd)) {
      throw new LocatedError(loc, `instruction index ${index} out of range 0..${allowEnd ? n : n - 1}`);
    }
    return index;
  };
  const exceptiontable: ExceptionTableEntry[] = exceptionItems.map((e) => {
    const entry = {
      start: resolveTarget(e.start, e.loc, true),
      end: resolveTarget(e.end, e.loc, true),
      target: resolveTarget(e.target, e.loc, false),
      depth: e.depth,
      lasti: e.lasti,
    };
    if (entry.end < entry.start) throw new LocatedError(e.loc, 'exception range ends before it starts');
    if (entry.depth < 0) throw new LocatedError(e.loc, 'exception depth must not be negative');
    return entry;
  });

  const context: OperandContext = { consts, names, slotNames, labels, n };
  const code = new Uint32Array(n);
  instrs.forEach((instr, i) => {
    const oparg = resolveOperand(instr, context);
    code[i] = ((oparg << 8) | instr.op) >>> 0;
  });

  const result: CodeObject = {
    name: ast.name,
    qualname: qualname ?? ast.name,
    filename,
    firstlineno: counts.firstlineno,
    argcount: counts.argcount,
    posonlyargcount: counts.posonlyargcount,
    kwonlyargcount: counts.kwonlyargcount,
    flags,
    stacksize: 0,
    code,
    consts,
    names,
    localsplusnames: slotNames,
    localspluskinds: Uint8Array.from(slotKinds),
    exceptiontable,
    positions: Int32Array.from(positions),
  };
  result.stacksize = counts.stacksize >= 0 ? counts.stacksize : computeStackSize(result, instrs.map((i) => i.loc));
  return result;
}

interface OperandContext {
  consts: Const[];
  names: string[];
  slotNames: string[];
  labels: Map<string, number>;
  n: number;
}

/** The one identifier an operand consists of, if it is a single bare word. */
function singleWord(operand: Operand): string | null {
  if (operand.kind === 'words' && operand.items.length === 1 && operand.items[0].length === 1) return operand.items[0][0];
  return null;
}

/** A name operand: a bare identifier or a quoted string. */
function nameOperand(operand: Operand): string | null {
  const word = singleWord(operand);
  if (word !== null) return word;
  if (operand.kind === 'value' && !operand.dollar && operand.value.type === 'str') return operand.value.value;
  return null;
}

function rawOparg(operand: Operand): number | null {
  if (operand.kind !== 'value' || !operand.isInt || operand.value.type !== 'int') return null;
  const v = operand.value.value;
  if (v < 0n || v > BigInt(MAX_OPARG)) throw new LocatedError(operand.loc, `argument ${v} out of range 0..${MAX_OPARG}`);
  return Number(v);
}

function checkRange(operand: Operand, value: number, limit: number, what: string): number {
  if (value >= limit) throw new LocatedError(operand.loc, `${what} index ${value} out of range (${limit === 0 ? 'there are none' : `0..${limit - 1}`})`);
  return value;
}

function internName(names: string[], name: string): number {
  const i = names.indexOf(name);
  if (i >= 0) return i;
  names.push(name);
  return names.length - 1;
}

const KEYWORD_CONSTS: Record<string, Const> = {
  None: { type: 'None' }, True: { type: 'bool', value: true }, False: { type: 'bool', value: false },
  Ellipsis: { type: 'Ellipsis' }, inf: { type: 'float', value: Infinity }, nan: { type: 'float', value: NaN },
};

const KIND_EXPECTS: Record<ArgKind, string> = {
  none: 'no argument',
  int: 'an integer',
  const: 'a constant index, a constant value or $value',
  name: 'a name',
  global: 'a name or NULL + name',
  local: 'a local variable name',
  jump: 'a label',
  binop: `an operator (${NB_OPS.join(' ')})`,
  cmp: `a comparison (${CMP_OPS.join(' ')})`,
  invert: 'an integer (0 or 1)',
  format: "conversion and flag words ('str', 'repr', 'ascii', 'with format')",
  raise: 'an integer (0, 1 or 2)',
  makefn: `flag words (${MAKE_FUNCTION_FLAG_NAMES.join(', ')})`,
};

function resolveOperand(instr: PendingInstr, ctx: OperandContext): number {
  const { info, operand } = instr;
  const kind = info.arg;
  if (operand === null) {
    if (kind === 'none') return 0;
    throw new LocatedError(instr.loc, `${info.name} needs an argument: ${KIND_EXPECTS[kind]}`);
  }
  const raw = kind === 'const' ? null : rawOparg(operand);
  const bad = (): never => {
    throw new LocatedError(operand.loc, `bad argument for ${info.name}: expected ${KIND_EXPECTS[kind]}`);
  };
  switch (kind) {
    case 'none':
    case 'int':
      return raw ?? bad();
    case 'invert':
      if (raw === null || raw > 1) bad();
      return raw!;
    case 'raise':
      if (raw === null || raw > 2) bad();
      return raw!;
    case 'const': {
      if (operand.kind === 'value' && operand.isInt && operand.value.type === 'int') {
        const v = operand.value.value;
        if (v < 0n || v >= BigInt(ctx.consts.length)) {
          const range = ctx.consts.length === 0 ? 'there are none' : `0..${ctx.consts.length - 1}`;
          throw new LocatedError(operand.loc, `constant index ${v} out of range (${range}); write $${v} for the int constant ${v}`);
        }
        return Number(v);
      }
      let value: Const | null = null;
      if (operand.kind === 'value') value = operand.value;
      const word = singleWord(operand);
      if (word !== null && word in KEYWORD_CONSTS) value = KEYWORD_CONSTS[word];
      if (value === null) return bad();
      const found = ctx.consts.findIndex((c) => constEquals(c, value!));
      if (found >= 0) return found;
      ctx.consts.push(value);
      return ctx.consts.length - 1;
    }
    case 'name': {
      if (raw !== null) return checkRange(operand, raw, ctx.names.length, 'name');
      const name = nameOperand(operand);
      return name === null ? bad() : internName(ctx.names, name);
    }
    case 'global': {
      if (raw !== null) {
        checkRange(operand, raw >> 1, ctx.names.length, 'name');
        return raw;
      }
      if (operand.kind === 'nullPlus') return (internName(ctx.names, operand.name) << 1) | 1;
      const name = nameOperand(operand);
      return name === null ? bad() : internName(ctx.names, name) << 1;
    }
    case 'local': {
      if (raw !== null) return checkRange(operand, raw, ctx.slotNames.length, 'local');
      const name = nameOperand(operand);
      if (name === null) return bad();
      const i = ctx.slotNames.indexOf(name);
      if (i < 0) throw new LocatedError(operand.loc, `unknown local variable '${name}' (declare it with .local, .cell or .free)`);
      return i;
    }
    case 'jump': {
      if (raw !== null) return checkRange(operand, raw, ctx.n, 'jump target');
      let words = operand.kind === 'words' && operand.items.length === 1 ? operand.items[0] : null;
      if (words && words.length === 2 && words[0] === 'to') words = words.slice(1);
      if (!words || words.length !== 1) return bad();
      const target = ctx.labels.get(words[0]);
      if (target === undefined) throw new LocatedError(operand.loc, `unknown label '${words[0]}'`);
      if (target >= ctx.n) throw new LocatedError(operand.loc, `label '${words[0]}' is past the last instruction`);
      return target;
    }
    case 'binop':
    case 'cmp': {
      const table: readonly string[] = kind === 'binop' ? NB_OPS : CMP_OPS;
      if (raw !== null) return checkRange(operand, raw, table.length, 'operator');
      const i = operand.kind === 'symbol' ? table.indexOf(operand.text) : -1;
      return i < 0 ? bad() : i;
    }
    case 'format':
    case 'makefn': {
      if (raw !== null) return checkRange(operand, raw, kind === 'format' ? 8 : 16, 'flags');
      if (operand.kind !== 'words') return bad();
      let flags = 0;
      for (const words of operand.items) {
        const phrase = words.join(' ');
        if (kind === 'format') {
          const conv = FORMAT_CONVERSIONS.indexOf(phrase as (typeof FORMAT_CONVERSIONS)[number]);
          if (conv > 0) flags = (flags & ~0x3) | conv;
          else if (phrase === 'with format') flags |= 0x4;
          else bad();
        } else {
          const bit = MAKE_FUNCTION_FLAG_NAMES.indexOf(phrase as (typeof MAKE_FUNCTION_FLAG_NAMES)[number]);
          if (bit < 0) bad();
          flags |= 1 << bit;
        }
      }
      return flags;
    }
  }
}

/** Structural equality of constants (type and value; -0.0 differs from 0.0, NaN equals
 * NaN; code objects only by identity). */
export function constEquals(a: Const, b: Const): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'int':
    case 'str':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'float':
      return Object.is(a.value, (b as typeof a).value);
    case 'bytes': {
      const other = (b as typeof a).value;
      return a.value.length === other.length && a.value.every((x, i) => x === other[i]);
    }
    case 'None':
    case 'Ellipsis':
      return true;
    case 'tuple':
    case 'frozenset': {
      const other = (b as typeof a).items;
      return a.items.length === other.length && a.items.every((x, i) => constEquals(x, other[i]));
    }
    case 'code':
      return a.value === (b as typeof a).value;
  }
}

/** Maximum value-stack depth by flow analysis over the opcode table's stack effects, as
 * CPython's `stackdepth()`: from instruction 0 at depth 0 and from every exception handler
 * at its table depth (+1 for lasti, +1 for the exception), following fall-through and jump
 * edges. `locs` (one per instruction) locate underflow errors; without them (code from
 * elsewhere) an underflow is an Error. */
export function computeStackSize(code: CodeObject, locs?: Loc[]): number {
  const n = code.code.length;
  const depthAt = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (index: number, depth: number): void => {
    if (index >= n) return;
    if (depth > max) max = depth;
    if (depthAt[index] >= depth) return;
    depthAt[index] = depth;
    work.push(index);
  };
  reach(0, 0);
  for (const e of code.exceptiontable) {
    if (e.end > e.start) reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1);
  }
  while (work.length > 0) {
    const i = work.pop()!;
    const depth = depthAt[i];
    const word = code.code[i];
    const op = word & 0xff;
    const oparg = word >>> 8;
    const info = opcodeInfo(op);
    if (depth < stackPops(op, oparg)) {
      const msg = `stack underflow: ${info.name} needs ${stackPops(op, oparg)} item(s), the stack has ${depth} here`;
      if (locs) throw new LocatedError(locs[i], msg);
      throw new Error(msg);
    }
    if (info.arg === 'jump') reach(oparg, depth + stackEffect(op, oparg, true));
    if (!info.terminal) reach(i + 1, depth + stackEffect(op, oparg, false));
  }
  return max;
}

// ================================================================== printing

const INDENT = '    ';

/** Prints a CodeObject tree as assembly that `assemble` turns back into an equal tree. */
export function disassembleAsm(code: CodeObject): string {
  const lines = ['# gilvm assembly: offsets are instruction indexes; `gilvm asm FILE` reads it back'];
  printCode(code, '', null, lines, '.code', '');
  return lines.join('\n') + '\n';
}

const BARE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const BARE_CODE_NAME = /^[^\s#;'"]+$/;

function nameToken(name: string): string {
  return BARE_NAME.test(name) ? name : strRepr(name);
}

function codeNameToken(name: string): string {
  return BARE_CODE_NAME.test(name) ? name : strRepr(name);
}

/** A constant as an operand (or after `.const`): ints need `$` as operands, where a bare
 * integer means the raw index. */
function valueToken(c: Const, asOperand: boolean): string {
  if ((c.type === 'tuple' || c.type === 'frozenset') && c.items.some(containsCode)) {
    throw new Error('disassembleAsm: a code object inside a tuple constant has no textual form');
  }
  return c.type === 'int' && asOperand ? '$' + c.value.toString() : constRepr(c);
}

/** Appends `code`'s block to `lines`; `opener` is `.code`, or `.const .code` for a nested
 * code object, `comment` goes on the opening line. */
function containsCode(c: Const): boolean {
  return c.type === 'code' || ((c.type === 'tuple' || c.type === 'frozenset') && c.items.some(containsCode));
}

function printCode(code: CodeObject, indent: string, parentFilename: string | null, lines: string[], opener: string, comment: string): void {
  const inner = indent + INDENT;
  lines.push(`${indent}${opener} ${codeNameToken(code.name)}${comment}`);
  if (code.qualname !== code.name) lines.push(`${inner}.qualname ${codeNameToken(code.qualname)}`);
  if (code.filename !== parentFilename) lines.push(`${inner}.filename ${strRepr(code.filename)}`);
  lines.push(`${inner}.firstlineno ${code.firstlineno}`);
  if (code.argcount) lines.push(`${inner}.argcount ${code.argcount}`);
  if (code.posonlyargcount) lines.push(`${inner}.posonlyargcount ${code.posonlyargcount}`);
  if (code.kwonlyargcount) lines.push(`${inner}.kwonlyargcount ${code.kwonlyargcount}`);
  if (code.flags) lines.push(`${inner}.flags ${flagsToken(code.flags)}`);
  lines.push(`${inner}.stacksize ${code.stacksize}`);
  for (let i = 0; i < code.names.length; i += 8) {
    lines.push(`${inner}.names ${code.names.slice(i, i + 8).map(nameToken).join(' ')}`);
  }
  code.localsplusnames.forEach((name, i) => lines.push(`${inner}${slotDirective(name, code.localspluskinds[i])}  # ${i}`));
  code.consts.forEach((c, i) => {
    if (c.type === 'code') {
      printCode(c.value, inner, code.filename, lines, '.const .code', `  # ${i}`);
    } else {
      lines.push(`${inner}.const ${valueToken(c, false)}  # ${i}`);
    }
  });

  const n = code.code.length;
  const labelOffsets = new Set<number>();
  for (const word of code.code) {
    if (opcodeInfo(word & 0xff).arg === 'jump' && word >>> 8 < n) labelOffsets.add(word >>> 8);
  }
  for (const e of code.exceptiontable) {
    labelOffsets.add(e.start).add(e.end).add(e.target);
  }
  const labels = new Map<number, string>([...labelOffsets].sort((a, b) => a - b).map((off, k) => [off, `L${k + 1}`]));
  for (const e of code.exceptiontable) {
    lines.push(`${inner}.exception ${labels.get(e.start)} to ${labels.get(e.end)} -> ${labels.get(e.target)} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }

  let pos = [-1, -1, -1, -1];
  for (let i = 0; i <= n; i++) {
    const label = labels.get(i);
    if (label) lines.push(`${indent}${label}:`);
    if (i === n) break;
    const p = Array.from(code.positions.subarray(i * 4, i * 4 + 4));
    if (p.some((x, k) => x !== pos[k])) {
      lines.push(`${inner}${positionDirective(p)}`);
      pos = p;
    }
    lines.push(`${inner}${instructionText(code, i, labels)}`);
  }
  lines.push(`${indent}.end`);
}

function positionDirective([line, col, endLine, endCol]: number[]): string {
  if (line === -1 && col === -1 && endLine === -1 && endCol === -1) return '.line None';
  if (col === -1 && endCol === -1 && endLine === line) return `.line ${line}`;
  return `.pos ${line}:${col}-${endLine}:${endCol}`;
}

function flagsToken(flags: number): string {
  const parts: string[] = [];
  let rest = flags;
  for (const [name, bit] of CODE_FLAGS) {
    if (flags & bit) {
      parts.push(name);
      rest &= ~bit;
    }
  }
  if (rest) parts.push('0x' + rest.toString(16));
  return parts.join(' | ');
}

function slotDirective(name: string, kinds: number): string {
  const words = SLOT_KINDS.filter(([, bit]) => kinds & bit).map(([w]) => w);
  const known = SLOT_KINDS.reduce((acc, [, bit]) => (kinds & bit ? acc | bit : acc), 0);
  if (words.length === 0 || known !== kinds) return `.slot ${nameToken(name)} ${kinds}`;
  return `.${words[0]} ${nameToken(name)}${words.slice(1).map((w) => ' ' + w).join('')}`;
}

function instructionText(code: CodeObject, i: number, labels: Map<number, string>): string {
  const word = code.code[i];
  const op = word & 0xff;
  const oparg = word >>> 8;
  const info = opcodeInfo(op);
  const operand = operandToken(code, info.arg, oparg, labels);
  if (operand === null) {
    // A raw integer: show what dis would say about it.
    const detail = info.arg === 'none' ? '' : argRepr(code, info.arg, oparg);
    if (info.arg === 'none' && oparg === 0) return info.name;
    return `${info.name} ${oparg}${detail ? `  # ${detail}` : ''}`;
  }
  return `${info.name} ${operand}`;
}

/** The symbolic operand, or null to print the raw oparg. */
function operandToken(code: CodeObject, kind: ArgKind, oparg: number, labels: Map<number, string>): string | null {
  switch (kind) {
    case 'none':
    case 'int':
    case 'invert':
    case 'raise':
      return null;
    case 'const': {
      const c = code.consts[oparg];
      if (c === undefined || c.type === 'code') return null;
      return code.consts.findIndex((x) => constEquals(x, c)) === oparg ? valueToken(c, true) : null;
    }
    case 'name': {
      const name = code.names[oparg];
      return name !== undefined && code.names.indexOf(name) === oparg ? nameToken(name) : null;
    }
    case 'global': {
      const name = code.names[oparg >> 1];
      if (name === undefined || code.names.indexOf(name) !== oparg >> 1) return null;
      return oparg & 1 ? `NULL + ${nameToken(name)}` : nameToken(name);
    }
    case 'local': {
      const name = code.localsplusnames[oparg];
      return name !== undefined && code.localsplusnames.indexOf(name) === oparg ? nameToken(name) : null;
    }
    case 'jump':
      return labels.get(oparg) ?? null;
    case 'binop':
      return NB_OPS[oparg] ?? null;
    case 'cmp':
      return CMP_OPS[oparg] ?? null;
    case 'format':
    case 'makefn':
      return oparg === 0 || (kind === 'format' ? oparg > 7 : oparg > 15) ? null : argRepr(code, kind, oparg);
  }
}
