/*
 * The parser's recorded grammar and lookahead paths, cached on disk between processes (as
 * CPython caches bytecode in __pycache__), so that a start of gilvm does not recompute them.
 *
 * Two things are cached, both pure functions of the grammar:
 *  1. The recorded grammar. chevrotain's performSelfAnalysis first *records* the grammar: it
 *     runs every rule body of parser.ts once in a recording mode that builds the rule's GAST
 *     (chevrotain's grammar tree: Rule, Alternation, Option, Terminal, NonTerminal ...). In
 *     a cold process that meant compiling and running every closure of parser.ts, ~25-40 ms
 *     of the ~45 ms that building the parser cost at every start (measured with --cpu-prof
 *     and traceInitPerf), mostly for rules a given program never uses. Later processes
 *     rebuild the same objects from the file (~5-10 ms to read and restore, on the loaded
 *     2-core machine) and give them to chevrotain in place of recording
 *     (PythonParser.topLevelRuleRecord); resolving them is still chevrotain's own code.
 *  2. The lookahead paths of every decision (OR, OPTION, MANY ...): for each alternative,
 *     the token sequences (up to maxLookahead) that select it, computed by chevrotain's LL(k)
 *     analysis (getLookaheadPaths). parser.ts builds each decision's lookahead function
 *     lazily, on first use; computing the paths was the cost: a 100-line program took 116
 *     decisions and ~175-390 ms (loaded machine) to analyse, `pass` 7 decisions and ~20-40
 *     ms. From cached paths the function is built by lookaheadFromPaths, which is chevrotain's
 *     own builder (buildAlternativesLookAheadFunc / buildSingleAlternativeLookaheadFunction in
 *     chevrotain 11's grammar/lookahead.js, not exported) restated. When the grammar is
 *     recorded, every decision's paths are computed once and saved with it.
 *
 * Invariants:
 *  - The cache is keyed by chevrotain's VERSION and the size and modification time of the
 *    compiled parser and tokens modules and of this one (CPython's pyc rule). Any rebuild changes the key; a
 *    cache with another key, unreadable, malformed, or naming a token type that does not
 *    exist, is ignored and the grammar is recorded as before. Writing is best effort
 *    (a read-only install records every time and analyses lookahead lazily, as without the
 *    cache; the all-decisions analysis runs only when the file can be written) and atomic (a
 *    temporary file renamed into place), so concurrent processes never read a half-written
 *    file.
 *  - Only a compiled parser (.js, or the .cjs bundle) uses the cache: when the sources run directly (vitest),
 *    nothing is written into src/. test/frontend/grammar-cache.test.ts checks that a parser
 *    built from a serialized-and-restored grammar parses a corpus to the same ASTs, and
 *    programs.test.ts runs every program through the cached path of dist/.
 *  - A restored node has the class (prototype) and the own properties the recorder gave it;
 *    token types are stored by name and restored from tokens.ts's allTokens.
 */
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IToken, TokenType } from 'chevrotain';
import { GAST_CLASSES, getLookaheadPaths, tokenMatcher, VERSION } from './chevrotain.js';

/** A recorded rule (chevrotain's Rule object), opaque here. */
export type RecordedRule = object;
/** The recorded grammar: rule name -> serialized Rule (plain JSON), and optionally the
 * lookahead paths of its decisions (decision key -> alternatives -> paths -> token names). */
export interface SerializedGrammar {
  rules: Record<string, unknown>;
  lookahead?: Record<string, string[][][]>;
}

/** What chevrotain passes a lookahead strategy for one decision (the fields used here). */
export interface DecisionOptions {
  prodOccurrence: number;
  rule: { name: string };
  maxLookahead: number;
  /** Absent for an alternation (OR). */
  prodType?: string;
  hasPredicates?: boolean;
  dynamicTokensEnabled: boolean;
}

type LookaheadPaths = TokenType[][][];
type LookaheadFunction = (this: unknown, alts?: unknown) => unknown;
interface LookaheadParser {
  LA_FAST(howMuch: number): IToken;
}

/** A decision's cache key: rule, kind, occurrence index and lookahead depth. */
export function decisionKey(options: DecisionOptions): string {
  return `${options.rule.name}/${options.prodType ?? 'Alternation'}/${options.prodOccurrence}/${options.maxLookahead}`;
}

/** chevrotain's LL(k) analysis of one decision: for each alternative (one for an OPTION or
 * a repetition), the token paths that select it. */
export function computeLookaheadPaths(options: DecisionOptions): LookaheadPaths {
  return getLookaheadPaths({
    occurrence: options.prodOccurrence,
    rule: options.rule as Parameters<typeof getLookaheadPaths>[0]['rule'],
    prodType: (options.prodType ?? 'Alternation') as Parameters<typeof getLookaheadPaths>[0]['prodType'],
    maxLookahead: options.maxLookahead,
  }) as LookaheadPaths;
}

