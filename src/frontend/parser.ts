/*
 * gilvm's Python parser: the token stream of lexer.ts to the typed AST of ast.ts, with
 * CPython 3.11's node shapes, positions and (for the common cases) syntax error messages.
 *
 * Choices:
 *  - EmbeddedActionsParser building ast.ts nodes directly, not CstParser + visitor: a CST
 *    costs one object per rule invocation plus a second tree walk, and the front end must be
 *    within 3x of CPython's compile(); building nodes in place halves the allocation.
 *  - Binary operators (| ^ & << >> + - * / // % @) are parsed by one rule, `arith`, as a flat
 *    operand/operator list that precedence climbing folds into BinOps (see foldBinary), not by
 *    six nested rules: every atom would otherwise pass through six extra rule invocations,
 *    which dominates parse time and JS stack use. Prefix operators (`-`, `+`, `~`, `not`) are
 *    collected by a loop and folded right to left, so `------x` and `not not not x` use no
 *    recursion at all.
 *  - Assignment targets are parsed as expressions and then checked and given Store/Del
 *    context (toStore/toDel), as CPython's grammar accepts a superset and reports the
 *    invalid target by name. `for` and comprehension targets use `starTargets` (primaries)
 *    so that the `in` is not swallowed by a comparison.
 *  - CPython's "invalid_*" rules (specialised messages) are gated alternatives that only
 *    run when the plain grammar would fail at that point, and throw a PySyntaxError at once;
 *    everything else that fails becomes a chevrotain recognition exception, turned into
 *    `invalid syntax` / `expected ':'` by parse.ts.
 *  - Two paths, one grammar. The DSL rules are what chevrotain records (performSelfAnalysis)
 *    and what statements run. The expression core (expression, lambda, or/and/not,
 *    comparisons, binary and unary operators, `**`, await, primary, atom) runs at parse time
 *    as plain methods (`...Direct`) taking the same LL(1) decisions on the next token, and the
 *    rules it enters are called through chevrotain's `coreRule` (the `...Core` fields), not
 *    SUBRULE. Why: every DSL call (SUBRULE, OR, MANY, OPTION) costs JS frames, and a cold
 *    process (interpreted code, big frames) overflowed the JS stack at ~100 nested brackets,
 *    where CPython accepts 200. Now a bracket level costs ~10 frames (was 23-32). It also
 *    parses ~1.8x faster, and chevrotain never computes lookahead for those rules. The
 *    expression entry rules first try shortcutLevel: the lowest precedence rule that parses
 *    the expression ahead (a plain primary, most often), skipping the levels in between.
 *  - Recursion depth: nested expressions (lambdas, `**`, if-else, brackets) are counted
 *    (`depth`); beyond MAX_EXPR_DEPTH (CPython's compiler limit, ~3000) the error is CPython's
 *    `RecursionError: maximum recursion depth exceeded during compilation`
 *    (compileRecursionError), as it is when the JS stack runs out first (parse.ts catches the
 *    RangeError). Prefix operators, attribute/call/subscript chains and if-else chains are
 *    loops. (Brackets are limited to 200 by the lexer, statements to 100 indentation levels.)
 *  - Lookahead functions are built lazily (lazyLookahead), on a decision's first use: most
 *    of performSelfAnalysis's time went into building them for decisions never taken.
 *  - The recorded grammar (the first step of performSelfAnalysis, which runs every rule body
 *    once) and the lookahead paths of every decision are cached on disk by grammar-cache.ts
 *    and restored instead of re-recorded (topLevelRuleRecord below) and re-analysed
 *    (lazyLookahead): ~25-40 ms less at every start, and ~100-250 ms less for a 100-line
 *    program, whose first parse analysed over a hundred decisions.
 *  - The parser instance is created once per process (performSelfAnalysis is slow) and holds
 *    per-parse state (`filename`, `lines`, `depth`, `bracketLevels`) reset by `reset(...)`
 *    at the start of each parse: it is not reentrant (f-string fields are parsed by a second
 *    instance, see parse.ts).
 */
import { literalDigitLimit } from './literal-limits.js';
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { defaultParserErrorProvider, EmbeddedActionsParser } from './chevrotain.js';
import * as T from './tokens.js';
import type * as A from './ast.js';
import { compileRecursionError, PySyntaxError, type SyntaxErrorKind } from './errors.js';
import {
  computeLookaheadPaths, decisionKey, GrammarCache, lookaheadFromPaths, restoreGrammar, serializePaths, serializeRecorded,
  type DecisionOptions, type RecordedRule, type SerializedGrammar,
} from './grammar-cache.js';

type Pos = A.Position;
type StartPos = { lineno: number; col_offset: number };
type EndPos = { end_lineno: number; end_col_offset: number };

/** The deepest expression nesting accepted (CPython 3.11's compiler gives RecursionError
 * just under 3000 nested lambdas, if-else or `**`). */
export const MAX_EXPR_DEPTH = 2990;


// ---------------------------------------------------------------- position helpers
export function tokStart(t: IToken): StartPos {
  return { lineno: t.startLine!, col_offset: t.startColumn! - 1 };
}
function spanTT(s: IToken, e: IToken): Pos {
  return { lineno: s.startLine!, col_offset: s.startColumn! - 1, end_lineno: e.endLine!, end_col_offset: e.endColumn! };
}
function tokEnd(t: IToken): EndPos {
  return { end_lineno: t.endLine!, end_col_offset: t.endColumn! };
}

// ---------------------------------------------------------------- operator tables
const BINARY_OPS: ReadonlyArray<readonly [TokenType, A.Operator, number]> = [
  [T.VBar, 'BitOr', 1], [T.Circumflex, 'BitXor', 2], [T.Amper, 'BitAnd', 3],
  [T.LeftShift, 'LShift', 4], [T.RightShift, 'RShift', 4],
  [T.Plus, 'Add', 5], [T.Minus, 'Sub', 5],
  [T.Star, 'Mult', 6], [T.Slash, 'Div', 6], [T.DoubleSlash, 'FloorDiv', 6], [T.Percent, 'Mod', 6], [T.At, 'MatMult', 6],
];
const AUG_OPS: ReadonlyArray<readonly [TokenType, A.Operator]> = [
  [T.PlusEqual, 'Add'], [T.MinusEqual, 'Sub'], [T.StarEqual, 'Mult'], [T.SlashEqual, 'Div'],
  [T.DoubleSlashEqual, 'FloorDiv'], [T.PercentEqual, 'Mod'], [T.AtEqual, 'MatMult'], [T.AmperEqual, 'BitAnd'],
  [T.VBarEqual, 'BitOr'], [T.CircumflexEqual, 'BitXor'], [T.LeftShiftEqual, 'LShift'],
  [T.RightShiftEqual, 'RShift'], [T.DoubleStarEqual, 'Pow'],
];
const COMPARE_OPS: ReadonlyArray<readonly [TokenType, A.CmpOperator]> = [
  [T.EqEqual, 'Eq'], [T.NotEqual, 'NotEq'], [T.Less, 'Lt'], [T.LessEqual, 'LtE'], [T.Greater, 'Gt'],
  [T.GreaterEqual, 'GtE'], [T.In, 'In'],
];

const binaryOpByType = new Map<TokenType, { op: A.Operator; prec: number }>(BINARY_OPS.map(([t, op, prec]) => [t, { op, prec }]));
const augOpByType = new Map<TokenType, A.Operator>(AUG_OPS);
const compareOpByType = new Map<TokenType, A.CmpOperator>(COMPARE_OPS);

/** Tokens that alone are an atom. */
const ATOM_TOKENS = new Set<TokenType>([T.Name, T.Number, T.True, T.False, T.None, T.Ellipsis]);
/** Tokens after which an expression cannot go on (see shortcutLevel): closing brackets and
 * separators, `:` (not `:=`), and the keywords that end an expression. */
const EXPRESSION_ENDS = new Set<TokenType>([T.RParen, T.RBracket, T.RBrace, T.Comma, T.Colon, T.Newline, T.Semi, T.For, T.Async, T.As, T.From]);

/** Tokens that can start an expression after a complete one only if a comma is missing. */
const FORGOT_COMMA_STARTS = new Set<TokenType>([T.Name, T.Number, T.String, T.LBrace, T.True, T.False, T.None, T.Lambda, T.Ellipsis, T.Await]);

/** Python 3.11's soft keywords (CPython's SOFT_KEYWORD token class). */
const SOFT_KEYWORDS = new Set(['_', 'case', 'match']);

/** The operand an expression's source starts with (an attribute's object, a call's
 * function, a binary operation's left side...), to see its first token. */
function leftmostOperand(e: A.Expr): A.Expr {
  for (;;) {
    switch (e.kind) {
      case 'Attribute': case 'Subscript': e = e.value; break;
      case 'Call': e = e.func; break;
      case 'BinOp': e = e.left; break;
      case 'Compare': e = e.left; break;
      case 'BoolOp': e = e.values[0]!; break;
      default: return e;
    }
  }
}

// ---------------------------------------------------------------- expression names (CPython's _PyPegen_get_expr_name)
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.type === 'None') return 'None';
      if (v.type === 'bool') return v.value ? 'True' : 'False';
      if (v.type === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** The first sub-expression of an assignment target that cannot be assigned to (CPython's
 * _PyPegen_get_invalid_target), or null when there is none to name: the target is valid,
 * or (forLoop) it holds a comparison, which CPython reports as plain invalid syntax. */
export function invalidTarget(e: A.Expr, forDelete: boolean, forLoop = false): A.Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Tuple': case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, forDelete, forLoop);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      if (forDelete) return e;
      return invalidTarget(e.value, forDelete, forLoop);
    case 'Compare':
      // only a `for` target (FOR_TARGETS): the `a in b` of `for a in b` parses as a
      // comparison, so its left operand is searched; any other comparison names nothing
      if (!forLoop) return e;
      return e.ops[0] === 'In' ? invalidTarget(e.left, forDelete, forLoop) : null;
    default:
      return e;
  }
}

/** Whether every part of a target can be stored to (Name, Attribute, Subscript, and
 * Tuple, List and Starred of those). */
function isStorable(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': return true;
    case 'Tuple': case 'List': return e.elts.every(isStorable);
    case 'Starred': return isStorable(e.value);
    default: return false;
  }
}

/** Sets the context of a valid target (recursively through Tuple/List/Starred). */
export function setContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Tuple': case 'List':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    default:
      return;
  }
}

