/*
 * Lexer tests: token stream shapes (CPython 3.11's tokenizer is the reference: NEWLINE,
 * INDENT/DEDENT, brackets, continuation), every number and string form, the errors of
 * test/frontend/lexer-errors/*.py against the output python3 printed for them (the
 * .expected files were generated once with `python3 NAME.py 2> NAME.expected` and the path
 * shortened to the file name; imag.expected is gilvm's own message), and a no-crash loop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IToken } from 'chevrotain';
import { tokenize } from '../../src/frontend/lexer.js';
import { formatSyntaxError, PySyntaxError } from '../../src/frontend/errors.js';

/** Token stream as "TYPE" or "TYPE:image" strings (image for names, numbers, strings, ops). */
function shape(tokens: IToken[]): string[] {
  return tokens.map((t) => {
    const n = t.tokenType.name;
    if (n === 'NEWLINE' || n === 'INDENT' || n === 'DEDENT') return n;
    return `${n}:${t.image}`;
  });
}

function lex(src: string): string[] {
  const r = tokenize(src, 'test.py');
  if (r.error) throw new Error(`unexpected error: ${r.error.msg}`);
  return shape(r.tokens);
}

function lexError(src: string): PySyntaxError {
  const r = tokenize(src, 'test.py');
  expect(r.error).not.toBeNull();
  return r.error!;
}