/**
 * The lookahead function of a decision from its paths, exactly as chevrotain 11 builds it
 * (see the file comment): an alternation returns the index of the first alternative (whose
 * GATE, if any, passes) with a path matching the next tokens, or undefined; an OPTION or
 * repetition returns whether one of its paths matches. Single-token paths use a table by
 * tokenTypeIdx (including the types that match through a category), as chevrotain does.
 */
export function lookaheadFromPaths(options: DecisionOptions, paths: LookaheadPaths): LookaheadFunction {
  const allOneToken = paths.every((alt) => alt.every((path) => path.length === 1));
  if (options.prodType !== undefined) {
    const alt = paths[0] ?? [];
    if (allOneToken && !options.dynamicTokensEnabled) {
      const types = alt.flat();
      if (types.length === 1 && (types[0]!.categoryMatches ?? []).length === 0) {
        const expected = types[0]!.tokenTypeIdx;
        return function (this: unknown): boolean {
          return (this as LookaheadParser).LA_FAST(1).tokenTypeIdx === expected;
        };
      }
      const accepts: boolean[] = [];
      for (const t of types) {
        accepts[t.tokenTypeIdx!] = true;
        for (const idx of t.categoryMatches ?? []) accepts[idx] = true;
      }
      return function (this: unknown): boolean {
        return accepts[(this as LookaheadParser).LA_FAST(1).tokenTypeIdx] === true;
      };
    }
    return function (this: unknown): boolean {
      return firstMatchingPath(this as LookaheadParser, alt);
    };
  }
  if (options.hasPredicates === true) {
    return function (this: unknown, orAlts?: unknown): number | undefined {
      const alts = orAlts as { GATE?: (this: unknown) => boolean }[];
      for (let t = 0; t < paths.length; t++) {
        const gate = alts[t]?.GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (firstMatchingPath(this as LookaheadParser, paths[t]!)) return t;
      }
      return undefined;
    };
  }
  if (allOneToken && !options.dynamicTokensEnabled) {
    const choice: Record<number, number> = {};
    paths.forEach((alt, idx) => {
      for (const t of alt.flat()) {
        if (!Object.prototype.hasOwnProperty.call(choice, t.tokenTypeIdx!)) choice[t.tokenTypeIdx!] = idx;
        for (const ext of t.categoryMatches ?? []) {
          if (!Object.prototype.hasOwnProperty.call(choice, ext)) choice[ext] = idx;
        }
      }
    });
    return function (this: unknown): number | undefined {
      return choice[(this as LookaheadParser).LA_FAST(1).tokenTypeIdx];
    };
  }
  return function (this: unknown): number | undefined {
    for (let t = 0; t < paths.length; t++) {
      if (firstMatchingPath(this as LookaheadParser, paths[t]!)) return t;
    }
    return undefined;
  };
}

/** Whether one of `alt`'s paths matches the next tokens (an empty path always does). */
function firstMatchingPath(parser: LookaheadParser, alt: TokenType[][]): boolean {
  nextPath: for (let j = 0; j < alt.length; j++) {
    const path = alt[j]!;
    for (let i = 0; i < path.length; i++) {
      if (tokenMatcher(parser.LA_FAST(i + 1), path[i]!) === false) continue nextPath;
    }
    return true;
  }
  return false;
}

/** Lookahead paths with token types replaced by their names. */
export function serializePaths(paths: LookaheadPaths): string[][][] {
  return paths.map((alt) => alt.map((path) => path.map((t) => t.name)));
}

const CLASS_BY_NAME = new Map<string, new (...args: never[]) => object>(
  Object.entries(GAST_CLASSES) as [string, new (...args: never[]) => object][],
);
const NAME_OF_CLASS = new Map<unknown, string>([...CLASS_BY_NAME].map(([name, cls]) => [cls.prototype, name]));

/** Serializes one recorded GAST node (or value) to plain JSON. */
export function serializeRecorded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(serializeRecorded);
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  const cls = NAME_OF_CLASS.get(proto);
  if (cls === undefined) {
    const tok = value as Partial<TokenType>;
    if (typeof tok.name === 'string' && typeof tok.tokenTypeIdx === 'number') return { $token: tok.name };
    throw new Error('grammar cache: unexpected object in a recorded rule');
  }
  const out: Record<string, unknown> = { $class: cls };
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || key === 'referencedRule') continue;
    out[key] = serializeRecorded(v);
  }
  return out;
}

/** Rebuilds a node serialized by serializeRecorded. Throws on anything it does not know.
 * Indexed loops, not for-of: this runs once per start, in V8's interpreter, where each
 * for-of step allocated an iterator result (~300 KB of garbage per start). */
export function restoreRecorded(json: unknown, tokens: ReadonlyMap<string, TokenType>): unknown {
  if (Array.isArray(json)) {
    const out = new Array<unknown>(json.length);
    for (let i = 0; i < json.length; i++) out[i] = restoreRecorded(json[i], tokens);
    return out;
  }
  if (json === null || typeof json !== 'object') return json;
  const obj = json as Record<string, unknown>;
  if (typeof obj.$token === 'string') {
    const tok = tokens.get(obj.$token);
    if (tok === undefined) throw new Error(`grammar cache: unknown token ${obj.$token}`);
    return tok;
  }
  const cls = CLASS_BY_NAME.get(obj.$class as string);
  if (cls === undefined) throw new Error('grammar cache: unknown node class');
  const node = Object.create(cls.prototype) as Record<string, unknown>;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== '$class') node[key] = restoreRecorded(obj[key], tokens);
  }
  return node;
}

