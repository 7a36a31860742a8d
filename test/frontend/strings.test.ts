/*
 * parseStringLiteral tests. OK_CASES and ERROR_CASES were generated once with CPython 3.11.7
 * (for each literal: `ast.parse('x = ' + literal)` gives the str/bytes value or the
 * JoinedStr parts, with each field's conversion, format spec, expression position and source
 * segment; `compile()` gives the error message) and are compared here with gilvm's result.
 * CPython merges the `=` debug text into the literal before a field; the comparison does too.
 */
import { describe, expect, it } from 'vitest';
import { parseStringLiteral, errorIsAtStringToken, type FStringPart } from '../../src/frontend/strings.js';
import { PySyntaxError } from '../../src/frontend/errors.js';

type CPart = { text: string } | { conv: number; spec: CPart[] | null; line: number; col: number; seg: string };
type OkCase = { image: string; str?: number[]; bytes?: number[]; fparts?: CPart[] };

/** gilvm's parts in CPython's JoinedStr shape (debug text merged into the text before). */
function asCPython(parts: FStringPart[]): CPart[] {
  const out: CPart[] = [];
  let pending = '';
  for (const p of parts) {
    if (p.kind === 'text') { pending += p.value; continue; }
    if (p.debugText !== null) pending += p.debugText;
    if (pending !== '') { out.push({ text: pending }); pending = ''; }
    // CPython positions the expression node at its first non-blank character.
    let line = p.line;
    let col = p.col;
    for (const ch of p.source) {
      if (ch === '\n') { line++; col = 0; } else if (ch === ' ' || ch === '\t' || ch === '\f') col++; else break;
    }
    out.push({ conv: p.conversion, spec: p.spec === null ? null : asCPython(p.spec), line, col, seg: p.source.trim() });
  }
  if (pending !== '') out.push({ text: pending });
  return out;
}

describe('parseStringLiteral against CPython', () => {
  for (const c of OK_CASES) {
    it(c.image, () => {
      // The literal sits at line 1, column 4 (after `x = `), as in the generating source.
      const r = parseStringLiteral(c.image, 'f.py', 1, 4);
      if (c.str !== undefined) {
        expect(r.kind).toBe('str');
        if (r.kind === 'str') expect(Array.from(r.value, (ch) => ch.codePointAt(0))).toEqual(c.str);
      } else if (c.bytes !== undefined) {
        expect(r.kind).toBe('bytes');
        if (r.kind === 'bytes') expect(Array.from(r.value)).toEqual(c.bytes);
      } else {
        expect(r.kind).toBe('fstring');
        if (r.kind === 'fstring') expect(asCPython(r.parts)).toEqual(c.fparts);
      }
    });
  }

  for (const c of ERROR_CASES) {
    it(`error: ${c.image}`, () => {
      let error: unknown = null;
      try {
        parseStringLiteral(c.image, 'f.py', 1, 4);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PySyntaxError);
      const expected = c.image.includes('\\N') ? '\\N{...} escapes are not supported by gilvm' : c.msg;
      expect((error as PySyntaxError).msg).toBe(expected);
    });
  }
});