describe('layout', () => {
  it('simple statement and final NEWLINE', () => {
    expect(lex('x = 1\n')).toEqual(['NAME:x', 'EQUAL:=', 'NUMBER:1', 'NEWLINE']);
    expect(lex('x = 1')).toEqual(['NAME:x', 'EQUAL:=', 'NUMBER:1', 'NEWLINE']);
  });

  it('empty and blank files', () => {
    expect(lex('')).toEqual([]);
    expect(lex('\n\n  \n# c\n   # d')).toEqual([]);
  });

  it('nested blocks and multi-level dedent', () => {
    const src = 'if a:\n    if b:\n        c\n    d\nif e:\n  if f:\n    g\nh\n';
    expect(lex(src)).toEqual([
      'if:if', 'NAME:a', 'COLON::', 'NEWLINE',
      'INDENT', 'if:if', 'NAME:b', 'COLON::', 'NEWLINE',
      'INDENT', 'NAME:c', 'NEWLINE',
      'DEDENT', 'NAME:d', 'NEWLINE',
      'DEDENT', 'if:if', 'NAME:e', 'COLON::', 'NEWLINE',
      'INDENT', 'if:if', 'NAME:f', 'COLON::', 'NEWLINE',
      'INDENT', 'NAME:g', 'NEWLINE',
      'DEDENT', 'DEDENT', 'NAME:h', 'NEWLINE',
    ]);
  });

  it('closes blocks at EOF, with and without final newline', () => {
    const expected = ['def:def', 'NAME:f', 'LPAR:(', 'RPAR:)', 'COLON::', 'NEWLINE', 'INDENT', 'while:while',
      'NAME:x', 'COLON::', 'NEWLINE', 'INDENT', 'pass:pass', 'NEWLINE', 'DEDENT', 'DEDENT'];
    expect(lex('def f():\n  while x:\n    pass\n')).toEqual(expected);
    expect(lex('def f():\n  while x:\n    pass')).toEqual(expected);
    expect(lex('def f():\n  while x:\n    pass\n\n   # trailing\n')).toEqual(expected);
  });

  it('ignores blank and comment-only lines whatever their indentation', () => {
    expect(lex('if a:\n    b\n\n  # comment\n        \n    c\n')).toEqual([
      'if:if', 'NAME:a', 'COLON::', 'NEWLINE', 'INDENT', 'NAME:b', 'NEWLINE', 'NAME:c', 'NEWLINE', 'DEDENT',
    ]);
  });

  it('joins lines inside brackets', () => {
    expect(lex('x = (1,\n     2,\n\n  # c\n3)\ny = [\n]\n')).toEqual([
      'NAME:x', 'EQUAL:=', 'LPAR:(', 'NUMBER:1', 'COMMA:,', 'NUMBER:2', 'COMMA:,', 'NUMBER:3', 'RPAR:)', 'NEWLINE',
      'NAME:y', 'EQUAL:=', 'LSQB:[', 'RSQB:]', 'NEWLINE',
    ]);
  });

  it('joins lines after a backslash', () => {
    expect(lex('x = 1 + \\\n        2\ny = 3\n')).toEqual([
      'NAME:x', 'EQUAL:=', 'NUMBER:1', 'PLUS:+', 'NUMBER:2', 'NEWLINE', 'NAME:y', 'EQUAL:=', 'NUMBER:3', 'NEWLINE',
    ]);
    expect(lex('if a:\n    x = \\\n1\n    y\n')).toEqual([
      'if:if', 'NAME:a', 'COLON::', 'NEWLINE', 'INDENT', 'NAME:x', 'EQUAL:=', 'NUMBER:1', 'NEWLINE', 'NAME:y',
      'NEWLINE', 'DEDENT',
    ]);
  });

  it('tabs count to multiples of 8 when consistent', () => {
    expect(lex('if a:\n\tb\n\tif c:\n\t\td\n\te\n')).toEqual([
      'if:if', 'NAME:a', 'COLON::', 'NEWLINE', 'INDENT', 'NAME:b', 'NEWLINE', 'if:if', 'NAME:c', 'COLON::', 'NEWLINE',
      'INDENT', 'NAME:d', 'NEWLINE', 'DEDENT', 'NAME:e', 'NEWLINE', 'DEDENT',
    ]);
  });

  it('form feed resets the indentation column', () => {
    expect(lex('if a:\n    b\n\f    c\n\fd\n')).toEqual([
      'if:if', 'NAME:a', 'COLON::', 'NEWLINE', 'INDENT', 'NAME:b', 'NEWLINE', 'NAME:c', 'NEWLINE', 'DEDENT', 'NAME:d', 'NEWLINE',
    ]);
  });

  it('accepts a BOM, CRLF and lone CR line ends', () => {
    const expected = ['if:if', 'NAME:a', 'COLON::', 'NEWLINE', 'INDENT', 'NAME:b', 'NEWLINE', 'DEDENT', 'NAME:c', 'NEWLINE'];
    expect(lex('\ufeffif a:\r\n  b\r\nc\r\n')).toEqual(expected);
    expect(lex('if a:\r  b\rc\r')).toEqual(expected);
    const r = tokenize('\ufeffx = 1\r\ny = 2\r\n', 'f.py');
    const y = r.tokens.find((t) => t.image === 'y')!;
    expect([y.startLine, y.startColumn, y.startOffset]).toEqual([2, 1, 7]);
  });

  it('gives chevrotain positions (1-based line and column, 0-based offset)', () => {
    const r = tokenize('if x:\n    yy = 10\n', 'f.py');
    const pos = r.tokens.map((t) => [t.tokenType.name, t.startLine, t.startColumn, t.endColumn, t.startOffset]);
    expect(pos).toEqual([
      ['if', 1, 1, 2, 0], ['NAME', 1, 4, 4, 3], ['COLON', 1, 5, 5, 4], ['NEWLINE', 1, 6, 6, 5],
      ['INDENT', 2, 1, 4, 6], ['NAME', 2, 5, 6, 10], ['EQUAL', 2, 8, 8, 13], ['NUMBER', 2, 10, 11, 15],
      ['NEWLINE', 2, 12, 12, 17], ['DEDENT', 3, 1, 0, 18],
    ]);
  });
});