/** Lookahead paths by decision key, each decoded from its token names on first use (a
 * program takes a fraction of the grammar's ~400 decisions; decoding all of them built
 * ~150 KB of arrays per start). Every name was checked when the grammar was restored. */
export class CachedLookahead {
  private readonly decoded = new Map<string, LookaheadPaths>();

  constructor(private readonly serialized: Record<string, string[][][]>, private readonly tokens: ReadonlyMap<string, TokenType>) {}

  get(key: string): LookaheadPaths | undefined {
    let paths = this.decoded.get(key);
    if (paths === undefined && Object.hasOwn(this.serialized, key)) {
      const tokens = this.tokens;
      paths = this.serialized[key]!.map((alt) => alt.map((path) => path.map((name) => tokens.get(name)!)));
      this.decoded.set(key, paths);
    }
    return paths;
  }

  /** Whether every path names a known token. */
  static valid(serialized: Record<string, string[][][]>, tokens: ReadonlyMap<string, TokenType>): boolean {
    for (const key in serialized) {
      const alts = serialized[key]!;
      for (let a = 0; a < alts.length; a++) {
        const alt = alts[a]!;
        for (let p = 0; p < alt.length; p++) {
          const path = alt[p]!;
          for (let t = 0; t < path.length; t++) if (!tokens.has(path[t]!)) return false;
        }
      }
    }
    return true;
  }
}

/** A grammar restored from its serialized form. */
export interface RestoredGrammar {
  rules: Map<string, RecordedRule>;
  /** Decision key -> lookahead paths (none when the serialized grammar had none). */
  lookahead: CachedLookahead;
}

/** Restores every rule (and checks every lookahead path) of a serialized grammar, or returns
 * null if any part is invalid. */
export function restoreGrammar(grammar: SerializedGrammar, allTokens: readonly TokenType[]): RestoredGrammar | null {
  const tokens = new Map<string, TokenType>();
  for (let i = 0; i < allTokens.length; i++) tokens.set(allTokens[i]!.name, allTokens[i]!);
  try {
    const rules = new Map<string, RecordedRule>();
    for (const name in grammar.rules) rules.set(name, restoreRecorded(grammar.rules[name], tokens) as RecordedRule);
    const lookahead = grammar.lookahead ?? {};
    if (!CachedLookahead.valid(lookahead, tokens)) return null;
    return { rules, lookahead: new CachedLookahead(lookahead, tokens) };
  } catch {
    return null;
  }
}

interface CacheFile {
  key: string;
  grammar: SerializedGrammar;
}

/** The cache file of the compiled parser module at `parserModuleUrl`, or null when the
 * parser runs from sources (or its files cannot be examined). */
export class GrammarCache {
  private constructor(readonly path: string, readonly key: string) {}

  static forParserModule(parserModuleUrl: string): GrammarCache | null {
    if (!parserModuleUrl.startsWith('file:')) return null;
    try {
      const parserPath = fileURLToPath(parserModuleUrl);
      const ext = extname(parserPath);
      // .cjs: the bundle (dist/bundle/gilvm.cjs, scripts/bundle.mjs), one file that holds the
      // parser, the tokens and this module
      if (ext !== '.js' && ext !== '.cjs') return null;
      const dir = dirname(parserPath);
      const stamp = (path: string): string => {
        const st = statSync(path);
        return `${st.size}:${st.mtimeMs}`;
      };
      const tokensPath = ext === '.cjs' ? parserPath : join(dir, `tokens${ext}`);
      const key = `chevrotain ${VERSION}; parser ${stamp(parserPath)}; tokens ${stamp(tokensPath)}; ` +
        `format ${stamp(fileURLToPath(import.meta.url))}`;
      return new GrammarCache(join(dir, 'parser-grammar.cache.json'), key);
    } catch {
      return null;
    }
  }

  /** The cached grammar if the file exists and has this key; else null. */
  load(): SerializedGrammar | null {
    try {
      const file = JSON.parse(readFileSync(this.path, 'utf8')) as CacheFile;
      const g = file.grammar;
      return file.key === this.key && g !== null && typeof g === 'object' && typeof g.rules === 'object' && g.rules !== null ? g : null;
    } catch {
      return null;
    }
  }

  /** Saves the grammar that `produce` completes, if the cache can be written (else
   * `produce` is not called: it costs the analysis of every decision); failures are
   * ignored (the next start records again). */
  save(produce: () => SerializedGrammar): void {
    const tmp = `${this.path}.${process.pid}.tmp`;
    let fd: number;
    try {
      fd = openSync(tmp, 'w');
    } catch {
      return;
    }
    try {
      try {
        writeFileSync(fd, JSON.stringify({ key: this.key, grammar: produce() } satisfies CacheFile));
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.path);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  }
}
