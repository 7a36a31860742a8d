/*
 * The recorded-grammar cache (src/frontend/grammar-cache.ts): a parser built from a grammar
 * that was recorded, serialized to JSON and restored (with or without the cached lookahead
 * paths) must be the same parser as one that recorded its grammar and analysed its
 * lookahead: same GAST (classes and fields), same ASTs and same errors on every program of
 * the corpus. Also the cache file's rules: used only with its own key, ignored when
 * malformed, and never used when the parser runs from sources.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as A from '../../src/frontend/ast.js';
import { tokenize } from '../../src/frontend/lexer.js';
import { PythonParser } from '../../src/frontend/parser.js';
import { GrammarCache, restoreGrammar, serializeRecorded, type SerializedGrammar } from '../../src/frontend/grammar-cache.js';
import * as T from '../../src/frontend/tokens.js';

type Gast = Record<string, unknown>;

function gastOf(p: PythonParser): Record<string, unknown> {
  const cache = (p as unknown as { gastProductionsCache: Gast }).gastProductionsCache;
  return Object.fromEntries(Object.entries(cache).map(([name, rule]) => [name, serializeRecorded(rule)]));
}

/** Parses `source` with `p`; the AST or the error, as comparable JSON. */
function outcome(p: PythonParser, source: string): string {
  const lexed = tokenize(source, 'x.py');
  const lines = source.split(/\r\n|\r|\n/);
  const decode = (toks: { image: string }[]): A.Expr => ({ kind: 'Constant', strings: toks.map((t) => t.image) }) as unknown as A.Expr;
  p.begin(lexed.tokens, 'x.py', lines, decode);
  try {
    const tree = p.file();
    const errors = p.errors.map((e) => [e.name, e.message, e.token?.startOffset]);
    return JSON.stringify({ tree, errors }, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch (e) {
    return JSON.stringify({ thrown: e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e) });
  } finally {
    p.input = [];
  }
}

function corpus(): string[] {
  const sources: string[] = [];
  for (const dir of ['test/programs', 'test/frontend/bad', 'test/syntax-errors']) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.py')) sources.push(readFileSync(join(dir, f), 'utf8'));
  }
  return sources;
}

describe('recorded grammar cache', () => {
  const recorded = new PythonParser('record');
  const grammar = JSON.parse(JSON.stringify(recorded.recordedGrammar)) as SerializedGrammar;
  const restored = new PythonParser(grammar);
  const rulesOnly = new PythonParser({ rules: grammar.rules });

  it('records every rule, serializably', () => {
    expect(Object.keys(grammar.rules).length).toBeGreaterThan(50);
    expect(Object.keys(grammar.rules).sort()).toEqual(Object.keys(gastOf(recorded)).sort());
    expect(Object.keys(grammar.lookahead ?? {}).length).toBeGreaterThan(100);
  });

  it('a restored parser has the same GAST as a recording one', () => {
    expect(restored.recordedGrammar).toBeNull();
    expect(gastOf(restored)).toEqual(gastOf(recorded));
    expect(gastOf(rulesOnly)).toEqual(gastOf(recorded));
  });

  it('restored parsers (cached lookahead paths, or chevrotain analysing) parse the corpus exactly as a recording one', () => {
    const sources = corpus();
    expect(sources.length).toBeGreaterThan(200);
    let trees = 0;
    for (const source of sources) {
      const expected = outcome(recorded, source);
      if (expected.startsWith('{"tree"') && expected.endsWith('"errors":[]}')) trees++;
      expect(outcome(restored, source)).toBe(expected);
      expect(outcome(rulesOnly, source)).toBe(expected);
    }
    expect(trees).toBeGreaterThan(100);
  });

  it('the corpus comparison notices a grammar that differs (one alternative of a statement dropped)', () => {
    const rules = JSON.parse(JSON.stringify(grammar.rules)) as Record<string, { _definition: { $class: string; _definition: unknown[] }[] }>;
    const alternation = rules.compoundStatement!._definition.find((n) => n.$class === 'Alternation')!;
    alternation._definition.splice(0, 1);
    const wrong = new PythonParser({ rules } as SerializedGrammar);
    const differs = corpus().filter((source) => outcome(wrong, source) !== outcome(recorded, source));
    expect(differs.length).toBeGreaterThan(0);
  });

  it('the corpus comparison notices wrong lookahead paths (two alternatives of a statement swapped)', () => {
    const lookahead = JSON.parse(JSON.stringify(grammar.lookahead)) as Record<string, string[][][]>;
    const key = Object.keys(lookahead).find((k) => k.startsWith('compoundStatement/Alternation/'))!;
    const alts = lookahead[key]!;
    [alts[0], alts[1]] = [alts[1]!, alts[0]!];
    const wrong = new PythonParser({ rules: grammar.rules, lookahead });
    const differs = corpus().filter((source) => outcome(wrong, source) !== outcome(recorded, source));
    expect(differs.length).toBeGreaterThan(0);
  });

  it('a grammar naming an unknown token or node class is rejected', () => {
    const bad = JSON.parse(JSON.stringify(grammar).replace('"$token":"NEWLINE"', '"$token":"NO_SUCH_TOKEN"')) as SerializedGrammar;
    expect(restoreGrammar(bad, T.allTokens)).toBeNull();
    const badPath = JSON.parse(JSON.stringify(grammar).replace(/"(NEWLINE)"\]/, '"NO_SUCH_TOKEN"]')) as SerializedGrammar;
    expect(JSON.stringify(badPath)).toContain('NO_SUCH_TOKEN');
    expect(restoreGrammar(badPath, T.allTokens)).toBeNull();
    const badClass = JSON.parse(JSON.stringify(grammar).replace('"$class":"Terminal"', '"$class":"Nope"')) as SerializedGrammar;
    expect(restoreGrammar(badClass, T.allTokens)).toBeNull();
    expect(restoreGrammar(grammar, T.allTokens)).not.toBeNull();
  });

  it('the cache file is used only with its own key and is ignored when malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gilvm-grammar-cache-'));
    try {
      writeFileSync(join(dir, 'parser.js'), '// parser');
      writeFileSync(join(dir, 'tokens.js'), '// tokens');
      const cache = GrammarCache.forParserModule(pathToFileURL(join(dir, 'parser.js')).href)!;
      expect(cache).not.toBeNull();
      expect(cache.load()).toBeNull();
      cache.save(() => grammar);
      expect(cache.load()).toEqual(grammar);
      expect(readdirSync(dir).sort()).toEqual(['parser-grammar.cache.json', 'parser.js', 'tokens.js']);
      writeFileSync(join(dir, 'parser.js'), '// parser, edited');
      expect(GrammarCache.forParserModule(pathToFileURL(join(dir, 'parser.js')).href)!.load()).toBeNull();
      writeFileSync(cache.path, '{"key": ');
      expect(cache.load()).toBeNull();
      rmSync(dir, { recursive: true, force: true });
      let produced = false;
      cache.save(() => {
        produced = true;
        return grammar;
      });
      expect(produced).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not used when the parser runs from its TypeScript source', () => {
    expect(GrammarCache.forParserModule(pathToFileURL(join(process.cwd(), 'src/frontend/parser.ts')).href)).toBeNull();
  });
});