describe('names and keywords', () => {
  it('keywords are their own types; soft keywords are names', () => {
    expect(lex('if match case type _ iffy None async await')).toEqual([
      'if:if', 'NAME:match', 'NAME:case', 'NAME:type', 'NAME:_', 'NAME:iffy', 'None:None', 'async:async', 'await:await', 'NEWLINE',
    ]);
  });

  it('accepts Unicode identifiers and normalises them (NFKC)', () => {
    expect(lex('été = ñ_1 + π')).toEqual(['NAME:été', 'EQUAL:=', 'NAME:ñ_1', 'PLUS:+', 'NAME:π', 'NEWLINE']);
    expect(lex('ﬁle')).toEqual(['NAME:file', 'NEWLINE']);
    expect(lex('变量 = 1')).toEqual(['NAME:变量', 'EQUAL:=', 'NUMBER:1', 'NEWLINE']);
  });

  it('starts a name at every BMP identifier-start character (the lexer lists one start-char hint per chevrotain bucket)', () => {
    const start = /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212E\u309B\u309C]$/u;
    const starts: string[] = [];
    for (let c = 128; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (start.test(ch)) starts.push(ch);
    }
    expect(starts.length).toBeGreaterThan(40000);
    const r = tokenize(starts.join(' '), 'test.py');
    expect(r.error).toBeNull();
    const names = r.tokens.filter((t) => t.tokenType.name === 'NAME');
    expect(names.length).toBe(starts.length);
  });

  it('turns every other code unit into one token or CPython\'s invalid-character error, never a lexer fault', () => {
    for (let c = 1; c < 0x10000; c += 97) {
      const r = tokenize(`x ${String.fromCharCode(c)}`, 'test.py');
      if (r.error !== null) expect(r.error.msg).toMatch(/^(invalid character|invalid non-printable character|unterminated|unexpected|unindent|'.' was never closed|unmatched|invalid syntax)/);
    }
  });

  it('operators, longest first', () => {
    expect(lex('a **= b //= c >>= d <<= e -> f := g ... != == <= >= ** // << >> ~ @ @= ^= |= &= %=')).toEqual([
      'NAME:a', 'DOUBLESTAREQUAL:**=', 'NAME:b', 'DOUBLESLASHEQUAL://=', 'NAME:c', 'RIGHTSHIFTEQUAL:>>=', 'NAME:d',
      'LEFTSHIFTEQUAL:<<=', 'NAME:e', 'RARROW:->', 'NAME:f', 'COLONEQUAL::=', 'NAME:g', 'ELLIPSIS:...',
      'NOTEQUAL:!=', 'EQEQUAL:==', 'LESSEQUAL:<=', 'GREATEREQUAL:>=', 'DOUBLESTAR:**', 'DOUBLESLASH://',
      'LEFTSHIFT:<<', 'RIGHTSHIFT:>>', 'TILDE:~', 'AT:@', 'ATEQUAL:@=', 'CIRCUMFLEXEQUAL:^=', 'VBAREQUAL:|=',
      'AMPEREQUAL:&=', 'PERCENTEQUAL:%=', 'NEWLINE',
    ]);
    expect(lex('x.y..z')).toEqual(['NAME:x', 'DOT:.', 'NAME:y', 'DOT:.', 'DOT:.', 'NAME:z', 'NEWLINE']);
  });
});

describe('numbers', () => {
  it('scans every valid form as one NUMBER', () => {
    const forms = ['0', '7', '123', '1_000_000', '0x1F', '0XdeadBEEF', '0x_1', '0o17', '0O7_7', '0b1010', '0B_1',
      '00', '0_0', '1.5', '1.', '.5', '1e10', '1E+10', '1.5e-3', '1_0.2_5e1_0', '0.0', '0e0', '00.5', '09.5', '0777e1'];
    for (const f of forms) expect(lex(f), f).toEqual([`NUMBER:${f}`, 'NEWLINE']);
  });

  it('a keyword may follow a number directly (CPython only warns)', () => {
    expect(lex('1if x else 2')).toEqual(['NUMBER:1', 'if:if', 'NAME:x', 'else:else', 'NUMBER:2', 'NEWLINE']);
    expect(lex('[0x1for x in y]')).toEqual(['LSQB:[', 'NUMBER:0x1f', 'or:or', 'NAME:x', 'in:in', 'NAME:y', 'RSQB:]', 'NEWLINE']);
    expect(lex('1or 2')).toEqual(['NUMBER:1', 'or:or', 'NUMBER:2', 'NEWLINE']);
  });

  it('a non-ASCII letter after a number starts a name (CPython 3.11.7)', () => {
    expect(lex('1é')).toEqual(['NUMBER:1', 'NAME:é', 'NEWLINE']);
  });

  it('reports bad literals', () => {
    const cases: [string, string, number][] = [
      ['1abc', 'invalid decimal literal', 1], ['1_', 'invalid decimal literal', 2], ['1__0', 'invalid decimal literal', 2],
      ['0x', 'invalid hexadecimal literal', 2], ['0o8', "invalid digit '8' in octal literal", 3],
      ['0b102', "invalid digit '2' in binary literal", 5], ['0b', 'invalid binary literal', 2],
      ['012', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1],
      ['1.__class__', 'invalid decimal literal', 2], ['1e5x', 'invalid decimal literal', 3],
      ['5j', 'imaginary literals are not supported by gilvm', 1], ['1.5J', 'imaginary literals are not supported by gilvm', 1],
      ['1jx', 'invalid imaginary literal', 2],
    ];
    for (const [src, msg, offset] of cases) {
      const e = lexError(src);
      expect([e.msg, e.offset], src).toEqual([msg, offset]);
    }
  });
});