describe('parseStringLiteral details', () => {
  it('keeps debug text, implies !r only without conversion and spec', () => {
    const r = parseStringLiteral("f'{x = }{y=!s}{z=:>3}'", 'f.py', 1, 0);
    expect(r).toEqual({
      kind: 'fstring',
      parts: [
        { kind: 'expr', source: 'x ', line: 1, col: 3, conversion: 114, spec: null, debugText: 'x = ' },
        { kind: 'expr', source: 'y', line: 1, col: 9, conversion: 115, spec: null, debugText: 'y=' },
        { kind: 'expr', source: 'z', line: 1, col: 15, conversion: -1, spec: [{ kind: 'text', value: '>3' }], debugText: 'z=' },
      ],
    });
  });

  it('positions fields of multi-line f-strings in the file', () => {
    const r = parseStringLiteral("f'''a\n  {x}\r\n{y +\n z}'''", 'f.py', 7, 10);
    expect(r.kind).toBe('fstring');
    if (r.kind !== 'fstring') return;
    const exprs = r.parts.filter((p) => p.kind === 'expr');
    expect(exprs.map((p) => p.kind === 'expr' && [p.source, p.line, p.col])).toEqual([['x', 8, 3], ['y +\n z', 9, 1]]);
    expect(r.parts[0]).toEqual({ kind: 'text', value: 'a\n  ' });
  });

  it('normalises line breaks inside literals', () => {
    expect(parseStringLiteral("'''a\r\nb\rc'''", 'f.py', 1, 0)).toEqual({ kind: 'str', value: 'a\nb\nc' });
    expect(parseStringLiteral("'a\\\r\nb'", 'f.py', 1, 0)).toEqual({ kind: 'str', value: 'ab' });
  });

  it('places errors at the token; only the bytes error is reported there by CPython', () => {
    let error: PySyntaxError | null = null;
    try { parseStringLiteral("b'caf\u00e9'", 'f.py', 3, 2); } catch (e) { error = e as PySyntaxError; }
    expect([error!.lineno, error!.offset, error!.end_lineno, error!.end_offset]).toEqual([3, 3, 3, 10]);
    expect(errorIsAtStringToken(error!)).toBe(true);
    try { parseStringLiteral("f'{}'", 'f.py', 1, 0); } catch (e) { error = e as PySyntaxError; }
    expect(errorIsAtStringToken(error!)).toBe(false);
  });

  it('never throws anything but PySyntaxError', () => {
    let seed = 7;
    const random = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; };
    const alphabet = "{}!:=rsa'\"\\xuUN01 \n#()[]<>é";
    for (let n = 0; n < 3000; n++) {
      let body = '';
      const len = Math.floor(random() * 16);
      for (let k = 0; k < len; k++) body += alphabet[Math.floor(random() * alphabet.length)];
      for (const prefix of ['', 'f', 'b', 'rf', 'rb']) {
        try {
          parseStringLiteral(`${prefix}'''${body}'''`, 'f.py', 1, 0);
        } catch (e) {
          expect(e).toBeInstanceOf(PySyntaxError);
        }
      }
    }
  });
});