/** Bitwise-or level (CPython's `bitwise_or`): what invalid_named_expression can name. */
function isBitwiseOrLevel(e: A.Expr): boolean {
  switch (e.kind) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred':
    case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

/** The bitwise_or CPython's parser reads at the start of `e`: `e` itself when it is one (or
 * is parenthesised), else the first operand of a BoolOp / Compare / IfExp / bare tuple, or
 * null when none starts it (`not`, lambda, `*`, yield). */
function leadingBitwiseOr(e: A.Expr, parenthesized: (e: A.Expr) => boolean): A.Expr | null {
  if (parenthesized(e)) return e;
  switch (e.kind) {
    case 'BoolOp': return leadingBitwiseOr(e.values[0]!, parenthesized);
    case 'Compare': return e.left;
    case 'IfExp': return leadingBitwiseOr(e.body, parenthesized);
    case 'Tuple': return e.elts.length > 0 ? leadingBitwiseOr(e.elts[0]!, parenthesized) : e;
    default: return isBitwiseOrLevel(e) ? e : null;
  }
}

// ---------------------------------------------------------------- the parser

/** Mismatch messages carry the expected token's name (parse.ts turns COLON into "expected ':'"). */
const ERROR_MESSAGES: IParserErrorMessageProvider = {
  ...defaultParserErrorProvider,
  buildMismatchTokenMessage: ({ expected }) => `expected:${expected.name}`,
};

/** An argument list; `trailingComma` when it ended with a comma (`f(x for x in y, )`). */
type ArgList = ArgItem[] & { trailingComma?: boolean };

interface ArgItem {
  kind: 'positional' | 'starred' | 'keyword' | 'doublestar';
  value: A.Expr;
  name: IToken | null;
  start: IToken;
  /** For a bare generator expression argument: its (unparenthesised) span. */
  genexp: boolean;
  /** For a bare generator expression argument: its first `for` token (class bases report it). */
  genexpFor?: IToken;
}

interface ParamItem {
  kind: 'slash' | 'star' | 'doublestar' | 'plain';
  tok: IToken;
  arg: A.Arg | null;
  default_: A.Expr | null;
  afterDefault: IToken | null;
}

/** A rule's body as SUBRULE invokes it (see PythonParser's `...Core` fields). */
type RuleCore<F> = F;
function coreOf<F>(rule: F): F {
  return (rule as unknown as { coreRule?: F }).coreRule ?? rule;
}

// ---------------------------------------------------------------- lazy lookahead
/*
 * performSelfAnalysis computes a lookahead function for every OR/OPTION/MANY of the grammar
 * (LL(k) path analysis), which was two thirds of the parser's construction time, most of it
 * for decisions a given program never reaches. The strategy below hands chevrotain a stub per
 * decision; the stub computes the real function (with chevrotain's own LLk strategy) the first
 * time the decision is taken and replaces itself in the parser's cache (setLaFuncCache).
 * With a restored grammar (grammar-cache.ts) the real function is built from the cached
 * lookahead paths of the decision instead of chevrotain's analysis; `decisions` collects
 * every decision's options so that a parser that recorded its grammar can compute and save
 * all of them.
 */
type LookaheadFunction = (this: unknown, alts?: unknown) => unknown;
type LazyLookaheadFunction = LookaheadFunction & { lazyKey?: number };
interface LookaheadStrategy {
  validate(options: unknown): unknown[];
  initialize?(options: unknown): void;
  buildLookaheadForAlternation(options: unknown): LookaheadFunction;
  buildLookaheadForOptional(options: unknown): LookaheadFunction;
}
interface ChevrotainInternals {
  lookaheadStrategy: LookaheadStrategy;
  lookAheadFuncsCache: Map<number, LookaheadFunction>;
}

interface LookaheadSource {
  /** Cached lookahead paths by decision key (grammar-cache.ts), or null. */
  paths: { get(key: string): TokenType[][][] | undefined } | null;
  /** Every decision chevrotain asked for, in order. */
  decisions: DecisionOptions[];
}

function lazyLookahead(inner: LookaheadStrategy, source: LookaheadSource): LookaheadStrategy {
  const build = (options: unknown, analyse: () => LookaheadFunction): LookaheadFunction => {
    const decision = options as DecisionOptions;
    source.decisions.push(decision);
    return stub(() => {
      const paths = source.paths?.get(decisionKey(decision));
      return paths !== undefined ? lookaheadFromPaths(decision, paths) : analyse();
    });
  };
  const stub = (build: () => LookaheadFunction): LookaheadFunction => {
    const f: LazyLookaheadFunction = function (this: unknown, alts?: unknown): unknown {
      const real = build();
      if (f.lazyKey !== undefined && f.lazyKey >= 0) {
        (this as ChevrotainInternals).lookAheadFuncsCache.set(f.lazyKey, real);
      }
      return real.call(this, alts);
    };
    f.lazyKey = -1;
    return f;
  };
  return {
    validate: (options) => inner.validate(options),
    initialize: (options) => inner.initialize?.(options),
    buildLookaheadForAlternation: (options) => build(options, () => inner.buildLookaheadForAlternation(options)),
    buildLookaheadForOptional: (options) => build(options, () => inner.buildLookaheadForOptional(options)),
  };
}

/** Decodes STRING tokens into one expression; provided by parse.ts (it needs the lexer to
 * parse f-string fields, and the lexer is not this file's business). */
export type StringDecoder = (tokens: IToken[], parser: PythonParser) => A.Expr;

export type SourceOrigin = 'file' | 'string';

export class PythonParser extends EmbeddedActionsParser {
  filename = '<unknown>';
  lines: string[] = [];
  /** Where the source came from: a file read by the tokenizer (`python x.py`, import) or a
   * string (compile(), exec(), -c). CPython's two tokenizers place an error at the end of
   * the input differently (see `block`). */
  origin: SourceOrigin = 'string';
  /** While a dict display's second or later key is parsed: the bracket level of that key
   * (see dictRest), else -1. */
  private dictKeyLevel = -1;
  depth = 0;
  decodeStrings: StringDecoder = () => { throw new Error('no string decoder'); };
  /** Bracket nesting level before each token (index = token index). */
  bracketLevels: Uint16Array = new Uint16Array(0);
  /** For each opening bracket's token index, the index of its closing bracket (else -1). */
  bracketMatch: Int32Array = new Int32Array(0);
  tokens: IToken[] = [];
  /* The rules the hot expression path calls directly at parse time (chevrotain's `coreRule`:
   * the rule without the top-level wrapper that checks for the end of input). SUBRULE costs
   * two more JS frames per call and only serves error recovery and CSTs, unused here. */
  private expressionCore!: RuleCore<typeof this.expression>;
  private parametersCore!: RuleCore<typeof this.parameters>;
  private primaryCore!: RuleCore<typeof this.primary>;
  private arithCore!: RuleCore<typeof this.arith>;
  private comparisonCore!: RuleCore<typeof this.comparison>;
  private inversionCore!: RuleCore<typeof this.inversion>;
  private conjunctionCore!: RuleCore<typeof this.conjunction>;
  private disjunctionCore!: RuleCore<typeof this.disjunction>;
  private atomCore!: RuleCore<typeof this.atom>;
  private parenAtomCore!: RuleCore<typeof this.parenAtom>;
  private listAtomCore!: RuleCore<typeof this.listAtom>;
  private braceAtomCore!: RuleCore<typeof this.braceAtom>;
  private starNamedExpressionCore!: RuleCore<typeof this.starNamedExpression>;
  private namedExpressionCore!: RuleCore<typeof this.namedExpression>;
  private argumentListCore!: RuleCore<typeof this.argumentList>;
  private argumentCore!: RuleCore<typeof this.argument>;
  private slicesCore!: RuleCore<typeof this.slices>;
  private sliceCore!: RuleCore<typeof this.slice>;

  /** Rules restored from a recorded grammar, used by topLevelRuleRecord during construction. */
  private restoredRules: ReadonlyMap<string, RecordedRule> | null = null;
  /** The grammar as this instance recorded it, serialized with its lookahead paths (kept
   * only when constructed with 'record'): null when it recorded nothing, undefined when a
   * rule could not be serialized (then nothing is cached). */
  recordedGrammar: SerializedGrammar | null | undefined = null;

  /**
   * `grammar`: where the recorded grammar comes from: 'cache' (grammar-cache.ts's file when
   * running compiled, recording and saving it when missing), 'record' (always record), or a
   * grammar serialized earlier (tests).
   */
  constructor(grammar: 'cache' | 'record' | SerializedGrammar = 'cache') {
    super(T.allTokens, { maxLookahead: 3, recoveryEnabled: false, errorMessageProvider: ERROR_MESSAGES, skipValidations: true });
    const cache = grammar === 'cache' ? GrammarCache.forParserModule(import.meta.url) : null;
    const serialized = typeof grammar === 'object' ? grammar : cache !== null ? cache.load() : null;
    const restored = serialized !== null ? restoreGrammar(serialized, T.allTokens) : null;
    const lookahead: LookaheadSource = { paths: restored?.lookahead ?? null, decisions: [] };
    const self = this as unknown as ChevrotainInternals;
    self.lookaheadStrategy = lazyLookahead(self.lookaheadStrategy, lookahead);
    this.restoredRules = restored?.rules ?? null;
    this.performSelfAnalysis();
    this.restoredRules = null;
    const recorded = this.recordedGrammar;
    if (recorded) {
      // Recorded: complete it with every decision's lookahead paths (the analysis that a
      // later process skips), but only for a cache that can be written, or when asked to.
      const complete = (): SerializedGrammar => {
        const paths: Record<string, string[][][]> = {};
        for (const decision of lookahead.decisions) paths[decisionKey(decision)] = serializePaths(computeLookaheadPaths(decision));
        recorded.lookahead = paths;
        return recorded;
      };
      if (grammar === 'record') complete();
      else if (cache !== null && restored === null) cache.save(complete);
      if (grammar !== 'record') this.recordedGrammar = null;
    }
    this.expressionCore = coreOf(this.expression);
    this.parametersCore = coreOf(this.parameters);
    this.primaryCore = coreOf(this.primary);
    this.arithCore = coreOf(this.arith);
    this.comparisonCore = coreOf(this.comparison);
    this.inversionCore = coreOf(this.inversion);
    this.conjunctionCore = coreOf(this.conjunction);
    this.disjunctionCore = coreOf(this.disjunction);
    this.atomCore = coreOf(this.atom);
    this.parenAtomCore = coreOf(this.parenAtom);
    this.listAtomCore = coreOf(this.listAtom);
    this.braceAtomCore = coreOf(this.braceAtom);
    this.starNamedExpressionCore = coreOf(this.starNamedExpression);
    this.namedExpressionCore = coreOf(this.namedExpression);
    this.argumentListCore = coreOf(this.argumentList);
    this.argumentCore = coreOf(this.argument);
    this.slicesCore = coreOf(this.slices);
    this.sliceCore = coreOf(this.slice);
  }

  /**
   * Chevrotain's recording mode (internal API, around the recording in performSelfAnalysis):
   * enableRecording puts ~90 recording versions of the DSL methods on the instance and
   * disableRecording deletes them again. With every rule restored nothing is recorded, so
   * both are skipped (the adding and deleting took ~6-10 ms of each start in --cpu-prof
   * profiles of `gilvm -c pass`).
   */
  enableRecording(): void {
    if (this.everyRuleRestored()) (this as unknown as { RECORDING_PHASE: boolean }).RECORDING_PHASE = true;
    else (EmbeddedActionsParser.prototype as unknown as { enableRecording(this: PythonParser): void }).enableRecording.call(this);
  }

  disableRecording(): void {
    if (this.everyRuleRestored()) (this as unknown as { RECORDING_PHASE: boolean }).RECORDING_PHASE = false;
    else (EmbeddedActionsParser.prototype as unknown as { disableRecording(this: PythonParser): void }).disableRecording.call(this);
  }

  private everyRuleRestored(): boolean {
    const restored = this.restoredRules;
    if (restored === null) return false;
    const names = (this as unknown as { definedRulesNames: readonly string[] }).definedRulesNames;
    return names.every((name) => restored.has(name));
  }

  /** Chevrotain's recording of one rule (internal API, called by performSelfAnalysis): the
   * restored rule when there is one, else chevrotain's recording, serialized on the way. */
  topLevelRuleRecord(name: string, def: () => void): RecordedRule {
    const restored = this.restoredRules?.get(name);
    if (restored !== undefined) return restored;
    const record = (EmbeddedActionsParser.prototype as unknown as {
      topLevelRuleRecord(this: PythonParser, name: string, def: () => void): RecordedRule;
    }).topLevelRuleRecord;
    const rule = record.call(this, name, def);
    if (this.recordedGrammar !== undefined) {
      try {
        this.recordedGrammar ??= { rules: {} };
        this.recordedGrammar.rules[name] = serializeRecorded(rule);
      } catch {
        this.recordedGrammar = undefined;
      }
    }
    return rule;
  }

  /** Chevrotain's lookahead-function cache setter (internal API): remembers each lazy
   * function's key so that its first call can put the real function in its place. */
  setLaFuncCache(key: number, value: LookaheadFunction): void {
    const lazy = value as LazyLookaheadFunction;
    if (lazy.lazyKey !== undefined) lazy.lazyKey = key;
    (this as unknown as ChevrotainInternals).lookAheadFuncsCache.set(key, value);
  }

  begin(tokens: IToken[], filename: string, lines: string[], decodeStrings: StringDecoder, origin: SourceOrigin = 'string'): void {
    this.input = tokens;
    this.filename = filename;
    this.lines = lines;
    this.origin = origin;
    this.dictKeyLevel = -1;
    this.depth = 0;
    this.parenExtent.clear();
    this.decodeStrings = decodeStrings;
    const levels = new Uint16Array(tokens.length + 1);
    let level = 0;
    for (let i = 0; i < tokens.length; i++) {
      levels[i] = level;
      const t = tokens[i]!.tokenType;
      if (t === T.LParen || t === T.LBracket || t === T.LBrace) level++;
      else if ((t === T.RParen || t === T.RBracket || t === T.RBrace) && level > 0) level--;
    }
    levels[tokens.length] = level;
    this.bracketLevels = levels;
    this.tokens = tokens;
    const match = new Int32Array(tokens.length + 1).fill(-1);
    const open: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!.tokenType;
      if (t === T.LParen || t === T.LBracket || t === T.LBrace) open.push(i);
      else if (t === T.RParen || t === T.RBracket || t === T.RBrace) {
        const o = open.pop();
        if (o !== undefined) match[o] = i;
      }
    }
    this.bracketMatch = match;
  }

  /**
   * The shortcut through the precedence rules (CPython's expression .. primary chain).
   * Scans the expression ahead at its own bracket level (brackets are skipped through
   * `bracketMatch`, so each token is looked at once per level) and returns the lowest rule
   * that parses all of it: 1 primary, 2 arith (binary, unary and `**` operators, `await`),
   * 3 comparison, 4 inversion (`not`), 5 conjunction, 6 disjunction; 0 when the expression
   * needs the full path (lambda, if-else, `:=`, a starred item, a missing comma, or anything
   * else unusual) or is not followed by a token that ends it (EXPRESSION_ENDS). The
   * expression entry rules then call that rule directly instead of descending through up to
   * ten rules that would return their operand unchanged: it is faster, and it keeps the JS
   * stack within bounds for 200 nested brackets on a cold start.
   */
  private shortcutLevel(): number {
    const toks = this.tokens;
    const match = this.bracketMatch;
    let i = (this as unknown as { currIdx: number }).currIdx + 1;
    let level = 1;
    let atStart = true;
    for (;;) {
      // An operand: prefix operators, then an atom.
      let t = toks[i]?.tokenType;
      for (;;) {
        if (t === T.Minus || t === T.Plus || t === T.Tilde) { if (level < 2) level = 2; }
        else if (t === T.Not && atStart) { if (level < 4) level = 4; }
        else break;
        t = toks[++i]?.tokenType;
      }
      atStart = false;
      if (t === T.Await) {
        if (level < 2) level = 2;
        t = toks[++i]?.tokenType;
      }
      if (t === T.LParen || t === T.LBracket || t === T.LBrace) {
        i = match[i]!;
        if (i < 0) return 0;
        i++;
      } else if (t === T.String) {
        while (toks[i]?.tokenType === T.String) i++;
      } else if (t !== undefined && ATOM_TOKENS.has(t)) {
        i++;
      } else {
        return 0;
      }
      // Trailers, then an operator or the end.
      for (;;) {
        const next = toks[i];
        if (next === undefined) return level; // EOF
        const nt = next.tokenType;
        if (nt === T.Dot) {
          if (toks[i + 1]?.tokenType !== T.Name) return 0;
          i += 2;
        } else if (nt === T.LParen || nt === T.LBracket) {
          i = match[i]!;
          if (i < 0) return 0;
          i++;
        } else if (binaryOpByType.has(nt) || nt === T.DoubleStar) {
          if (level < 2) level = 2;
          i++;
          break;
        } else if (compareOpByType.has(nt)) {
          if (level < 3) level = 3;
          i++;
          break;
        } else if (nt === T.Is) {
          if (level < 3) level = 3;
          i += toks[i + 1]?.tokenType === T.Not ? 2 : 1;
          break;
        } else if (nt === T.Not) {
          if (toks[i + 1]?.tokenType !== T.In) return 0;
          if (level < 3) level = 3;
          i += 2;
          break;
        } else if (nt === T.And || nt === T.Or) {
          const need = nt === T.And ? 5 : 6;
          if (level < need) level = need;
          i++;
          atStart = true;
          break;
        } else {
          return EXPRESSION_ENDS.has(nt) ? level : 0;
        }
      }
    }
  }

  /** Parses the expression ahead with the rule shortcutLevel chose (called directly, not
   * through SUBRULE: two JS frames fewer per call, and SUBRULE's bookkeeping only serves
   * error recovery and CSTs, which this parser does not use). */
  private shortcut(level: number): A.Expr {
    switch (level) {
      case 1: return this.primaryDirect();
      case 2: return this.arithDirect();
      case 3: return this.comparisonDirect();
      case 4: return this.inversionDirect();
      case 5: return this.boolDirect(T.And);
      default: return this.boolDirect(T.Or);
    }
  }

  // ------------------------------------------------------------ positions
  /** Where a parenthesised expression's parentheses start and end: `(a + b) * c` starts at
   * the `(` while the inner BinOp keeps its own position, as in CPython. */
  parenExtent = new Map<A.Expr, Pos>();

  /** A tuple display written in parentheses, recorded as such (its extent is its own):
   * `(a, b) := 1` is "cannot use assignment expressions with tuple", `a, b := 1` is not. */
  private parenthesized(t: A.Tuple): A.Tuple {
    this.parenExtent.set(t, t);
    return t;
  }

  private span(s: StartPos, e: EndPos): Pos {
    if (this.parenExtent.size > 0) {
      s = this.parenExtent.get(s as A.Expr) ?? s;
      e = this.parenExtent.get(e as A.Expr) ?? e;
    }
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }
  private spanT(s: IToken, e: EndPos): Pos {
    if (this.parenExtent.size > 0) e = this.parenExtent.get(e as A.Expr) ?? e;
    return { lineno: s.startLine!, col_offset: s.startColumn! - 1, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }
  private spanNT(s: StartPos, e: IToken): Pos {
    if (this.parenExtent.size > 0) s = this.parenExtent.get(s as A.Expr) ?? s;
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.endLine!, end_col_offset: e.endColumn! };
  }

  // ------------------------------------------------------------ error helpers
  error(msg: string, s: StartPos, e: EndPos | null, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const text = this.lines[s.lineno - 1] ?? null;
    const endLine = e === null ? s.lineno : e.end_lineno;
    const endOffset = e === null ? s.col_offset + 2 : e.end_col_offset + 1;
    return new PySyntaxError(kind, msg, this.filename, s.lineno, s.col_offset + 1, text, endLine, endOffset);
  }
  errorAtNode(msg: string, n: Pos): PySyntaxError {
    return this.error(msg, n, n);
  }
  errorAtToken(msg: string, t: IToken): PySyntaxError {
    return this.error(msg, tokStart(t), tokEnd(t));
  }
  /** At the next token, as CPython's RAISE_SYNTAX_ERROR (no location) does: the last token
   * the parser fetched. A NEWLINE has an empty range there. */
  errorAtLookahead(msg: string): PySyntaxError {
    const t = this.LA(1);
    if (t.tokenType === T.Newline || t.tokenType.name === 'EOF' || Number.isNaN(t.startLine)) {
      const at = t.tokenType === T.Newline ? t : this.LA(0);
      const col = t.tokenType === T.Newline ? at.startColumn! : at.endColumn! + 1;
      // (a NEWLINE's 1-based end offset is its endColumn: see lexer.ts)
      const endCol = t.tokenType === T.Newline ? at.endColumn! : col;
      return new PySyntaxError('SyntaxError', msg, this.filename, at.startLine!, col, this.lines[at.startLine! - 1] ?? null, at.startLine!, endCol);
    }
    return this.errorAtToken(msg, t);
  }
  /** True when only the DEDENTs closing the file's blocks (or nothing) are left. */
  private atEndOfFile(): boolean {
    let k = 1;
    while (this.LA(k).tokenType === T.Dedent) k++;
    const t = this.LA(k);
    return t.tokenType.name === 'EOF' || Number.isNaN(t.startLine);
  }
  /** An error at the end of the file as CPython's pegen reports one at its ENDMARKER: on
   * the last line of the source (blank and comment lines count), with no end; the offset is
   * 0 (no caret) when its file tokenizer read the source (the script), just past the line's
   * end when it was a string (compile(), an import). */
  private errorAtEndOfFile(msg: string, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PySyntaxError {
    let last = this.lines.length;
    if (last > 1 && this.lines[last - 1] === '') last--;
    const text = this.lines[last - 1] ?? '';
    const offset = this.origin === 'file' ? 0 : [...text].length + 1;
    return new PySyntaxError(kind, msg, this.filename, last, offset, text, last, -1);
  }
  /** True when no token is left (the lexer's tokens may stop at its error). */
  atEndOfTokens(): boolean {
    const t = this.LA(1);
    return t.tokenType.name === 'EOF' || Number.isNaN(t.startLine);
  }
  /** The line of the next token when it is the input's last NEWLINE (nothing but the end
   * follows), else NaN. */
  finalNewlineLine(): number {
    if (this.LA(1).tokenType !== T.Newline) return NaN;
    const after = this.LA(2);
    return after.tokenType.name === 'EOF' || Number.isNaN(after.startLine) ? this.LA(1).startLine! : NaN;
  }
  /** The line of the next token (the last one CPython's parser would have fetched when an
   * error is raised after an expression), NaN at the end of the tokens. */
  nextTokenLine(): number {
    return this.atEndOfTokens() ? NaN : this.LA(1).startLine!;
  }
  private levelOfNext(): number {
    const idx = (this as unknown as { currIdx: number }).currIdx + 1;
    return this.bracketLevels[idx] ?? 0;
  }
  private enter(_at: IToken): void {
    if (++this.depth > MAX_EXPR_DEPTH) {
      throw compileRecursionError(this.filename);
    }
  }

  /** `x = a or b = 3` (a chained assignment with a bad target): CPython's invalid pass meets
   * invalid_named_expression at the statement's start before the bad target, and it matches
   * when the second target does not read as one bitwise_or (the token after that is not '='):
   * `x = a` gives "Maybe you meant '==' or ':='", `x.y = a` "cannot assign to attribute here". */
  private chainedAssignEqualHint(targets: A.Expr[]): void {
    const lead = leadingBitwiseOr(targets[1]!, (e) => this.parenExtent.has(e));
    if (lead === null || lead === targets[1]) return;
    let first = targets[0]!;
    if (first.kind === 'Tuple' && !this.parenExtent.has(first)) {
      // `x, y = a or b = 3`: invalid_assignment's `star_named_expression ','
      // star_named_expressions*` reaches named_expression at each element; only the last
      // one (no trailing comma) is followed by '='
      const last = first.elts[first.elts.length - 1];
      if (last === undefined || last.kind === 'Starred' || last.end_lineno !== first.end_lineno || last.end_col_offset !== first.end_col_offset) return;
      first = last;
    }
    if (first.kind === 'Name' && !this.parenExtent.has(first)) {
      throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first, lead);
    }
    if (isBitwiseOrLevel(first) && !this.startsWithDisplay(first)) {
      throw this.errorAtNode(`cannot assign to ${exprName(first)} here. Maybe you meant '==' instead of '='?`, first);
    }
  }

  /** Whether `e` starts with what invalid_named_expression's `!(list|tuple|genexp|'True'|
   * 'None'|'False') bitwise_or` excludes: `[a][0]`, `(a, b).c`, `True.x`, `[a] + b`. */
  private startsWithDisplay(e: A.Expr): boolean {
    let atom = e;
    while (!this.parenExtent.has(atom)) {
      if (atom.kind === 'Attribute' || atom.kind === 'Subscript') atom = atom.value;
      else if (atom.kind === 'Call') atom = atom.func;
      else if (atom.kind === 'BinOp') atom = atom.left;
      else break;
    }
    return atom.kind === 'List' || atom.kind === 'GeneratorExp' ||
      (atom.kind === 'Tuple' && (this.parenExtent.has(atom) || atom.elts.length === 0)) ||
      (atom.kind === 'Constant' && (atom.value.type === 'bool' || atom.value.type === 'None'));
  }

  /** Checks an assignment target and sets Store; `firstOfStatement` enables CPython's
   * "here. Maybe you meant '=='" variant. */
  private assignTarget(e: A.Expr, maybeEq: boolean): void {
    const bad = invalidTarget(e, false);
    if (bad !== null) {
      const name = exprName(bad);
      const endsTarget = bad.end_lineno === e.end_lineno && bad.end_col_offset === e.end_col_offset;
      if (bad.kind === 'Yield' || bad.kind === 'YieldFrom') {
        // A bare `yield` before '=' is CPython's invalid_assignment `yield_expr '='`; a
        // parenthesised one is an ordinary bad target (with the '==' hint at a statement's start).
        if (bad === e && !this.parenExtent.has(bad)) throw this.errorAtNode('assignment to yield expression not possible', bad);
        throw this.errorAtNode(`cannot assign to yield expression${maybeEq && endsTarget ? " here. Maybe you meant '==' instead of '='?" : ''}`, bad);
      }
      if (bad.kind === 'NamedExpr') {
        // only a parenthesized one reaches here: CPython's invalid_named_expression takes
        // `(x := 1) = 2` as a bitwise_or before '='
        throw this.errorAtNode(`cannot assign to named expression${maybeEq && endsTarget ? " here. Maybe you meant '==' instead of '='?" : ''}`, bad);
      }
      const constantName = bad.kind === 'Constant' && (name === 'True' || name === 'False' || name === 'None');
      if (maybeEq && endsTarget && isBitwiseOrLevel(bad) && bad.kind !== 'GeneratorExp' && !constantName) {
        throw this.errorAtNode(`cannot assign to ${name} here. Maybe you meant '==' instead of '='?`, bad);
      }
      throw this.errorAtNode(`cannot assign to ${name}`, bad);
    }
    setContext(e, 'Store');
  }
  /** A `for` target (of a statement or a comprehension; `inTok` its `in`) or, inTok null,
   * a `with ... as` target. */
  private forTarget(e: A.Expr, inTok: IToken | null): void {
    const bad = invalidTarget(e, false, inTok !== null);
    if (bad !== null) throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
    // `for (x in y) in z`: CPython's invalid_for_target names nothing; plain invalid syntax at the `in`
    if (inTok !== null && !isStorable(e)) throw this.errorAtToken('invalid syntax', inTok);
    setContext(e, 'Store');
  }

  private unsupported(what: string, t: IToken): PySyntaxError {
    return this.errorAtToken(`${what} not supported by gilvm`, t);
  }

  /** `match x:` / `type X = ...` at the start of a statement (soft keywords). */
  private checkSoftKeywordStatement(): void {
    const first = this.LA(1);
    if (first.tokenType !== T.Name) return;
    if (first.image === 'match') {
      const next = this.LA(2).tokenType;
      if (next === T.Equal || next === T.Colon || next === T.Newline || next === T.Dot || next === T.Comma ||
        next === T.Semi || augOpByType.has(next)) return;
      // A simple statement never ends with ':'; a match statement's header line does.
      for (let k = 2; ; k++) {
        const t = this.LA(k).tokenType;
        if (t === T.Newline) {
          if (this.LA(k - 1).tokenType === T.Colon && this.LA(k + 1).tokenType === T.Indent) {
            throw this.unsupported("'match' statements are", first);
          }
          return;
        }
        if (t.name === 'EOF') return;
      }
    }
    if (first.image === 'type' && this.LA(2).tokenType === T.Name) {
      const third = this.LA(3).tokenType;
      if (third === T.Equal || third === T.LBracket) throw this.unsupported("'type' statements are", first);
    }
  }

  // ============================================================ module level
  public file = this.RULE('file', (): A.Module => {
    const body: A.Stmt[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Newline); } },
        { ALT: () => { const s = this.SUBRULE(this.statement); this.ACTION(() => { for (const x of s) body.push(x); }); } },
      ]);
    });
    return { kind: 'Module', body };
  });

  public interactive = this.RULE('interactive', (): A.Interactive => {
    const body: A.Stmt[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Newline); } },
        { ALT: () => { const s = this.SUBRULE(this.statement); this.ACTION(() => { for (const x of s) body.push(x); }); } },
      ]);
    });
    return { kind: 'Interactive', body };
  });

  public evalInput = this.RULE('evalInput', (): A.Expr => {
    const e = this.SUBRULE(this.starExpressions);
    this.MANY(() => this.CONSUME(T.Newline));
    return e;
  });

  public statement = this.RULE('statement', (): A.Stmt[] => {
    if (!this.RECORDING_PHASE) this.checkSoftKeywordStatement();
    return this.OR([
      { ALT: () => [this.SUBRULE(this.compoundStatement)] },
      { ALT: () => this.SUBRULE(this.simpleStatements) },
    ]);
  });

  public simpleStatements = this.RULE('simpleStatements', (): A.Stmt[] => {
    const out: A.Stmt[] = [];
    const first = this.SUBRULE(this.simpleStatement);
    this.ACTION(() => out.push(first));
    this.MANY(() => {
      this.CONSUME(T.Semi);
      const s = this.SUBRULE2(this.simpleStatement);
      this.ACTION(() => out.push(s));
    });
    this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.Newline);
    return out;
  });

  /** The block after a compound statement's ':'; `what` names the statement for
   * "expected an indented block after ..." (CPython's wording), `line` is its line. */
  public block = this.RULE('block', (what: string, line: number): A.Stmt[] => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Newline);
          if (!this.RECORDING_PHASE && this.LA(1).tokenType !== T.Indent) {
            const t = this.LA(1);
            const msg = `expected an indented block after ${what} on line ${line}`;
            let k = 1;
            while (this.LA(k).tokenType === T.Dedent) k++; // the DEDENTs at the end of the file
            const atEnd = this.LA(k).tokenType.name === 'EOF' || Number.isNaN(this.LA(k).startLine);
            if (atEnd) throw this.errorAtEndOfFile(msg, 'IndentationError');
            // (CPython's end_offset is the token's end, but it prints one caret; so do we.)
            throw this.error(msg, tokStart(t), { end_lineno: t.startLine!, end_col_offset: t.startColumn! - 1 }, 'IndentationError');
          }
          this.CONSUME(T.Indent);
          const body: A.Stmt[] = [];
          this.AT_LEAST_ONE(() => {
            const s = this.SUBRULE(this.statement);
            this.ACTION(() => { for (const x of s) body.push(x); });
          });
          this.CONSUME(T.Dedent);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStatements) },
    ]);
  });

  // ============================================================ simple statements
  public simpleStatement = this.RULE('simpleStatement', (): A.Stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.expressionStatement) },
      { ALT: () => { const t = this.CONSUME(T.Pass); return { kind: 'Pass', ...spanTT(t, t) } as A.Pass; } },
      { ALT: () => { const t = this.CONSUME(T.Break); return { kind: 'Break', ...spanTT(t, t) } as A.Break; } },
      { ALT: () => { const t = this.CONSUME(T.Continue); return { kind: 'Continue', ...spanTT(t, t) } as A.Continue; } },
      { ALT: () => this.SUBRULE(this.returnStatement) },
      { ALT: () => this.SUBRULE(this.raiseStatement) },
      { ALT: () => this.SUBRULE(this.globalStatement) },
      { ALT: () => this.SUBRULE(this.delStatement) },
      { ALT: () => this.SUBRULE(this.assertStatement) },
      { ALT: () => this.SUBRULE(this.importStatement) },
      { ALT: () => this.SUBRULE(this.fromImportStatement) },
    ]);
  });

  public expressionStatement = this.RULE('expressionStatement', (): A.Stmt => {
    const startTok = this.LA(1);
    const first = this.OR([
      { ALT: () => this.SUBRULE(this.yieldExpression) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
    this.ACTION(() => {
      // CPython's invalid_named_expression `expression ':=' expression` at a statement's
      // start: `a[0] := 1`, `(a, b) := 1` (a bare `x := 1` stays "invalid syntax", as in
      // CPython, and so does `a, b := 1`, which is no single expression)
      if (this.LA(1).tokenType === T.ColonEqual && (first.kind !== 'Tuple' || this.parenExtent.has(first)) && first.kind !== 'Starred' &&
        !(first.kind === 'Name' && !this.parenExtent.has(first))) {
        throw this.errorAtNode(`cannot use assignment expressions with ${exprName(first)}`, first);
      }
    });
    return this.OR2([
      {
        // Annotated assignment.
        ALT: () => {
          const colon = this.CONSUME(T.Colon);
          // `*a: int`: no rule of CPython's takes the ':' after a starred expression
          this.ACTION(() => {
            if (first.kind === 'Starred') throw this.errorAtToken('invalid syntax', colon);
            // no annotation after the ':' of what cannot be annotated (`x == 1:`, a
            // forgotten `if`): CPython's parser never got past the ':' (an annotatable
            // target's missing annotation is found at the next token, by `expression`)
            const next = this.LA(1).tokenType;
            if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript'
              && (next === T.Newline || next === T.Semi || next.name === 'EOF')) throw this.errorAtToken('invalid syntax', colon);
          });
          const annotation = this.SUBRULE(this.expression);
          let value: A.Expr | null = null;
          this.OPTION(() => {
            this.CONSUME(T.Equal);
            value = this.OR3([
              { ALT: () => this.SUBRULE2(this.yieldExpression) },
              { ALT: () => this.SUBRULE2(this.starExpressions) },
            ]);
          });
          return this.ACTION((): A.AnnAssign => {
            // CPython underlines a parenthesised tuple whole, a bare one at its first element
            if (first.kind === 'Tuple') throw this.errorAtNode('only single target (not tuple) can be annotated', this.parenExtent.has(first) ? first : first.elts[0] ?? first);
            if (first.kind === 'List') throw this.errorAtNode('only single target (not list) can be annotated', first);
            if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
              throw this.errorAtNode('illegal target for annotation', first);
            }
            first.ctx = 'Store';
            const simple = first.kind === 'Name' && startTok.tokenType !== T.LParen;
            const end: Pos = value ?? annotation;
            return { kind: 'AnnAssign', target: first, annotation, value, simple, ...this.span(first, end) };
          });
        },
      },
      {
        // Augmented assignment.
        ALT: () => {
          const opTok = this.SUBRULE(this.augOperator);
          const value = this.OR4([
            { ALT: () => this.SUBRULE3(this.yieldExpression) },
            { ALT: () => this.SUBRULE3(this.starExpressions) },
          ]);
          return this.ACTION((): A.AugAssign => {
            if (opTok.tokenType === T.AtEqual) throw this.unsupported("matrix multiplication ('@=') is", opTok);
            if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
              throw this.errorAtNode(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
            }
            first.ctx = 'Store';
            return { kind: 'AugAssign', target: first, op: augOpByType.get(opTok.tokenType)!, value, ...this.span(first, value) };
          });
        },
      },
      {
        // Assignment (one or more `=`) or an expression statement.
        ALT: () => {
          const chain: A.Expr[] = [first];
          this.MANY(() => {
            this.CONSUME2(T.Equal);
            const v = this.OR5([
              { ALT: () => this.SUBRULE4(this.yieldExpression) },
              { ALT: () => this.SUBRULE4(this.starExpressions) },
            ]);
            this.ACTION(() => chain.push(v));
          });
          return this.ACTION((): A.Stmt => {
            if (chain.length === 1) return { kind: 'Expr', value: first, ...this.span(first, first) };
            const value = chain.pop()!;
            if (chain.length >= 2 && chain.some((t) => invalidTarget(t, false) !== null)) this.chainedAssignEqualHint(chain);
            for (let i = 0; i < chain.length; i++) this.assignTarget(chain[i]!, i === 0 && chain.length === 1);
            return { kind: 'Assign', targets: chain, value, ...this.span(first, value) };
          });
        },
      },
    ]);
  });

  public augOperator = this.RULE('augOperator', (): IToken => {
    return this.OR(AUG_OPS.map(([t]) => ({ ALT: () => this.CONSUME(t) })));
  });

  public returnStatement = this.RULE('returnStatement', (): A.Return => {
    const t = this.CONSUME(T.Return);
    let value: A.Expr | null = null;
    this.OPTION(() => { value = this.SUBRULE(this.starExpressions); });
    return this.ACTION(() => ({ kind: 'Return', value, ...(value ? this.spanT(t, value) : spanTT(t, t)) }));
  });

  public raiseStatement = this.RULE('raiseStatement', (): A.Raise => {
    const t = this.CONSUME(T.Raise);
    let exc: A.Expr | null = null;
    let cause: A.Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.From);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return this.ACTION(() => {
      const end: EndPos | null = cause ?? exc;
      return { kind: 'Raise', exc, cause, ...(end ? this.spanT(t, end) : spanTT(t, t)) };
    });
  });

  public globalStatement = this.RULE('globalStatement', (): A.Global | A.Nonlocal => {
    const kw = this.OR([{ ALT: () => this.CONSUME(T.Global) }, { ALT: () => this.CONSUME(T.Nonlocal) }]);
    const names: string[] = [];
    let last = this.CONSUME(T.Name);
    this.ACTION(() => names.push(last.image));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      last = this.CONSUME2(T.Name);
      this.ACTION(() => names.push(last.image));
    });
    return this.ACTION(() => ({ kind: kw.tokenType === T.Global ? 'Global' : 'Nonlocal', names, ...spanTT(kw, last) }) as A.Global);
  });

  public delStatement = this.RULE('delStatement', (): A.Delete => {
    const t = this.CONSUME(T.Del);
    const targets: A.Expr[] = [];
    let e = this.SUBRULE(this.starExpressionsList);
    return this.ACTION(() => {
      const items = e.items;
      for (const item of items) {
        const bad = invalidTarget(item, true);
        if (bad !== null) throw this.errorAtNode(`cannot delete ${exprName(bad)}`, bad);
        setContext(item, 'Del');
        targets.push(item);
      }
      return { kind: 'Delete', targets, ...this.spanT(t, e.end) };
    });
  });

  public assertStatement = this.RULE('assertStatement', (): A.Assert => {
    const t = this.CONSUME(T.Assert);
    const test = this.SUBRULE(this.expression);
    let msg: A.Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      msg = this.SUBRULE2(this.expression);
    });
    return this.ACTION(() => ({ kind: 'Assert', test, msg, ...this.spanT(t, msg ?? test) }));
  });

  public dottedName = this.RULE('dottedName', (): { name: string; first: IToken; last: IToken } => {
    const first = this.CONSUME(T.Name);
    let last = first;
    let name = first.image;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      last = this.CONSUME2(T.Name);
      this.ACTION(() => { name += '.' + last.image; });
    });
    return { name, first, last };
  });

  public importStatement = this.RULE('importStatement', (): A.Import => {
    const t = this.CONSUME(T.Import);
    const names: A.Alias[] = [];
    const one = () => {
      const d = this.SUBRULE(this.dottedName);
      let asTok: IToken | null = null;
      this.OPTION(() => {
        this.CONSUME(T.As);
        asTok = this.CONSUME(T.Name);
      });
      this.ACTION(() => {
        const a: IToken | null = asTok;
        names.push({ kind: 'alias', name: d.name, asname: a ? a.image : null, ...spanTT(d.first, a ?? d.last) });
      });
    };
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: one });
    return this.ACTION(() => ({ kind: 'Import', names, ...this.spanT(t, names[names.length - 1]!) }));
  });

  public importAlias = this.RULE('importAlias', (): A.Alias => {
    const n = this.CONSUME(T.Name);
    let asTok: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      asTok = this.CONSUME2(T.Name);
    });
    return this.ACTION(() => {
      const a: IToken | null = asTok;
      return { kind: 'alias', name: n.image, asname: a ? a.image : null, ...spanTT(n, a ?? n) };
    });
  });

  public fromImportStatement = this.RULE('fromImportStatement', (): A.ImportFrom => {
    const t = this.CONSUME(T.From);
    let level = 0;
    let module: string | null = null;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); level += 1; } },
        { ALT: () => { this.CONSUME(T.Ellipsis); level += 3; } },
      ]);
    });
    this.OPTION(() => { module = this.SUBRULE(this.dottedName).name; });
    const importTok = this.CONSUME(T.Import);
    const names: A.Alias[] = [];
    let end: EndPos = { end_lineno: 0, end_col_offset: 0 };
    this.OR2([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          this.ACTION(() => { names.push({ kind: 'alias', name: '*', asname: null, ...spanTT(s, s) }); end = tokEnd(s); });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const a = this.SUBRULE(this.importAlias);
          this.ACTION(() => names.push(a));
          this.MANY2(() => {
            this.CONSUME(T.Comma);
            const b = this.SUBRULE2(this.importAlias);
            this.ACTION(() => names.push(b));
          });
          this.OPTION2(() => this.CONSUME2(T.Comma));
          const r = this.CONSUME(T.RParen);
          this.ACTION(() => { end = tokEnd(r); });
        },
      },
      {
        ALT: () => {
          const a = this.SUBRULE3(this.importAlias);
          this.ACTION(() => names.push(a));
          this.MANY3(() => {
            this.CONSUME3(T.Comma);
            const b = this.SUBRULE4(this.importAlias);
            this.ACTION(() => names.push(b));
          });
          this.OPTION3({
            GATE: () => this.LA(1).tokenType === T.Comma,
            DEF: () => {
              this.CONSUME4(T.Comma);
              this.ACTION(() => { throw this.errorAtLookahead('trailing comma not allowed without surrounding parentheses'); });
            },
          });
          this.ACTION(() => { end = names[names.length - 1]!; });
        },
      },
    ]);
    return this.ACTION(() => {
      if (level === 0 && module === null) throw this.errorAtToken('invalid syntax', importTok);
      return { kind: 'ImportFrom', module, names, level, ...this.spanT(t, end) };
    });
  });

  // ============================================================ compound statements
  public compoundStatement = this.RULE('compoundStatement', (): A.Stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.whileStatement) },
      { ALT: () => this.SUBRULE(this.forStatement, { ARGS: [null] }) },
      { ALT: () => this.SUBRULE(this.withStatement, { ARGS: [null] }) },
      { ALT: () => this.SUBRULE(this.tryStatement) },
      { ALT: () => this.SUBRULE(this.functionDef, { ARGS: [[], null] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.asyncStatement) },
    ]);
  });

  public asyncStatement = this.RULE('asyncStatement', (): A.Stmt => {
    const a = this.CONSUME(T.Async);
    return this.OR([
      { ALT: () => this.SUBRULE(this.functionDef, { ARGS: [[], a] }) },
      { ALT: () => this.SUBRULE(this.forStatement, { ARGS: [a] }) },
      { ALT: () => this.SUBRULE(this.withStatement, { ARGS: [a] }) },
    ]);
  });

  public decorated = this.RULE('decorated', (): A.Stmt => {
    const decorators: A.Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      const d = this.SUBRULE(this.namedExpression);
      this.CONSUME(T.Newline);
      this.ACTION(() => decorators.push(d));
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.functionDef, { ARGS: [decorators, null] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decorators] }) },
      {
        ALT: () => {
          const a = this.CONSUME(T.Async);
          return this.SUBRULE2(this.functionDef, { ARGS: [decorators, a] });
        },
      },
    ]);
  });

  public ifStatement = this.RULE('ifStatement', (): A.If => {
    const t = this.CONSUME(T.If);
    const test = this.SUBRULE(this.namedExpression);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'if' statement", t.startLine!] });
    const orelse = this.SUBRULE(this.elseOrElif);
    return this.ACTION(() => ({ kind: 'If', test, body, orelse, ...this.spanT(t, lastOf(orelse.length ? orelse : body)) }));
  });

  public elseOrElif = this.RULE('elseOrElif', (): A.Stmt[] => {
    let out: A.Stmt[] = [];
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.Elif);
            const test = this.SUBRULE(this.namedExpression);
            this.CONSUME(T.Colon);
            const body = this.SUBRULE(this.block, { ARGS: ["'elif' statement", t.startLine!] });
            const orelse = this.SUBRULE(this.elseOrElif);
            this.ACTION(() => { out = [{ kind: 'If', test, body, orelse, ...this.spanT(t, lastOf(orelse.length ? orelse : body)) }]; });
          },
        },
        { ALT: () => { out = this.SUBRULE(this.elseBlock); } },
      ]);
    });
    return out;
  });

  public elseBlock = this.RULE('elseBlock', (): A.Stmt[] => {
    const t = this.CONSUME(T.Else);
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", t.startLine!] });
  });

  public whileStatement = this.RULE('whileStatement', (): A.While => {
    const t = this.CONSUME(T.While);
    const test = this.SUBRULE(this.namedExpression);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", t.startLine!] });
    let orelse: A.Stmt[] = [];
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    return this.ACTION(() => ({ kind: 'While', test, body, orelse, ...this.spanT(t, lastOf(orelse.length ? orelse : body)) }));
  });

  public forStatement = this.RULE('forStatement', (asyncTok: IToken | null): A.For | A.AsyncFor => {
    const t = this.CONSUME(T.For);
    const target = this.SUBRULE(this.starTargets);
    const inTok = this.CONSUME(T.In);
    const iter = this.SUBRULE(this.starExpressions);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", t.startLine!] });
    let orelse: A.Stmt[] = [];
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    return this.ACTION(() => {
      this.forTarget(target, inTok);
      return {
        kind: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse,
        ...this.spanT(asyncTok ?? t, lastOf(orelse.length ? orelse : body)),
      } as A.For;
    });
  });

  public withStatement = this.RULE('withStatement', (asyncTok: IToken | null): A.With | A.AsyncWith => {
    const t = this.CONSUME(T.With);
    const items: A.WithItem[] = [];
    this.OR([
      {
        GATE: () => this.parenthesizedWithItems(),
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          this.CONSUME(T.LParen);
          const a = this.SUBRULE(this.withItem);
          this.ACTION(() => items.push(a));
          this.MANY(() => {
            this.CONSUME(T.Comma);
            const b = this.SUBRULE2(this.withItem);
            this.ACTION(() => items.push(b));
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          const a = this.SUBRULE3(this.withItem);
          this.ACTION(() => items.push(a));
          this.MANY2(() => {
            this.CONSUME3(T.Comma);
            const b = this.SUBRULE4(this.withItem);
            this.ACTION(() => items.push(b));
          });
        },
      },
    ]);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", t.startLine!] });
    return this.ACTION(() => ({ kind: asyncTok ? 'AsyncWith' : 'With', items, body, ...this.spanT(asyncTok ?? t, lastOf(body)) }) as A.With);
  });

  /** `with (` starts CPython 3.11's parenthesised with-items when the matching `)` is
   * followed by `:` (otherwise the parenthesis belongs to an expression), when an `as`
   * stands directly inside it, or when it has no matching `)`: in the last two both
   * readings fail, and CPython reports the one that got further (`with (a as b:` and
   * `with (a as b) as c:` after the `b`, where the expression reading stops at the `as`). */
  private parenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== T.LParen) return false;
    let level = 0;
    let itemAs = false;
    for (let k = 1; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.LParen || t === T.LBracket || t === T.LBrace) level++;
      else if (t === T.RParen || t === T.RBracket || t === T.RBrace) {
        level--;
        if (level === 0) return itemAs || this.LA(k + 1).tokenType === T.Colon;
      } else if (t === T.As && level === 1) itemAs = true;
      else if (t === T.Newline || t.name === 'EOF') return true;
    }
  }

  public withItem = this.RULE('withItem', (): A.WithItem => {
    const context_expr = this.SUBRULE(this.expression);
    let optional_vars: A.Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      // any expression, then checked as a target: CPython's invalid_with_item names what
      // cannot be assigned to (`as x in y`: "cannot assign to comparison")
      optional_vars = this.OR([
        { GATE: () => this.LA(1).tokenType === T.Star, ALT: () => this.SUBRULE(this.starTarget) },
        { ALT: () => this.SUBRULE2(this.expression) },
      ]);
    });
    return this.ACTION(() => {
      if (optional_vars) this.forTarget(optional_vars, null);
      return { context_expr, optional_vars };
    });
  });

  public tryStatement = this.RULE('tryStatement', (): A.Try => {
    const t = this.CONSUME(T.Try);
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", t.startLine!] });
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    if (!this.RECORDING_PHASE) {
      const next = this.LA(1).tokenType;
      if (next !== T.Except && next !== T.Finally) {
        throw this.atEndOfFile() ? this.errorAtEndOfFile("expected 'except' or 'finally' block") : this.errorAtLookahead("expected 'except' or 'finally' block");
      }
    }
    this.OR([
      { ALT: () => { finalbody = this.SUBRULE(this.finallyBlock); } },
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const h = this.SUBRULE(this.exceptBlock);
            this.ACTION(() => handlers.push(h));
          });
          this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
          this.OPTION2(() => { finalbody = this.SUBRULE2(this.finallyBlock); });
        },
      },
    ]);
    return this.ACTION(() => {
      const last = finalbody.length ? lastOf(finalbody) : orelse.length ? lastOf(orelse) : handlers[handlers.length - 1]!;
      return { kind: 'Try', body, handlers, orelse, finalbody, ...this.spanT(t, last) };
    });
  });

  public finallyBlock = this.RULE('finallyBlock', (): A.Stmt[] => {
    const t = this.CONSUME(T.Finally);
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'finally' statement", t.startLine!] });
  });

  public exceptBlock = this.RULE('exceptBlock', (): A.ExceptHandler => {
    const t = this.CONSUME(T.Except);
    if (!this.RECORDING_PHASE && this.LA(1).tokenType === T.Star) throw this.unsupported("'except*' is", t);
    let type: A.Expr | null = null;
    let name: string | null = null;
    this.OPTION(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION2({
        GATE: () => this.LA(1).tokenType === T.Comma,
        DEF: () => {
          const comma = this.CONSUME(T.Comma);
          this.SUBRULE(this.starExpressionsList);
          this.ACTION(() => {
            // CPython's invalid_except_stmt: `except a, b [as NAME] :`, from `a` to where the
            // tokenizer stands, just past the ':' (its 1-based end offset is the ':''s
            // 0-based end); without that shape the ',' is invalid syntax
            const k = this.LA(1).tokenType === T.As && this.LA(2).tokenType === T.Name ? 3 : 1;
            const colon = this.LA(k);
            if (colon.tokenType !== T.Colon) throw this.errorAtToken('invalid syntax', comma);
            throw this.error('multiple exception types must be parenthesized', type!, { end_lineno: colon.endLine!, end_col_offset: colon.startColumn! - 1 });
          });
        },
      });
      this.OPTION3(() => {
        this.CONSUME(T.As);
        name = this.CONSUME(T.Name).image;
      });
    });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'except' statement", t.startLine!] });
    return this.ACTION(() => ({ kind: 'ExceptHandler', type, name, body, ...this.spanT(t, lastOf(body)) }));
  });

  public functionDef = this.RULE('functionDef', (decorators: A.Expr[], asyncTok: IToken | null): A.FunctionDef | A.AsyncFunctionDef => {
    const t = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Name);
    this.CONSUME(T.LParen);
    let args: A.Arguments = emptyArguments();
    this.OPTION(() => { args = this.SUBRULE(this.parameters, { ARGS: [true] }); });
    // `def f((a)):` (a list that is not empty stops at its '(' in buildArguments)
    this.ACTION(() => { if (this.LA(0).tokenType === T.LParen) this.parenthesizedParameters([], false); });
    this.CONSUME(T.RParen);
    let returns: A.Expr | null = null;
    this.OPTION2({
      // `['->' expression]` is optional before the forced ':': `def f() -> :` fails at the
      // '->' ("expected ':'"), not at the ':' after it
      GATE: () => this.LA(2).tokenType !== T.Colon && this.LA(2).tokenType !== T.Newline,
      DEF: () => {
        this.CONSUME(T.Arrow);
        returns = this.SUBRULE(this.expression);
      },
    });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['function definition', t.startLine!] });
    return this.ACTION(() => ({
      kind: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name: name.image, args, body,
      decorator_list: decorators, returns, ...this.spanT(asyncTok ?? t, lastOf(body)),
    }) as A.FunctionDef);
  });

  public classDef = this.RULE('classDef', (decorators: A.Expr[]): A.ClassDef => {
    const t = this.CONSUME(T.Class);
    const name = this.CONSUME(T.Name);
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    this.OPTION(() => {
      const lp = this.CONSUME(T.LParen);
      let items: ArgItem[] = [];
      this.OPTION2(() => { items = (this.RECORDING_PHASE ? this.SUBRULE(this.argumentList) : this.argumentListCore()); });
      const rp = this.CONSUME(T.RParen);
      this.ACTION(() => {
        const r = this.buildCallArgs(items, lp, rp, false);
        bases = r.args;
        keywords = r.keywords;
      });
    });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['class definition', t.startLine!] });
    return this.ACTION(() => ({
      kind: 'ClassDef', name: name.image, bases, keywords, body, decorator_list: decorators, ...this.spanT(t, lastOf(body)),
    }));
  });

  // ============================================================ parameters
  /** Parameters of `def` (annotations allowed) or `lambda` (not). */
  public parameters = this.RULE('parameters', (annotations: boolean): A.Arguments => {
    const items: ParamItem[] = [];
    const first = this.SUBRULE(this.parameterItem, { ARGS: [annotations] });
    this.ACTION(() => items.push(first));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const it = this.SUBRULE2(this.parameterItem, { ARGS: [annotations] });
      this.ACTION(() => items.push(it));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION(() => this.buildArguments(items, !annotations));
  });

  public parameterItem = this.RULE('parameterItem', (annotations: boolean): ParamItem => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Slash);
          return { kind: 'slash', tok: s, arg: null, default_: null, afterDefault: null } as ParamItem;
        },
      },
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          let arg: A.Arg | null = null;
          this.OPTION(() => { arg = this.SUBRULE(this.parameter, { ARGS: [annotations] }); });
          this.OPTION3({
            // CPython's invalid_star_etc / invalid_lambda_star_etc: `*a=1`, at the '='
            GATE: () => arg !== null,
            DEF: () => {
              const eq = this.CONSUME(T.Equal);
              this.ACTION(() => { throw this.errorAtToken('var-positional argument cannot have default value', eq); });
            },
          });
          return { kind: 'star', tok: s, arg, default_: null, afterDefault: null } as ParamItem;
        },
      },
      {
        ALT: () => {
          const s = this.CONSUME(T.DoubleStar);
          const arg = this.SUBRULE2(this.parameter, { ARGS: [annotations] });
          this.OPTION4(() => {
            // CPython's invalid_kwds / invalid_lambda_kwds: `**k=1`, at the '='
            const eq = this.CONSUME2(T.Equal);
            this.ACTION(() => { throw this.errorAtToken('var-keyword argument cannot have default value', eq); });
          });
          return { kind: 'doublestar', tok: s, arg, default_: null, afterDefault: null } as ParamItem;
        },
      },
      {
        ALT: () => {
          const arg = this.SUBRULE3(this.parameter, { ARGS: [annotations] });
          let default_: A.Expr | null = null;
          let eq: IToken | null = null;
          this.OPTION2(() => {
            eq = this.CONSUME(T.Equal);
            default_ = this.SUBRULE(this.expression);
          });
          return { kind: 'plain', tok: eq ?? ({} as IToken), arg, default_, afterDefault: eq } as ParamItem;
        },
      },
    ]);
  });

  public parameter = this.RULE('parameter', (annotations: boolean): A.Arg => {
    const n = this.CONSUME(T.Name);
    let annotation: A.Expr | null = null;
    this.OPTION({
      GATE: () => annotations,
      DEF: () => {
        this.CONSUME(T.Colon);
        annotation = this.SUBRULE(this.expression);
      },
    });
    return this.ACTION(() => ({ kind: 'arg', arg: n.image, annotation, ...(annotation ? this.spanT(n, annotation) : spanTT(n, n)) }));
  });

  /**
   * CPython 3.11's invalid_parameters / invalid_lambda_parameters alternative for a
   * parenthesized group of parameters (Python 2's tuple parameters) after only plain
   * non-default ones: `def f(a, (b, c))`, `def f((a: int,))`, `lambda (x): x`. The list has
   * stopped at a '(' (LA(1)); `items` are the parameters before it (none when the list
   * starts with it). Throws "Function parameters cannot be parenthesized" (def) or "Lambda
   * expression parameters cannot be parenthesized" over the brackets when `(` NAME[:
   * annotation] {, NAME[: annotation]} [,] `)` follows; otherwise returns, and the '(' is
   * plain invalid syntax.
   */
  private parenthesizedParameters(items: ParamItem[], lambda: boolean): void {
    if (this.LA(1).tokenType !== T.LParen) return;
    if (items.length > 0 && this.LA(0).tokenType !== T.Comma) return;
    for (const it of items) if (it.kind !== 'plain' || it.default_ !== null) return;
    let k = 2;
    for (;;) {
      if (this.LA(k).tokenType !== T.Name) return;
      k++;
      if (!lambda && this.LA(k).tokenType === T.Colon) {
        // the annotation: up to the ',' or ')' at its bracket level (no '=' there: a
        // default is not a param_no_default)
        k++;
        let depth = 0;
        for (;; k++) {
          const tt = this.LA(k).tokenType;
          if (depth === 0 && (tt === T.Comma || tt === T.RParen)) break;
          if (depth === 0 && tt === T.Equal) return;
          if (tt === T.LParen || tt === T.LBracket || tt === T.LBrace) depth++;
          else if (tt === T.RParen || tt === T.RBracket || tt === T.RBrace) depth--;
          else if (tt === T.Newline || tt.name === 'EOF') return;
        }
      }
      if (this.LA(k).tokenType === T.Comma) {
        k++;
        if (this.LA(k).tokenType === T.RParen) break;
        continue;
      }
      if (this.LA(k).tokenType === T.RParen) break;
      return;
    }
    const msg = lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized';
    throw this.error(msg, tokStart(this.LA(1)), tokEnd(this.LA(k)));
  }

  /** `lambda`: the parameters of a lambda (parsed without annotations), whose errors CPython
   * places differently in a few cases. */
  private buildArguments(items: ParamItem[], lambda = false): A.Arguments {
    this.parenthesizedParameters(items, lambda);
    const out = emptyArguments();
    let seenSlash = false;
    let seenStar = false;
    let seenDoubleStar = false;
    let seenDefault = false;
    // (a repeated parameter name is the symtable's error, as in CPython: it comes after
    // every parse error of the file, and a string source's shows no line)
    let slashWithoutArgs = true;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (seenDoubleStar) throw this.errorAtToken('arguments cannot follow var-keyword argument', it.kind === 'plain' ? tokOfArg(it.arg!) : it.tok);
      switch (it.kind) {
        case 'slash':
          if (seenSlash) throw this.errorAtToken('/ may appear only once', it.tok);
          if (seenStar) throw this.errorAtToken('/ must be ahead of *', it.tok);
          // CPython 3.11's invalid_parameters needs something after the '/' to name this;
          // a lone `(/)` is plain invalid syntax
          if (out.args.length === 0) throw this.errorAtToken(i + 1 < items.length ? 'at least one argument must precede /' : 'invalid syntax', it.tok);
          seenSlash = true;
          slashWithoutArgs = false;
          out.posonlyargs = out.args;
          out.args = [];
          break;
        case 'star':
          // CPython's invalid_star_etc names a second '*' only when a parameter or a ','
          // follows it (`*a, *)` is plain invalid syntax at it)
          if (seenStar) throw this.errorAtToken(it.arg || i + 1 < items.length ? '* argument may appear only once' : 'invalid syntax', it.tok);
          seenStar = true;
          if (it.arg) {
            out.vararg = it.arg;
          } else {
            const next = items[i + 1];
            if (next !== undefined && next.kind === 'slash') throw this.errorAtToken('/ must be ahead of *', next.tok);
            // (a bare '*' ending the list names this only before the list's closer, `)` or
            // lambda's ':': `def f(*, (b))` is invalid syntax at the '(')
            if (next === undefined && this.LA(1).tokenType !== (lambda ? T.Colon : T.RParen)) break;
            if (next === undefined || (next.kind !== 'plain' && next.kind !== 'star')) {
              // CPython's invalid_lambda_star_etc raises at the last token it matched (the
              // ':' or the '**' after `*,`); invalid_star_etc (def) at the '*'.
              if (lambda && next === undefined) throw this.errorAtToken('named arguments must follow bare *', this.LA(1));
              if (lambda && next!.kind === 'doublestar') throw this.errorAtToken('named arguments must follow bare *', next!.tok);
              throw this.errorAtToken('named arguments must follow bare *', it.tok);
            }
          }
          break;
        case 'doublestar':
          out.kwarg = it.arg;
          seenDoubleStar = true;
          break;
        case 'plain': {
          const a = it.arg!;
          if (seenStar) {
            out.kwonlyargs.push(a);
            out.kw_defaults.push(it.default_);
          } else {
            if (it.default_) {
              seenDefault = true;
              out.defaults.push(it.default_);
            } else if (seenDefault) {
              throw this.errorAtNode('non-default argument follows default argument', a);
            }
            out.args.push(a);
          }
          break;
        }
      }
    }
    void slashWithoutArgs;
    return out;
  }

  // ============================================================ expressions
  /** star_expressions: one expression, or a Tuple when there is a comma. */
  public starExpressions = this.RULE('starExpressions', (): A.Expr => {
    const r = this.SUBRULE(this.starExpressionsList);
    return this.ACTION(() => {
      if (!r.comma) return r.items[0]!;
      return { kind: 'Tuple', elts: r.items, ctx: 'Load', ...this.span(r.items[0]!, r.end) };
    });
  });

  /** The elements of star_expressions, whether a comma was seen, and where it ends. */
  public starExpressionsList = this.RULE('starExpressionsList', (): { items: A.Expr[]; comma: boolean; end: EndPos } => {
    const items: A.Expr[] = [];
    let comma = false;
    const first = this.SUBRULE(this.starExpression);
    let end: EndPos = first;
    this.ACTION(() => items.push(first));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const e = this.SUBRULE2(this.starExpression);
      this.ACTION(() => { items.push(e); comma = true; end = e; });
    });
    this.OPTION(() => {
      const c = this.CONSUME2(T.Comma);
      this.ACTION(() => { comma = true; end = tokEnd(c); });
    });
    return { items, comma, end };
  });

  public starExpression = this.RULE('starExpression', (): A.Expr => {
    if (!this.RECORDING_PHASE) {
      const level = this.shortcutLevel();
      if (level !== 0) return this.shortcut(level);
    }
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.arith);
          return this.ACTION((): A.Starred => ({ kind: 'Starred', value: v, ctx: 'Load', ...this.spanT(s, v) }));
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  public starNamedExpression = this.RULE('starNamedExpression', (): A.Expr => {
    if (!this.RECORDING_PHASE) {
      const level = this.shortcutLevel();
      if (level !== 0) return this.shortcut(level);
    }
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.arith);
          return this.ACTION((): A.Starred => ({ kind: 'Starred', value: v, ctx: 'Load', ...this.spanT(s, v) }));
        },
      },
      { ALT: () => this.SUBRULE(this.namedExpression) },
    ]);
  });

  public namedExpression = this.RULE('namedExpression', (inCall?: boolean): A.Expr => {
    if (!this.RECORDING_PHASE) {
      const level = this.shortcutLevel();
      if (level !== 0) return this.shortcut(level);
    }
    return this.OR([
      {
        ALT: () => {
          const n = this.CONSUME(T.Name);
          this.CONSUME(T.ColonEqual);
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): A.NamedExpr => ({
            kind: 'NamedExpr', target: { kind: 'Name', id: n.image, ctx: 'Store', ...spanTT(n, n) }, value, ...this.spanT(n, value),
          }));
        },
      },
      {
        ALT: () => {
          const e = this.SUBRULE2(this.expression);
          this.OPTION({
            // CPython's invalid_named_expression: `x = 1` where only an expression fits.
            GATE: () => inCall !== true && this.LA(1).tokenType === T.Equal && this.LA(2).tokenType !== T.Equal,
            DEF: () => {
              const eqTok = this.CONSUME(T.Equal);
              const rhs = this.SUBRULE(this.arith);
              this.ACTION(() => {
                const follow = this.LA(1).tokenType;
                if (follow !== T.Equal && follow !== T.ColonEqual) {
                  if (e.kind === 'Name' && !this.parenExtent.has(e)) {
                    throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
                  }
                  if (isBitwiseOrLevel(e)) {
                    // `if [a][0] = 1:` is excluded by the rule's lookahead: a plain syntax error at '='
                    if (!this.startsWithDisplay(e)) {
                      throw this.errorAtNode(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
                    }
                  }
                }
                // otherwise the rule fails (`if a or b = 1:`, `if a = b = 1:`, `if [a][0] = 1:`):
                // a plain syntax error at the '='
                throw this.errorAtToken('invalid syntax', eqTok);
              });
            },
          });
          this.OPTION2({
            // (not in a call's arguments: CPython's args rule never reaches invalid_named_expression)
            GATE: () => inCall !== true && this.LA(1).tokenType === T.ColonEqual,
            DEF: () => {
              this.CONSUME2(T.ColonEqual);
              this.ACTION(() => { throw this.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e); });
            },
          });
          return e;
        },
      },
    ]);
  });

  public expression = this.RULE('expression', (): A.Expr => {
    if (!this.RECORDING_PHASE) {
      const level = this.shortcutLevel();
      return level !== 0 ? this.shortcut(level) : this.expressionDirect();
    }
    const result = this.OR([
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          const body = this.SUBRULE(this.disjunction);
          let out: A.Expr = body;
          this.OPTION(() => {
            this.CONSUME(T.If);
            const test = this.SUBRULE2(this.disjunction);
            this.CONSUME(T.Else);
            const orelse = this.SUBRULE(this.expression);
            this.ACTION(() => { out = { kind: 'IfExp', test, body, orelse, ...this.span(body, orelse) }; });
          });
          this.OPTION2({
            // CPython's invalid_expression: two expressions side by side inside brackets.
            GATE: () => FORGOT_COMMA_STARTS.has(this.LA(1).tokenType) && this.levelOfNext() > 0 && out === body,
            DEF: () => {
              const second = this.SUBRULE3(this.disjunction);
              this.ACTION(() => { throw this.error('invalid syntax. Perhaps you forgot a comma?', body, second); });
            },
          });
          return out;
        },
      },
    ]);
    return result;
  });

  /** `expression` at parse time (see boolDirect): lambda, or a disjunction with an optional
   * `if ... else ...` (the else branch iterates, so long if-else chains use no recursion
   * here), or CPython's invalid_expression `Perhaps you forgot a comma?`. */
  private expressionDirect(): A.Expr {
    if (this.LA(1).tokenType === T.Lambda) return this.lambdefDirect();
    let body = this.boolDirect(T.Or);
    if (this.LA(1).tokenType === T.If) {
      // `a if b else c if d else e`: the pairs (a, b), (c, d) are collected by a loop and
      // folded right to left; each level still counts towards MAX_EXPR_DEPTH, as CPython's
      // compiler counts the nested IfExp (RecursionError near 3000).
      const pairs: { body: A.Expr; test: A.Expr }[] = [];
      const depthBefore = this.depth;
      let orelse: A.Expr | null = null;
      while (this.LA(1).tokenType === T.If) {
        this.enter(this.LA(1));
        this.CONSUME(T.If);
        const test = this.boolDirect(T.Or);
        const next = this.LA(1).tokenType;
        if (next !== T.Else && next !== T.Colon) {
          // CPython's invalid_expression: `a if b` not followed by 'else' (or ':')
          throw this.error("expected 'else' after 'if' expression", body, test);
        }
        this.CONSUME(T.Else);
        pairs.push({ body, test });
        if (this.LA(1).tokenType === T.Lambda) {
          orelse = this.lambdefDirect();
          break;
        }
        body = this.boolDirect(T.Or);
      }
      if (orelse === null) orelse = this.forgotComma(body);
      this.depth = depthBefore;
      let e = orelse;
      for (let i = pairs.length - 1; i >= 0; i--) {
        const p = pairs[i]!;
        e = { kind: 'IfExp', test: p.test, body: p.body, orelse: e, ...this.span(p.body, e) };
      }
      return e;
    }
    return this.forgotComma(body);
  }

  /** `lambdef` at parse time: its body is parsed without going through chevrotain's rule
   * machinery, so nested lambdas cost a few JS frames each. */
  private lambdefDirect(): A.Lambda {
    const t = this.CONSUME(T.Lambda);
    this.enter(t);
    const next = this.LA(1).tokenType;
    const args = next === T.Name || next === T.Star || next === T.DoubleStar || next === T.Slash
      ? this.parametersCore(false) : emptyArguments();
    if (next === T.LParen) this.parenthesizedParameters([], true);
    // lambda's ':' is a plain token in CPython's grammar (not &&':'): a missing one is
    // "invalid syntax", not "expected ':'"
    this.CONSUME(T.Colon, { ERR_MSG: 'lambda:COLON' });
    const level = this.shortcutLevel();
    const body = level !== 0 ? this.shortcut(level) : this.expressionDirect();
    this.depth--;
    return { kind: 'Lambda', args, body, ...this.spanT(t, body) };
  }

  /** CPython's invalid_expression after a complete disjunction inside brackets. */
  private forgotComma(body: A.Expr): A.Expr {
    const next = this.LA(1).tokenType;
    // CPython's invalid_legacy_expression: `print x` / `exec x` (Python 2 statements)
    if (body.kind === 'Name' && (body.id === 'print' || body.id === 'exec') && FORGOT_COMMA_STARTS.has(next) && next !== T.Lambda) {
      let last = this.expressionDirect();
      while (this.LA(1).tokenType === T.Comma && FORGOT_COMMA_STARTS.has(this.LA(2).tokenType)) {
        this.CONSUME(T.Comma);
        last = this.expressionDirect();
      }
      // star_expressions takes a trailing comma into the tuple's range: `print 'a',`
      const trailing = this.LA(1).tokenType === T.Comma ? this.CONSUME2(T.Comma) : null;
      const end: EndPos = trailing !== null ? { end_lineno: trailing.endLine!, end_col_offset: trailing.endColumn! } : last;
      throw this.error(`Missing parentheses in call to '${body.id}'. Did you mean ${body.id}(...)?`, body, end);
    }
    if (this.levelOfNext() > 0 && this.levelOfNext() !== this.dictKeyLevel) this.throwIfForgotComma(body);
    return body;
  }

  /**
   * CPython's invalid_expression, `!(NAME STRING | SOFT_KEYWORD) a=disjunction
   * b=expression_without_invalid`, with `body` the disjunction just parsed and the next
   * token starting a second expression: "Perhaps you forgot a comma?" over both. Not when
   * the first starts with a soft keyword (`_ b`, `match b`) or is a name followed by a
   * string (`a "b"`): plain "invalid syntax" at the next token then. A `not` left after a
   * disjunction is not `not in`, so it starts the second expression (`[a not b]`).
   */
  private throwIfForgotComma(body: A.Expr): void {
    const next = this.LA(1).tokenType;
    if (!(FORGOT_COMMA_STARTS.has(next) && next !== T.Lambda) && next !== T.Not) return;
    if (body.kind === 'Name' && next === T.String) return;
    const first = leftmostOperand(body);
    if (first.kind === 'Name' && SOFT_KEYWORDS.has(first.id) && first.col_offset === body.col_offset && first.lineno === body.lineno) return;
    const second = next === T.Not ? this.expressionDirect() : this.boolDirect(T.Or);
    throw this.error('invalid syntax. Perhaps you forgot a comma?', body, second);
  }

  public lambdef = this.RULE('lambdef', (): A.Lambda => {
    const t = this.CONSUME(T.Lambda);
    let args = emptyArguments();
    this.OPTION(() => { args = this.SUBRULE(this.parameters, { ARGS: [false] }); });
    this.ACTION(() => { if (this.LA(0).tokenType === T.Lambda) this.parenthesizedParameters([], true); });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    return this.ACTION(() => ({ kind: 'Lambda', args, body, ...this.spanT(t, body) }));
  });

  public disjunction = this.RULE('disjunction', (): A.Expr => {
    if (!this.RECORDING_PHASE) return this.boolDirect(T.Or);
    const first = this.SUBRULE(this.conjunction);
    let values: A.Expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(T.Or);
      const e = this.SUBRULE2(this.conjunction);
      this.ACTION(() => { (values ??= [first]).push(e); });
    });
    return this.ACTION(() => {
      const vs: A.Expr[] | null = values;
      if (vs === null) return first;
      return { kind: 'BoolOp', op: 'Or', values: vs, ...this.span(first, vs[vs.length - 1]!) };
    });
  });

  public conjunction = this.RULE('conjunction', (): A.Expr => {
    if (!this.RECORDING_PHASE) return this.boolDirect(T.And);
    const first = this.SUBRULE(this.inversion);
    let values: A.Expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(T.And);
      const e = this.SUBRULE2(this.inversion);
      this.ACTION(() => { (values ??= [first]).push(e); });
    });
    return this.ACTION(() => {
      const vs: A.Expr[] | null = values;
      if (vs === null) return first;
      return { kind: 'BoolOp', op: 'And', values: vs, ...this.span(first, vs[vs.length - 1]!) };
    });
  });

  public inversion = this.RULE('inversion', (): A.Expr => {
    if (!this.RECORDING_PHASE) return this.inversionDirect();
    let nots: IToken[] | null = null;
    this.MANY(() => {
      const t = this.CONSUME(T.Not);
      this.ACTION(() => { (nots ??= []).push(t); });
    });
    const operand = this.SUBRULE(this.comparison);
    return this.ACTION(() => {
      const ns: IToken[] | null = nots;
      if (ns === null) return operand;
      let e: A.Expr = operand;
      for (let i = ns.length - 1; i >= 0; i--) e = { kind: 'UnaryOp', op: 'Not', operand: e, ...this.spanT(ns[i]!, e) };
      return e;
    });
  });

  public comparison = this.RULE('comparison', (): A.Expr => {
    if (!this.RECORDING_PHASE) return this.comparisonDirect();
    const left = this.SUBRULE(this.arith);
    let ops: A.CmpOperator[] | null = null;
    const comparators: A.Expr[] = [];
    this.MANY(() => {
      const op = this.SUBRULE(this.compareOperator);
      const right = this.SUBRULE2(this.arith);
      this.ACTION(() => { (ops ??= []).push(op); comparators.push(right); });
    });
    return this.ACTION(() => {
      if (ops === null) return left;
      return { kind: 'Compare', left, ops, comparators, ...this.span(left, comparators[comparators.length - 1]!) };
    });
  });

  public compareOperator = this.RULE('compareOperator', (): A.CmpOperator => {
    return this.OR([
      ...COMPARE_OPS.map(([t, op]) => ({ ALT: () => { this.CONSUME(t); return op; } })),
      {
        ALT: () => {
          this.CONSUME(T.Not);
          this.CONSUME2(T.In);
          return 'NotIn' as A.CmpOperator;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Is);
          let op: A.CmpOperator = 'Is';
          this.OPTION(() => { this.CONSUME2(T.Not); op = 'IsNot'; });
          return op;
        },
      },
    ]);
  });

  /** Every binary operator from `|` to `* / // % @`, folded by precedence (foldBinary). */
  public arith = this.RULE('arith', (): A.Expr => {
    if (!this.RECORDING_PHASE) return this.arithDirect();
    const first = this.SUBRULE(this.factor);
    let operands: A.Expr[] | null = null;
    let ops: IToken[] | null = null;
    this.MANY(() => {
      const op = this.SUBRULE(this.binaryOperator);
      const right = this.SUBRULE2(this.factor);
      this.ACTION(() => {
        if (operands === null) { operands = [first]; ops = []; }
        operands.push(right);
        ops!.push(op);
      });
    });
    return this.ACTION(() => (operands === null ? first : this.foldBinary(operands, ops!)));
  });

  public binaryOperator = this.RULE('binaryOperator', (): IToken => {
    return this.OR(BINARY_OPS.map(([t]) => ({ ALT: () => this.CONSUME(t) })));
  });

  /** Operator-precedence folding of `e0 op0 e1 op1 e2 ...` (all left associative). */
  private foldBinary(operands: A.Expr[], ops: IToken[]): A.Expr {
    const values: A.Expr[] = [operands[0]!];
    const pending: { op: A.Operator; prec: number }[] = [];
    const reduce = () => {
      const right = values.pop()!;
      const left = values.pop()!;
      const o = pending.pop()!;
      values.push({ kind: 'BinOp', left, op: o.op, right, ...this.span(left, right) });
    };
    for (let i = 0; i < ops.length; i++) {
      const tok = ops[i]!;
      if (tok.tokenType === T.At) throw this.unsupported("matrix multiplication ('@') is", tok);
      const info = binaryOpByType.get(tok.tokenType)!;
      while (pending.length > 0 && pending[pending.length - 1]!.prec >= info.prec) reduce();
      pending.push(info);
      values.push(operands[i + 1]!);
    }
    while (pending.length > 0) reduce();
    return values[0]!;
  }

  /** Unary `+ - ~` (collected by a loop), then CPython's power: await_primary ['**' factor]
   * (right associative, tighter than a unary on its left). One rule for the three CPython
   * levels factor, power and await_primary: every operand passes through here, and each rule
   * invocation costs JS stack (see shortcutLevel). */
  public factor = this.RULE('factor', (): A.Expr => {
    if (!this.RECORDING_PHASE) return this.factorDirect();
    let prefix: IToken[] | null = null;
    this.MANY(() => {
      const t = this.OR([
        { ALT: () => this.CONSUME(T.Minus) },
        { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Tilde) },
      ]);
      this.ACTION(() => { (prefix ??= []).push(t); });
    });
    let awaitTok: IToken | null = null;
    this.OPTION(() => { awaitTok = this.CONSUME(T.Await); });
    const value = this.SUBRULE(this.primary);
    let base: A.Expr = value;
    this.ACTION(() => {
      const t: IToken | null = awaitTok;
      if (t !== null) base = { kind: 'Await', value, ...this.spanT(t, value) };
    });
    let operand: A.Expr = base;
    this.OPTION2(() => {
      const t = this.CONSUME(T.DoubleStar);
      if (!this.RECORDING_PHASE) this.enter(t);
      const exponent = this.SUBRULE(this.factor);
      this.ACTION(() => {
        this.depth--;
        operand = { kind: 'BinOp', left: base, op: 'Pow', right: exponent, ...this.span(base, exponent) };
      });
    });
    return this.ACTION(() => {
      const ps: IToken[] | null = prefix;
      if (ps === null) return operand;
      let e: A.Expr = operand;
      for (let i = ps.length - 1; i >= 0; i--) {
        const t = ps[i]!;
        const op: A.UnaryOperator = t.tokenType === T.Minus ? 'USub' : t.tokenType === T.Plus ? 'UAdd' : 'Invert';
        e = { kind: 'UnaryOp', op, operand: e, ...this.spanT(t, e) };
      }
      return e;
    });
  });

  public primary = this.RULE('primary', (): A.Expr => {
    if (!this.RECORDING_PHASE) return this.primaryDirect();
    let e = this.SUBRULE(this.atom);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            const n = this.CONSUME(T.Name);
            this.ACTION(() => { e = { kind: 'Attribute', value: e, attr: n.image, ctx: 'Load', ...this.spanNT(e, n) }; });
          },
        },
        {
          ALT: () => {
            const lp = this.CONSUME(T.LParen);
            let items: ArgItem[] = [];
            this.OPTION(() => { items = (this.RECORDING_PHASE ? this.SUBRULE(this.argumentList) : this.argumentListCore()); });
            const rp = this.CONSUME(T.RParen);
            this.ACTION(() => {
              const r = this.buildCallArgs(items, lp, rp);
              e = { kind: 'Call', func: e, args: r.args, keywords: r.keywords, ...this.spanNT(e, rp) };
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            const s = (this.RECORDING_PHASE ? this.SUBRULE(this.slices) : this.slicesCore());
            const rb = this.CONSUME(T.RBracket);
            this.ACTION(() => { e = { kind: 'Subscript', value: e, slice: s, ctx: 'Load', ...this.spanNT(e, rb) }; });
          },
        },
      ]);
    });
    return e;
  });

  /*
   * The precedence rules at parse time, from `disjunction` down to `factor`: the same grammar
   * as the recorded rules (which stay, for chevrotain's lookahead analysis of the rules that
   * call them), with every decision LL(1) on the next token and taken in plain code. They
   * call each other as plain methods, without chevrotain's rule wrapper: an operand costs a
   * few JS frames instead of about forty, which is what lets 200 nested brackets parse on a
   * cold JS stack. A token that fits nowhere is left to the rule that must consume it, which
   * raises the same recognition error as the DSL version.
   */

  /** disjunction (`or`) or conjunction (`and`): one operator, its operands one level down. */
  private boolDirect(op: TokenType): A.Expr {
    const first = op === T.Or ? this.boolDirect(T.And) : this.inversionDirect();
    if (this.LA(1).tokenType !== op) return first;
    const values: A.Expr[] = [first];
    while (this.LA(1).tokenType === op) {
      this.CONSUME(op);
      values.push(op === T.Or ? this.boolDirect(T.And) : this.inversionDirect());
    }
    return { kind: 'BoolOp', op: op === T.Or ? 'Or' : 'And', values, ...this.span(first, values[values.length - 1]!) };
  }

  private inversionDirect(): A.Expr {
    if (this.LA(1).tokenType !== T.Not) return this.comparisonDirect();
    const nots: IToken[] = [];
    while (this.LA(1).tokenType === T.Not) nots.push(this.CONSUME(T.Not));
    let e = this.comparisonDirect();
    for (let i = nots.length - 1; i >= 0; i--) e = { kind: 'UnaryOp', op: 'Not', operand: e, ...this.spanT(nots[i]!, e) };
    return e;
  }

  private comparisonDirect(): A.Expr {
    const left = this.arithDirect();
    let ops: A.CmpOperator[] | null = null;
    const comparators: A.Expr[] = [];
    for (;;) {
      const t = this.LA(1).tokenType;
      let op: A.CmpOperator | undefined = compareOpByType.get(t);
      if (op !== undefined) {
        this.CONSUME(t);
      } else if (t === T.Not) {
        // `not` after an operand can only start `not in`; another `not` is left to the
        // caller (`[a not b]`: "Perhaps you forgot a comma?", else invalid syntax there)
        if (this.LA(2).tokenType !== T.In) break;
        this.CONSUME(T.Not);
        this.CONSUME(T.In);
        op = 'NotIn';
      } else if (t === T.Is) {
        this.CONSUME(T.Is);
        op = 'Is';
        if (this.LA(1).tokenType === T.Not) { this.CONSUME(T.Not); op = 'IsNot'; }
      } else {
        break;
      }
      (ops ??= []).push(op);
      comparators.push(this.arithDirect());
    }
    if (ops === null) return left;
    return { kind: 'Compare', left, ops, comparators, ...this.span(left, comparators[comparators.length - 1]!) };
  }

  private arithDirect(): A.Expr {
    const first = this.factorDirect();
    if (!binaryOpByType.has(this.LA(1).tokenType)) return first;
    const operands: A.Expr[] = [first];
    const ops: IToken[] = [];
    while (binaryOpByType.has(this.LA(1).tokenType)) {
      ops.push(this.CONSUME(this.LA(1).tokenType));
      operands.push(this.factorDirect());
    }
    return this.foldBinary(operands, ops);
  }

  private factorDirect(): A.Expr {
    let prefix: IToken[] | null = null;
    for (;;) {
      const t = this.LA(1).tokenType;
      if (t !== T.Minus && t !== T.Plus && t !== T.Tilde) break;
      (prefix ??= []).push(this.CONSUME(t));
    }
    let operand: A.Expr;
    if (this.LA(1).tokenType === T.Await) {
      const t = this.CONSUME(T.Await);
      const value = this.primaryDirect();
      operand = { kind: 'Await', value, ...this.spanT(t, value) };
    } else {
      operand = this.primaryDirect();
    }
    if (this.LA(1).tokenType === T.DoubleStar) {
      const t = this.CONSUME(T.DoubleStar);
      this.enter(t);
      const exponent = this.factorDirect();
      this.depth--;
      operand = { kind: 'BinOp', left: operand, op: 'Pow', right: exponent, ...this.span(operand, exponent) };
    }
    if (prefix === null) return operand;
    let e = operand;
    for (let i = prefix.length - 1; i >= 0; i--) {
      const t = prefix[i]!;
      const op: A.UnaryOperator = t.tokenType === T.Minus ? 'USub' : t.tokenType === T.Plus ? 'UAdd' : 'Invert';
      e = { kind: 'UnaryOp', op, operand: e, ...this.spanT(t, e) };
    }
    return e;
  }

  /**
   * `primary` at parse time: the same grammar as the recorded rule above, with its MANY/OR/
   * OPTION decisions taken by looking at the next token in plain code. Every operand and
   * every bracket level passes through here, and chevrotain's DSL calls cost about four JS
   * frames each: this keeps 200 nested calls and subscripts within a cold JS stack (and is
   * faster). The decisions are LL(1): a trailer starts with `.`, `(` or `[`.
   */
  private primaryDirect(): A.Expr {
    let e = this.atomDirect();
    for (;;) {
      const t = this.LA(1).tokenType;
      if (t === T.Dot) {
        this.CONSUME(T.Dot);
        const n = this.CONSUME(T.Name);
        e = { kind: 'Attribute', value: e, attr: n.image, ctx: 'Load', ...this.spanNT(e, n) };
      } else if (t === T.LParen) {
        const lp = this.CONSUME(T.LParen);
        const items: ArgItem[] = this.LA(1).tokenType === T.RParen ? [] : this.argumentListCore();
        const rp = this.CONSUME(T.RParen);
        const r = this.buildCallArgs(items, lp, rp);
        e = { kind: 'Call', func: e, args: r.args, keywords: r.keywords, ...this.spanNT(e, rp) };
      } else if (t === T.LBracket) {
        this.CONSUME(T.LBracket);
        const sl = this.slicesCore();
        const rb = this.CONSUME(T.RBracket);
        e = { kind: 'Subscript', value: e, slice: sl, ctx: 'Load', ...this.spanNT(e, rb) };
      } else {
        return e;
      }
    }
  }

  /** `atom` at parse time (see primaryDirect); anything unusual goes through the rule. */
  private atomDirect(): A.Expr {
    const t = this.LA(1);
    switch (t.tokenType) {
      case T.Name:
        this.CONSUME(T.Name);
        return { kind: 'Name', id: t.image, ctx: 'Load', lineno: t.startLine!, col_offset: t.startColumn! - 1, end_lineno: t.endLine!, end_col_offset: t.endColumn! };
      case T.Number:
        this.CONSUME(T.Number);
        return this.numberConstant(t);
      case T.LParen: return this.parenAtomCore();
      case T.LBracket: return this.listAtomCore();
      case T.LBrace: return this.braceAtomCore();
      default: return this.atomCore();
    }
  }

  public slices = this.RULE('slices', (): A.Expr => {
    const first = (this.RECORDING_PHASE ? this.SUBRULE(this.slice) : this.sliceCore());
    let items: A.Expr[] | null = null;
    let end: EndPos = first;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const s = (this.RECORDING_PHASE ? this.SUBRULE2(this.slice) : this.sliceCore());
      this.ACTION(() => { (items ??= [first]).push(s); end = s; });
    });
    this.OPTION(() => {
      const c = this.CONSUME2(T.Comma);
      this.ACTION(() => { items ??= [first]; end = tokEnd(c); });
    });
    return this.ACTION(() => {
      const its: A.Expr[] | null = items;
      // `a[*b]` is a one-element Tuple (PEP 646), as in CPython 3.11.
      if (its === null) return first.kind === 'Starred' ? { kind: 'Tuple', elts: [first], ctx: 'Load', ...this.span(first, first) } : first;
      return { kind: 'Tuple', elts: its, ctx: 'Load', ...this.span(first, end) };
    });
  });

  public slice = this.RULE('slice', (): A.Expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.arith);
          return this.ACTION((): A.Starred => ({ kind: 'Starred', value: v, ctx: 'Load', ...this.spanT(s, v) }));
        },
      },
      {
        ALT: () => {
          const lower = this.SUBRULE(this.namedExpression);
          let out: A.Expr = lower;
          this.OPTION(() => {
            const c = this.CONSUME(T.Colon);
            const rest = this.SUBRULE(this.sliceRest);
            this.ACTION(() => {
              if (lower.kind === 'NamedExpr') throw this.errorAtToken('invalid syntax', c);
              out = { kind: 'Slice', lower, upper: rest.upper, step: rest.step, ...this.span(lower, rest.end ?? tokEnd(c)) };
            });
          });
          return out;
        },
      },
      {
        ALT: () => {
          const c = this.CONSUME2(T.Colon);
          const rest = this.SUBRULE2(this.sliceRest);
          return this.ACTION((): A.Slice => ({
            kind: 'Slice', lower: null, upper: rest.upper, step: rest.step, ...this.spanT(c, rest.end ?? tokEnd(c)),
          }));
        },
      },
    ]);
  });

  /** After the first ':' of a slice: [upper] [':' [step]]. */
  public sliceRest = this.RULE('sliceRest', (): { upper: A.Expr | null; step: A.Expr | null; end: EndPos | null } => {
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    let end: EndPos | null = null;
    this.OPTION(() => {
      upper = this.SUBRULE(this.expression);
      this.ACTION(() => { end = upper; });
    });
    this.OPTION2(() => {
      const c = this.CONSUME(T.Colon);
      this.ACTION(() => { end = tokEnd(c); });
      this.OPTION3(() => {
        step = this.SUBRULE2(this.expression);
        this.ACTION(() => { end = step; });
      });
    });
    return { upper, step, end };
  });

  // ------------------------------------------------------------ call arguments
  public argumentList = this.RULE('argumentList', (): ArgItem[] => {
    const items: ArgItem[] = [];
    const first = (this.RECORDING_PHASE ? this.SUBRULE(this.argument) : this.argumentCore());
    this.ACTION(() => items.push(first));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const a = (this.RECORDING_PHASE ? this.SUBRULE2(this.argument) : this.argumentCore());
      this.ACTION(() => items.push(a));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      this.ACTION(() => { (items as ArgList).trailingComma = true; });
    });
    return items;
  });

  public argument = this.RULE('argument', (): ArgItem => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.expression);
          return this.ACTION((): ArgItem => {
            const value: A.Starred = { kind: 'Starred', value: v, ctx: 'Load', ...this.spanT(s, v) };
            // `f(*a for a in b)`: CPython's invalid_arguments names the starred item
            if (this.LA(1).tokenType === T.For) throw this.errorAtNode('iterable unpacking cannot be used in comprehension', value);
            return { kind: 'starred', value, name: null, start: s, genexp: false };
          });
        },
      },
      {
        ALT: () => {
          const s = this.CONSUME(T.DoubleStar);
          const v = this.SUBRULE2(this.expression);
          return { kind: 'doublestar', value: v, name: null, start: s, genexp: false };
        },
      },
      {
        ALT: () => {
          const n = this.CONSUME(T.Name);
          const eq = this.CONSUME(T.Equal);
          const v = this.SUBRULE3(this.expression);
          this.ACTION(() => {
            // CPython's invalid_kwarg `NAME '=' expression for_if_clauses`: `f(a=1 for a in b)`
            const next = this.LA(1).tokenType;
            if (next === T.For || (next === T.Async && this.LA(2).tokenType === T.For)) {
              throw this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokStart(n), tokEnd(eq));
            }
          });
          return { kind: 'keyword', value: v, name: n, start: n, genexp: false };
        },
      },
      {
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          const start = this.LA(1);
          let e = (this.RECORDING_PHASE ? this.SUBRULE(this.namedExpression, { ARGS: [true] }) : this.namedExpressionCore(true));
          let genexp = false;
          let genexpFor: IToken | undefined;
          this.OPTION(() => {
            const forTok = this.LA(1);
            const gens = this.SUBRULE(this.comprehensionClauses);
            this.ACTION(() => {
              genexp = true;
              genexpFor = forTok;
              e = { kind: 'GeneratorExp', elt: e, generators: gens.generators, ...this.span(e, gens.end) };
            });
          });
          this.OPTION2({
            // CPython's invalid_kwarg: `f(a.b=1)`, `f(True=1)`.
            GATE: () => this.LA(1).tokenType === T.Equal,
            DEF: () => {
              const eq = this.CONSUME2(T.Equal);
              this.ACTION(() => {
                if (e.kind === 'Constant' && (e.value.type === 'bool' || e.value.type === 'None')) {
                  throw this.error(`cannot assign to ${exprName(e)}`, e, tokEnd(eq)); // `True=` underlined
                }
                // `f(a=)`: the keyword alternative failed at its value; invalid_kwarg's
                // `!(NAME '=') expression '='` excludes a bare name, so the error is generic
                if (e.kind === 'Name' && !this.parenExtent.has(e)) throw this.errorAtLookahead('invalid syntax');
                throw this.error('expression cannot contain assignment, perhaps you meant "=="?', e, tokEnd(eq));
              });
            },
          });
          return { kind: 'positional', value: e, name: null, start, genexp, genexpFor } as ArgItem;
        },
      },
    ]);
  });

  private buildCallArgs(items: ArgItem[], lp: IToken, rp: IToken, isCall = true): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let seenKeyword = false;
    let seenDoubleStar = false;
    for (const it of items) {
      // a bare generator expression is the only argument, without a trailing comma
      if (it.genexp && (items.length > 1 || (items as ArgList).trailingComma === true)) {
        throw this.errorAtNode('Generator expression must be parenthesized', it.value);
      }
      // class bases are `arguments`, which has no genexp alternative: `class A(x for x in y)`
      // fails at the `for` (CPython's _PyPegen_nonparen_genexp_in_call gives up on one argument)
      if (it.genexp && !isCall) throw this.errorAtToken('invalid syntax', it.genexpFor!);
      switch (it.kind) {
        case 'positional':
          if (seenDoubleStar) throw this.errorAtToken('positional argument follows keyword argument unpacking', rp ?? it.start);
          if (seenKeyword) throw this.errorAtToken('positional argument follows keyword argument', rp ?? it.start);
          if (it.genexp && isCall) {
            // A lone generator argument takes the call's parentheses as its own (CPython 3.11).
            it.value.lineno = lp.startLine!;
            it.value.col_offset = lp.startColumn! - 1;
            it.value.end_lineno = rp.endLine!;
            it.value.end_col_offset = rp.endColumn!;
          }
          args.push(it.value);
          break;
        case 'starred':
          if (seenDoubleStar) throw this.errorAtToken('iterable argument unpacking follows keyword argument unpacking', it.start);
          args.push(it.value);
          break;
        case 'keyword':
          seenKeyword = true;
          keywords.push({ kind: 'keyword', arg: it.name!.image, value: it.value, ...this.spanT(it.name!, it.value) });
          break;
        case 'doublestar':
          seenDoubleStar = true;
          keywords.push({ kind: 'keyword', arg: null, value: it.value, ...this.spanT(it.start, it.value) });
          break;
      }
    }
    return { args, keywords };
  }

  // ------------------------------------------------------------ comprehensions
  public comprehensionClauses = this.RULE('comprehensionClauses', (): { generators: A.Comprehension[]; end: EndPos } => {
    const generators: A.Comprehension[] = [];
    let end: EndPos = { end_lineno: 0, end_col_offset: 0 };
    this.AT_LEAST_ONE(() => {
      let isAsync = false;
      this.OPTION(() => { this.CONSUME(T.Async); isAsync = true; });
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.starTargets);
      // CPython's invalid_for_target reads the target as star_expressions: a second
      // expression after it (`[x for x y]`) is invalid_expression's "forgot a comma"
      this.ACTION(() => {
        if (this.LA(1).tokenType === T.In) return;
        const last = target.kind === 'Tuple' ? target.elts[target.elts.length - 1]! : target;
        if (last.kind !== 'Starred') this.throwIfForgotComma(last);
      });
      const inTok = this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: A.Expr[] = [];
      this.ACTION(() => { end = iter; });
      this.MANY(() => {
        this.CONSUME(T.If);
        const c = this.SUBRULE2(this.disjunction);
        this.ACTION(() => { ifs.push(c); end = c; });
      });
      this.ACTION(() => {
        this.forTarget(target, inTok);
        generators.push({ target, iter, ifs, is_async: isAsync });
      });
    });
    return { generators, end };
  });

  /** star_targets for `for` and comprehensions: primaries (so `in` ends the target). */
  public starTargets = this.RULE('starTargets', (): A.Expr => {
    const first = this.SUBRULE(this.starTarget);
    let items: A.Expr[] | null = null;
    let end: EndPos = first;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const e = this.SUBRULE2(this.starTarget);
      this.ACTION(() => { (items ??= [first]).push(e); end = e; });
    });
    this.OPTION(() => {
      const c = this.CONSUME2(T.Comma);
      this.ACTION(() => { items ??= [first]; end = tokEnd(c); });
    });
    return this.ACTION(() => {
      const its: A.Expr[] | null = items;
      if (its === null) return first;
      return { kind: 'Tuple', elts: its, ctx: 'Store', ...this.span(first, end) };
    });
  });

  public starTarget = this.RULE('starTarget', (): A.Expr => {
    return this.OR([
      {
        ALT: () => {
          const s = this.CONSUME(T.Star);
          const v = this.SUBRULE(this.starTarget);
          return this.ACTION((): A.Starred => ({ kind: 'Starred', value: v, ctx: 'Store', ...this.spanT(s, v) }));
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  // ------------------------------------------------------------ atoms
  public atom = this.RULE('atom', (): A.Expr => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.Name);
          return { kind: 'Name', id: t.image, ctx: 'Load', lineno: t.startLine!, col_offset: t.startColumn! - 1, end_lineno: t.endLine!, end_col_offset: t.endColumn! } as A.Name;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Number);
          return this.ACTION(() => this.numberConstant(t));
        },
      },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => { const t = this.CONSUME(T.True); return constant({ type: 'bool', value: true }, t); } },
      { ALT: () => { const t = this.CONSUME(T.False); return constant({ type: 'bool', value: false }, t); } },
      { ALT: () => { const t = this.CONSUME(T.None); return constant({ type: 'None' }, t); } },
      { ALT: () => { const t = this.CONSUME(T.Ellipsis); return constant({ type: 'Ellipsis' }, t); } },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
    ]);
  });

  private numberConstant(t: IToken): A.Constant {
    const raw = t.image;
    const text = raw.indexOf('_') >= 0 ? raw.replace(/_/g, '') : raw;
    const last = text.charCodeAt(text.length - 1);
    if (last === 0x6a || last === 0x4a) throw this.unsupported('imaginary literals are', t);
    const c1 = text.charCodeAt(1);
    const radix = text.length > 1 && text.charCodeAt(0) === 0x30 && (c1 | 0x20) >= 0x62 && ((c1 | 0x20) === 0x78 || (c1 | 0x20) === 0x6f || (c1 | 0x20) === 0x62);
    if (!radix && /[.eE]/.test(text)) return constant({ type: 'float', value: Number(text) }, t);
    if (!radix && literalDigitLimit.decimal > 0 && text.length > literalDigitLimit.decimal) {
      throw this.errorAtToken(`Exceeds the limit (${literalDigitLimit.decimal} digits) for integer string conversion: value has ${text.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.', t);
    }
    return constant({ type: 'int', value: BigInt(text) }, t);
  }

  public strings = this.RULE('strings', (): A.Expr => {
    const toks: IToken[] = [];
    this.AT_LEAST_ONE(() => {
      const t = this.CONSUME(T.String);
      this.ACTION(() => toks.push(t));
    });
    return this.ACTION(() => this.decodeStrings(toks, this));
  });

  /** CPython 3.11's invalid_group `'(' '**' expression ')'`: "cannot use double starred
   * expression here" at the '**' (at parse time, after the '('; any other '**' there is
   * invalid syntax at it). */
  private invalidDoubleStarredGroup(): never {
    const stars = this.CONSUME(T.DoubleStar);
    const next = this.LA(1).tokenType;
    if (!FORGOT_COMMA_STARTS.has(next) && next !== T.LParen && next !== T.LBracket && next !== T.Minus && next !== T.Plus &&
      next !== T.Tilde && next !== T.Not) throw this.errorAtToken('invalid syntax', stars);
    this.expressionDirect();
    if (this.LA(1).tokenType === T.RParen) throw this.errorAtToken('cannot use double starred expression here', stars);
    throw this.errorAtToken('invalid syntax', stars);
  }

  public parenAtom = this.RULE('parenAtom', (): A.Expr => {
    const lp = this.CONSUME(T.LParen);
    if (!this.RECORDING_PHASE) this.enter(lp);
    if (!this.RECORDING_PHASE && this.LA(1).tokenType === T.DoubleStar) this.invalidDoubleStarredGroup();
    const result = this.OR([
      {
        ALT: () => {
          const rp = this.CONSUME(T.RParen);
          return this.ACTION((): A.Tuple => this.parenthesized({ kind: 'Tuple', elts: [], ctx: 'Load', ...spanTT(lp, rp) }));
        },
      },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yieldExpression);
          const rp = this.CONSUME2(T.RParen);
          this.ACTION(() => this.parenExtent.set(y, spanTT(lp, rp)));
          return y;
        },
      },
      {
        ALT: () => {
          const first = (this.RECORDING_PHASE ? this.SUBRULE(this.starNamedExpression) : this.starNamedExpressionCore());
          return this.OR2([
            {
              ALT: () => {
                const gens = this.SUBRULE(this.comprehensionClauses);
                const rp = this.CONSUME3(T.RParen);
                return this.ACTION((): A.GeneratorExp => {
                  if (first.kind === 'Starred') throw this.errorAtNode('iterable unpacking cannot be used in comprehension', first);
                  return { kind: 'GeneratorExp', elt: first, generators: gens.generators, ...spanTT(lp, rp) };
                });
              },
            },
            {
              ALT: () => {
                let elts: A.Expr[] | null = null;
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  const e = (this.RECORDING_PHASE ? this.SUBRULE2(this.starNamedExpression) : this.starNamedExpressionCore());
                  this.ACTION(() => { (elts ??= [first]).push(e); });
                });
                this.OPTION(() => {
                  this.CONSUME2(T.Comma);
                  this.ACTION(() => { elts ??= [first]; });
                });
                const rp = this.CONSUME4(T.RParen);
                return this.ACTION((): A.Expr => {
                  const es: A.Expr[] | null = elts;
                  if (es === null) {
                    if (first.kind === 'Starred') throw this.errorAtNode('cannot use starred expression here', first);
                    this.parenExtent.set(first, spanTT(lp, rp));
                    return first;
                  }
                  return this.parenthesized({ kind: 'Tuple', elts: es, ctx: 'Load', ...spanTT(lp, rp) });
                });
              },
            },
          ]);
        },
      },
    ]);
    if (!this.RECORDING_PHASE) this.depth--;
    return result;
  });

  public listAtom = this.RULE('listAtom', (): A.Expr => {
    const lb = this.CONSUME(T.LBracket);
    if (!this.RECORDING_PHASE) this.enter(lb);
    const result = this.OR([
      {
        ALT: () => {
          const rb = this.CONSUME(T.RBracket);
          return this.ACTION((): A.List => ({ kind: 'List', elts: [], ctx: 'Load', ...spanTT(lb, rb) }));
        },
      },
      {
        ALT: () => {
          const first = (this.RECORDING_PHASE ? this.SUBRULE(this.starNamedExpression) : this.starNamedExpressionCore());
          return this.OR2([
            {
              ALT: () => {
                const gens = this.SUBRULE(this.comprehensionClauses);
                const rb = this.CONSUME2(T.RBracket);
                return this.ACTION((): A.ListComp => {
                  if (first.kind === 'Starred') throw this.errorAtNode('iterable unpacking cannot be used in comprehension', first);
                  return { kind: 'ListComp', elt: first, generators: gens.generators, ...spanTT(lb, rb) };
                });
              },
            },
            {
              ALT: () => {
                const elts: A.Expr[] = [first];
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  const e = (this.RECORDING_PHASE ? this.SUBRULE2(this.starNamedExpression) : this.starNamedExpressionCore());
                  this.ACTION(() => elts.push(e));
                });
                let trailing: IToken | null = null;
                this.OPTION(() => { trailing = this.CONSUME2(T.Comma); });
                this.ACTION(() => this.checkComprehensionTarget(elts, trailing));
                const rb = this.CONSUME3(T.RBracket);
                return this.ACTION((): A.List => ({ kind: 'List', elts, ctx: 'Load', ...spanTT(lb, rb) }));
              },
            },
          ]);
        },
      },
    ]);
    if (!this.RECORDING_PHASE) this.depth--;
    return result;
  });

  public braceAtom = this.RULE('braceAtom', (): A.Expr => {
    const lb = this.CONSUME(T.LBrace);
    if (!this.RECORDING_PHASE) this.enter(lb);
    const result = this.OR([
      {
        ALT: () => {
          const rb = this.CONSUME(T.RBrace);
          return this.ACTION((): A.Dict => ({ kind: 'Dict', keys: [], values: [], ...spanTT(lb, rb) }));
        },
      },
      {
        // {**a, ...}
        ALT: () => {
          const stars = this.CONSUME(T.DoubleStar);
          const v = this.SUBRULE(this.arith);
          this.ACTION(() => {
            // CPython's invalid_dict_comprehension: `{**a for a in b}`, at the '**'
            if (this.startsComprehension()) throw this.errorAtToken('dict unpacking cannot be used in dict comprehension', stars);
          });
          const keys: (A.Expr | null)[] = [null];
          const values: A.Expr[] = [v];
          this.SUBRULE(this.dictRest, { ARGS: [keys, values] });
          const rb = this.CONSUME2(T.RBrace);
          return this.ACTION((): A.Dict => ({ kind: 'Dict', keys, values, ...spanTT(lb, rb) }));
        },
      },
      {
        ALT: () => {
          const first = (this.RECORDING_PHASE ? this.SUBRULE(this.starNamedExpression) : this.starNamedExpressionCore());
          return this.OR2([
            {
              // Dict display or comprehension.
              ALT: () => {
                const colon = this.CONSUME(T.Colon);
                // a starred key (`{*a: 1}`): no rule of CPython's takes the ':' after it
                this.ACTION(() => {
            if (first.kind === 'Starred') throw this.errorAtToken('invalid syntax', colon);
            // no annotation after the ':' of what cannot be annotated (`x == 1:`, a
            // forgotten `if`): CPython's parser never got past the ':' (an annotatable
            // target's missing annotation is found at the next token, by `expression`)
            const next = this.LA(1).tokenType;
            if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript'
              && (next === T.Newline || next === T.Semi || next.name === 'EOF')) throw this.errorAtToken('invalid syntax', colon);
          });
                this.checkDictValueFollows(colon);
                const value = this.SUBRULE(this.expression);
                return this.OR3([
                  {
                    ALT: () => {
                      const gens = this.SUBRULE(this.comprehensionClauses);
                      const rb = this.CONSUME3(T.RBrace);
                      return this.ACTION((): A.DictComp => ({ kind: 'DictComp', key: first, value, generators: gens.generators, ...spanTT(lb, rb) }));
                    },
                  },
                  {
                    ALT: () => {
                      const keys: (A.Expr | null)[] = [first];
                      const values: A.Expr[] = [value];
                      this.SUBRULE2(this.dictRest, { ARGS: [keys, values] });
                      const rb = this.CONSUME4(T.RBrace);
                      return this.ACTION((): A.Dict => ({ kind: 'Dict', keys, values, ...spanTT(lb, rb) }));
                    },
                  },
                ]);
              },
            },
            {
              ALT: () => {
                const gens = this.SUBRULE2(this.comprehensionClauses);
                const rb = this.CONSUME5(T.RBrace);
                return this.ACTION((): A.SetComp => {
                  if (first.kind === 'Starred') throw this.errorAtNode('iterable unpacking cannot be used in comprehension', first);
                  return { kind: 'SetComp', elt: first, generators: gens.generators, ...spanTT(lb, rb) };
                });
              },
            },
            {
              ALT: () => {
                const elts: A.Expr[] = [first];
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  const e = (this.RECORDING_PHASE ? this.SUBRULE2(this.starNamedExpression) : this.starNamedExpressionCore());
                  this.ACTION(() => elts.push(e));
                });
                let trailing: IToken | null = null;
                this.OPTION(() => { trailing = this.CONSUME2(T.Comma); });
                this.ACTION(() => this.checkComprehensionTarget(elts, trailing));
                const rb = this.CONSUME6(T.RBrace);
                return this.ACTION((): A.SetExpr => ({ kind: 'Set', elts, ...spanTT(lb, rb) }));
              },
            },
          ]);
        },
      },
    ]);
    if (!this.RECORDING_PHASE) this.depth--;
    return result;
  });

  /** Whether the next tokens start a comprehension's `for` clause. */
  private startsComprehension(): boolean {
    const next = this.LA(1).tokenType;
    return next === T.For || (next === T.Async && this.LA(2).tokenType === T.For);
  }

  /** CPython's invalid_comprehension: a list or set display's items followed by `for`
   * (`[x, y for x, y in z]`, `[x, for x in z]`) are a tuple target missing its parentheses. */
  private checkComprehensionTarget(elts: A.Expr[], trailing: IToken | null): void {
    if (!this.startsComprehension()) return;
    if (elts.length === 1 && trailing === null) return;
    const end: EndPos = elts.length === 1 ? tokEnd(trailing!) : elts[elts.length - 1]!;
    throw this.error('did you forget parentheses around the comprehension target?', elts[0]!, end);
  }

  /** CPython's invalid_kvpair / invalid_double_starred_kvpairs after a key's ':' : no
   * value before '}' or ','. */
  private checkDictValueFollows(colon: IToken): void {
    if (this.RECORDING_PHASE) return;
    const next = this.LA(1).tokenType;
    if (next === T.RBrace || next === T.Comma) throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
    if (next === T.Star) {
      // `k: *v`: CPython underlines from the '*' to the end of the operand (here: the
      // operand's first token, which is all of it in the usual `*name`)
      const star = this.LA(1);
      const operand = this.LA(2);
      const end = operand.tokenType === T.RBrace || operand.tokenType === T.Comma || Number.isNaN(operand.startLine) ? star : operand;
      throw this.error('cannot use a starred expression in a dictionary value', tokStart(star), tokEnd(end));
    }
  }

  /** The items after a dict display's first item: (',' (k ':' v | '**' e))* [','] */
  public dictRest = this.RULE('dictRest', (keys: (A.Expr | null)[], values: A.Expr[]): void => {
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.DoubleStar);
            const v = this.SUBRULE(this.arith);
            this.ACTION(() => { keys.push(null); values.push(v); });
          },
        },
        {
          ALT: () => {
            // CPython tries invalid_kvpair before "Perhaps you forgot a comma?" for the keys
            // after the first: no forgot-comma error at the key's own bracket level.
            const outerKeyLevel = this.dictKeyLevel;
            if (!this.RECORDING_PHASE) this.dictKeyLevel = this.levelOfNext();
            let k: A.Expr;
            try {
              k = this.SUBRULE(this.expression);
            } finally {
              this.dictKeyLevel = outerKeyLevel;
            }
            if (!this.RECORDING_PHASE && this.LA(1).tokenType !== T.Colon) {
              // CPython's invalid_kvpair: at the key's last character, with no end
              throw this.error("':' expected after dictionary key", { lineno: k.end_lineno, col_offset: k.end_col_offset - 1 },
                { end_lineno: k.end_lineno, end_col_offset: -1 });
            }
            const colon = this.CONSUME(T.Colon);
            this.checkDictValueFollows(colon);
            const v = this.SUBRULE2(this.expression);
            this.ACTION(() => { keys.push(k); values.push(v); });
          },
        },
      ]);
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  public yieldExpression = this.RULE('yieldExpression', (): A.Yield | A.YieldFrom => {
    const t = this.CONSUME(T.Yield);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.From);
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): A.YieldFrom => ({ kind: 'YieldFrom', value, ...this.spanT(t, value) }));
        },
      },
      {
        ALT: () => {
          let value: A.Expr | null = null;
          this.OPTION(() => { value = this.SUBRULE(this.starExpressions); });
          return this.ACTION((): A.Yield => ({ kind: 'Yield', value, ...(value ? this.spanT(t, value) : spanTT(t, t)) }));
        },
      },
    ]);
  });
}

// ---------------------------------------------------------------- small helpers
function constant(value: A.ConstantValue, t: IToken): A.Constant {
  return { kind: 'Constant', value, lineno: t.startLine!, col_offset: t.startColumn! - 1, end_lineno: t.endLine!, end_col_offset: t.endColumn! };
}

function lastOf(stmts: A.Stmt[] | A.ExceptHandler[]): EndPos {
  return stmts[stmts.length - 1]!;
}

function emptyArguments(): A.Arguments {
  return { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function tokOfArg(a: A.Arg): IToken {
  return { startLine: a.lineno, startColumn: a.col_offset + 1, endLine: a.end_lineno, endColumn: a.end_col_offset } as IToken;
}