describe('strings', () => {
  it('scans every prefix and quote form as one STRING', () => {
    const forms = ["'a'", '"a"', "'''a\n'b''c'''", '"""a\n"""', "r'\\\\'", "R'a\\''", "b'x'", "B'x'", "br'x'", "Rb'x'",
      "bR'x'", "rB'x'", "f'{x}'", "F'x'", "rf'x'", "fR'x'", "Rf'x'", "FR'x'", "u'x'", "U'x'", "''", '""', "''''''",
      "'a\\'b'", "'a\\\nb'", "'\\\\'", "f'{\"a\"}'"];
    for (const f of forms) expect(lex(f), f).toEqual([`STRING:${f}`, 'NEWLINE']);
  });

  it('invalid prefixes are names', () => {
    expect(lex("ub'x'")).toEqual(['NAME:ub', "STRING:'x'", 'NEWLINE']);
    expect(lex("bf'x'")).toEqual(['NAME:bf', "STRING:'x'", 'NEWLINE']);
    expect(lex("rr'x'")).toEqual(['NAME:rr', "STRING:'x'", 'NEWLINE']);
  });

  it('adjacent strings stay separate tokens; triple-quoted strings span lines', () => {
    const r = tokenize("x = ('a'\n     \"\"\"b\nc\"\"\")\ny = 1\n", 'f.py');
    expect(shape(r.tokens)).toEqual(['NAME:x', 'EQUAL:=', 'LPAR:(', "STRING:'a'", 'STRING:"""b\nc"""', 'RPAR:)', 'NEWLINE',
      'NAME:y', 'EQUAL:=', 'NUMBER:1', 'NEWLINE']);
    const y = r.tokens.find((t) => t.image === 'y')!;
    expect(y.startLine).toBe(4);
  });
});

describe('errors as CPython prints them', () => {
  const dir = join(import.meta.dirname, 'lexer-errors');
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  it('has cases', () => expect(files.length).toBeGreaterThan(50));
  for (const file of files) {
    it(file, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const expected = readFileSync(join(dir, file.replace(/\.py$/, '.expected')), 'utf8');
      const r = tokenize(source, file);
      expect(r.error).not.toBeNull();
      expect(formatSyntaxError(r.error!)).toBe(expected);
    });
  }

  it('keeps the tokens before the error', () => {
    const r = tokenize('x = 1\ny = (2]\n', 'f.py');
    expect(shape(r.tokens)).toEqual(['NAME:x', 'EQUAL:=', 'NUMBER:1', 'NEWLINE', 'NAME:y', 'EQUAL:=', 'LPAR:(', 'NUMBER:2']);
    expect(r.error!.msg).toBe("closing parenthesis ']' does not match opening parenthesis '('");
  });

  it('gives CPython fields for indentation errors', () => {
    const e = lexError('if x:\n        a\n    b\n');
    expect([e.kind, e.lineno, e.offset, e.end_offset, e.text]).toEqual(['IndentationError', 3, 6, -1, '    b']);
    const t = lexError('if x:\n\ta\n        b\n');
    expect([t.kind, t.lineno, t.offset, t.end_offset]).toEqual(['TabError', 3, 1, 0]);
    const u = lexError('x = 1\n    y = 2\n');
    expect([u.kind, u.msg, u.lineno, u.offset]).toEqual(['IndentationError', 'unexpected indent', 2, 4]);
  });

  it('allows 200 nested brackets, not 201', () => {
    expect(tokenize('(' .repeat(200) + ')'.repeat(200), 'f.py').error).toBeNull();
    expect(lexError('('.repeat(201) + ')'.repeat(201)).msg).toBe('too many nested parentheses');
  });

  it('reports a NUL byte before anything else', () => {
    const e = lexError('x = 1\n)\ny = \0\n');
    expect([e.msg, e.lineno, e.offset, e.text]).toEqual(['source code cannot contain null bytes', 3, 0, 'y = ']);
  });
});