export const OK_CASES: OkCase[] = [
  {"image": "'abc'", "str": [97, 98, 99]},
  {"image": "\"abc\"", "str": [97, 98, 99]},
  {"image": "'''a'b\\\"c'''", "str": [97, 39, 98, 34, 99]},
  {"image": "\"\"\"x\\ny\"\"\"", "str": [120, 10, 121]},
  {"image": "'''line1\nline2'''", "str": [108, 105, 110, 101, 49, 10, 108, 105, 110, 101, 50]},
  {"image": "'a\\tb\\nc\\rd\\\\e\\'f\\\"g'", "str": [97, 9, 98, 10, 99, 13, 100, 92, 101, 39, 102, 34, 103]},
  {"image": "'\\a\\b\\f\\v\\0'", "str": [7, 8, 12, 11, 0]},
  {"image": "'\\101\\7\\77\\777\\1234'", "str": [65, 7, 63, 511, 83, 52]},
  {"image": "'\\x41\\x7a\\xFF'", "str": [65, 122, 255]},
  {"image": "'\\u00e9\\u20AC\\U0001F600\\U00000041'", "str": [233, 8364, 128512, 65]},
  {"image": "'\\q\\d\\ \\%'", "str": [92, 113, 92, 100, 92, 32, 92, 37]},
  {"image": "'a\\\nb'", "str": [97, 98]},
  {"image": "'\\ud800'", "str": [55296]},
  {"image": "u'abc\\n'", "str": [97, 98, 99, 10]},
  {"image": "U'x'", "str": [120]},
  {"image": "r'\\n\\t\\x'", "str": [92, 110, 92, 116, 92, 120]},
  {"image": "R'\\\\'", "str": [92, 92]},
  {"image": "r'a\\'b'", "str": [97, 92, 39, 98]},
  {"image": "r'\\\nx'", "str": [92, 10, 120]},
  {"image": "'é€😀'", "str": [233, 8364, 128512]},
  {"image": "'é\\x41😀\\n'", "str": [233, 65, 128512, 10]},
  {"image": "b'abc'", "bytes": [97, 98, 99]},
  {"image": "b'\\x00\\xff\\n\\t\\\\\\''", "bytes": [0, 255, 10, 9, 92, 39]},
  {"image": "b'\\101\\777\\u1234\\N{x}\\q'", "bytes": [65, 255, 92, 117, 49, 50, 51, 52, 92, 78, 123, 120, 125, 92, 113]},
  {"image": "B'x'", "bytes": [120]},
  {"image": "br'\\x\\n'", "bytes": [92, 120, 92, 110]},
  {"image": "Rb'\\\\'", "bytes": [92, 92]},
  {"image": "rb'a'", "bytes": [97]},
  {"image": "''", "str": []},
  {"image": "\"\"", "str": []},
  {"image": "''''''", "str": []},
  {"image": "b''", "bytes": []},
  {"image": "f'abc'", "fparts": [{"text": "abc"}]},
  {"image": "f'{x}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'a{x}b{y}c'", "fparts": [{"text": "a"}, {"conv": -1, "spec": null, "line": 1, "col": 8, "seg": "x"}, {"text": "b"}, {"conv": -1, "spec": null, "line": 1, "col": 12, "seg": "y"}, {"text": "c"}]},
  {"image": "f'{{}}'", "fparts": [{"text": "{}"}]},
  {"image": "f'a{{b}}c'", "fparts": [{"text": "a{b}c"}]},
  {"image": "f'{{{x}}}'", "fparts": [{"text": "{"}, {"conv": -1, "spec": null, "line": 1, "col": 9, "seg": "x"}, {"text": "}"}]},
  {"image": "f'{x!r}'", "fparts": [{"conv": 114, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x!s}'", "fparts": [{"conv": 115, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x!a}'", "fparts": [{"conv": 97, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x:>10}'", "fparts": [{"conv": -1, "spec": [{"text": ">10"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x:{w}}'", "fparts": [{"conv": -1, "spec": [{"conv": -1, "spec": null, "line": 1, "col": 10, "seg": "w"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x:{w}.{p}f}'", "fparts": [{"conv": -1, "spec": [{"conv": -1, "spec": null, "line": 1, "col": 10, "seg": "w"}, {"text": "."}, {"conv": -1, "spec": null, "line": 1, "col": 14, "seg": "p"}, {"text": "f"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x!r:^{w}}'", "fparts": [{"conv": 114, "spec": [{"text": "^"}, {"conv": -1, "spec": null, "line": 1, "col": 13, "seg": "w"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x=}'", "fparts": [{"text": "x="}, {"conv": 114, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x = }'", "fparts": [{"text": "x = "}, {"conv": 114, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x=!s}'", "fparts": [{"text": "x="}, {"conv": 115, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x=:>5}'", "fparts": [{"text": "x="}, {"conv": -1, "spec": [{"text": ">5"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{ x + 1 }'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 8, "seg": "x + 1"}]},
  {"image": "f'{a[\"k\"]}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "a[\"k\"]"}]},
  {"image": "f\"{a['k']}\"", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "a['k']"}]},
  {"image": "f'{x:}'", "fparts": [{"conv": -1, "spec": [], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{3.14:.2f}'", "fparts": [{"conv": -1, "spec": [{"text": ".2f"}], "line": 1, "col": 7, "seg": "3.14"}]},
  {"image": "f'{x!r:}'", "fparts": [{"conv": 114, "spec": [], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{a if b else c}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "a if b else c"}]},
  {"image": "f'{f(a, b=2)}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "f(a, b=2)"}]},
  {"image": "f'{x:{{}}>10}'", "fparts": [{"conv": -1, "spec": [{"conv": -1, "spec": null, "line": 1, "col": 10, "seg": "{}"}, {"text": ">10"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{[1, 2][0]}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "[1, 2][0]"}]},
  {"image": "f'{x==y}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "x==y"}]},
  {"image": "f'{x!=y}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "x!=y"}]},
  {"image": "f'{x<=y}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "x<=y"}]},
  {"image": "f'{x>y}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "x>y"}]},
  {"image": "f'{d[\"a\"]:{w}}'", "fparts": [{"conv": -1, "spec": [{"conv": -1, "spec": null, "line": 1, "col": 15, "seg": "w"}], "line": 1, "col": 7, "seg": "d[\"a\"]"}]},
  {"image": "rf'\\n{x}\\t'", "fparts": [{"text": "\\n"}, {"conv": -1, "spec": null, "line": 1, "col": 10, "seg": "x"}, {"text": "\\t"}]},
  {"image": "fr'\\{x}'", "fparts": [{"text": "\\"}, {"conv": -1, "spec": null, "line": 1, "col": 9, "seg": "x"}]},
  {"image": "F'{x}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'\\n{x}\\t'", "fparts": [{"text": "\n"}, {"conv": -1, "spec": null, "line": 1, "col": 9, "seg": "x"}, {"text": "\t"}]},
  {"image": "f'\\x41{x}\\u00e9'", "fparts": [{"text": "A"}, {"conv": -1, "spec": null, "line": 1, "col": 11, "seg": "x"}, {"text": "é"}]},
  {"image": "f'''{\nx\n}'''", "fparts": [{"conv": -1, "spec": null, "line": 2, "col": 0, "seg": "x"}]},
  {"image": "f'''a\n{x +\n y}\nb'''", "fparts": [{"text": "a\n"}, {"conv": -1, "spec": null, "line": 2, "col": 1, "seg": "x +\n y"}, {"text": "\nb"}]},
  {"image": "f'{x:%H:%M}'", "fparts": [{"conv": -1, "spec": [{"text": "%H:%M"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{x:=5}'", "fparts": [{"conv": -1, "spec": [{"text": "=5"}], "line": 1, "col": 7, "seg": "x"}]},
  {"image": "f'{a}{b}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "a"}, {"conv": -1, "spec": null, "line": 1, "col": 10, "seg": "b"}]},
  {"image": "f'{\"a\" \"b\"}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "\"a\" \"b\""}]},
  {"image": "f'{x}}}'", "fparts": [{"conv": -1, "spec": null, "line": 1, "col": 7, "seg": "x"}, {"text": "}"}]},
  {"image": "f'{{{{x'", "fparts": [{"text": "{{x"}]},
];
export const ERROR_CASES: { image: string; msg: string }[] = [
  {"image": "f'{}'", "msg": "f-string: empty expression not allowed"},
  {"image": "f'{ }'", "msg": "f-string: empty expression not allowed"},
  {"image": "f'{!r}'", "msg": "f-string: expression required before '!'"},
  {"image": "f'}'", "msg": "f-string: single '}' is not allowed"},
  {"image": "f'a}b'", "msg": "f-string: single '}' is not allowed"},
  {"image": "f'{x'", "msg": "f-string: expecting '}'"},
  {"image": "f'{x!r'", "msg": "f-string: expecting '}'"},
  {"image": "f'{x!z}'", "msg": "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
  {"image": "f'{x!}'", "msg": "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
  {"image": "f'{x\\n}'", "msg": "f-string expression part cannot include a backslash"},
  {"image": "f'{a#}'", "msg": "f-string expression part cannot include '#'"},
  {"image": "f'{a:{b:{c}}}'", "msg": "f-string: expressions nested too deeply"},
  {"image": "f'{a)}'", "msg": "f-string: unmatched ')'"},
  {"image": "f'{a(]}'", "msg": "f-string: closing parenthesis ']' does not match opening parenthesis '('"},
  {"image": "f'{a[}'", "msg": "f-string: closing parenthesis '}' does not match opening parenthesis '['"},
  {"image": "f'{\"a}'", "msg": "f-string: unterminated string"},
  {"image": "f'{x:'", "msg": "f-string: expecting '}'"},
  {"image": "f'{x:{y}'", "msg": "f-string: expecting '}'"},
  {"image": "f'{x=!z}'", "msg": "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
  {"image": "f'{x!r x}'", "msg": "f-string: expecting '}'"},
  {"image": "f'{x!r=}'", "msg": "f-string: expecting '}'"},
  {"image": "f'{=}'", "msg": "f-string: expression required before '='"},
  {"image": "f'{ :x}'", "msg": "f-string: expression required before ':'"},
  {"image": "f'{ \\t!r}'", "msg": "f-string expression part cannot include a backslash"},
  {"image": "'\\N{DASH}'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"},
  {"image": "'\\x4'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
  {"image": "'ab\\xg'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\xXX escape"},
  {"image": "'\\u12'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
  {"image": "'\\U0011000'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \\UXXXXXXXX escape"},
  {"image": "'\\U00110000'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
  {"image": "'é\\x4'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"},
  {"image": "b'\\x4'", "msg": "(value error) invalid \\x escape at position 0"},
  {"image": "b'ab\\xg'", "msg": "(value error) invalid \\x escape at position 2"},
  {"image": "b'café'", "msg": "bytes can only contain ASCII literal characters"},
  {"image": "f'\\N{DASH}{x}'", "msg": "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"},
];