describe('robustness', () => {
  /** A small deterministic PRNG (mulberry32), so failures reproduce. */
  function rng(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const snippet = "def f(a, *b, c=0x1F, **d):\n    '''doc'''\n    if a and (b or\n  c):\n\treturn f\"{a!r:>{c}}\" + r'\\n' + b'\\x00'\n" +
    "    x = [1.5e3, .5, 0o7, 0b1_0]  # comment\n    y = \\\n 2\nclass C(B): pass\n";
  const alphabet = ' \t\n\r\f\\#\'"()[]{}:;,.=+-*/%@&|^~<>!0123456789_abcxyzojeEfFrRbBuU\u00a0€é\ufeff\0$?`';

  function check(src: string): void {
    let r;
    try {
      r = tokenize(src, 'fuzz.py');
    } catch (err) {
      throw new Error(`tokenize threw on ${JSON.stringify(src)}: ${String(err)}`);
    }
    expect(Array.isArray(r.tokens)).toBe(true);
    if (r.error !== null) {
      expect(r.error).toBeInstanceOf(PySyntaxError);
      expect(Number.isInteger(r.error.lineno) && r.error.lineno >= 1).toBe(true);
      expect(Number.isInteger(r.error.offset) && r.error.offset >= 0).toBe(true);
      expect(Number.isInteger(r.error.end_offset)).toBe(true);
      expect(typeof formatSyntaxError(r.error)).toBe('string');
    }
  }

  it('never throws on random character strings', () => {
    const random = rng(1);
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(random() * 40);
      let s = '';
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      check(s);
    }
  });

  it('never throws on random bytes decoded as UTF-8', () => {
    const random = rng(2);
    for (let n = 0; n < 2000; n++) {
      const bytes = new Uint8Array(Math.floor(random() * 60));
      for (let k = 0; k < bytes.length; k++) bytes[k] = Math.floor(random() * 256);
      check(new TextDecoder().decode(bytes));
    }
  });

  it('never throws on mutated snippets', () => {
    const random = rng(3);
    for (let n = 0; n < 3000; n++) {
      const chars = [...snippet];
      const edits = 1 + Math.floor(random() * 4);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(random() * chars.length);
        const op = random();
        if (op < 0.33) chars.splice(at, 1);
        else if (op < 0.66) chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)]!);
        else chars[at] = alphabet[Math.floor(random() * alphabet.length)]!;
      }
      check(chars.join(''));
    }
  });

  it('handles deep nesting and long inputs without recursion', () => {
    check('('.repeat(100_000));
    check('['.repeat(50_000) + ']'.repeat(50_000));
    check(' '.repeat(100_000) + 'x');
    check('if x:\n' + Array.from({ length: 150 }, (_, i) => ' '.repeat(i + 1) + 'if x:\n').join(''));
    check("'" + 'a'.repeat(100_000));
    check('"""' + '\n'.repeat(100_000));
    check('\\\n'.repeat(10_000));
    const r = tokenize('x = 1\n'.repeat(20_000), 'f.py');
    expect(r.tokens.length).toBe(80_000);
  });
});
