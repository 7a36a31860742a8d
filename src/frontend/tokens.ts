/*
 * Token types of gilvm's Python lexer: the contract between lexer.ts and parser.ts.
 *
 * One chevrotain TokenType per Python token. Keywords are their own token types (with
 * `longer_alt: Name`, so `iffy` is a name); soft keywords (match, case, type, _) are plain
 * names. NEWLINE, INDENT and DEDENT are produced by the lexer's indentation pass (their
 * patterns are Lexer.NA here: chevrotain never matches them from text). Strings of every
 * prefix are one `String` token; strings.ts decodes the image (escapes, bytes, f-string
 * parts). The order of `allTokens` is the lexer's matching order: longer operators first,
 * keywords before Name.
 */
import type { TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

// ---------------------------------------------------------------- layout tokens
export const Newline = createToken({ name: 'NEWLINE', pattern: Lexer.NA });
export const Indent = createToken({ name: 'INDENT', pattern: Lexer.NA });
export const Dedent = createToken({ name: 'DEDENT', pattern: Lexer.NA });

// ---------------------------------------------------------------- names and literals
export const Name = createToken({ name: 'NAME', pattern: Lexer.NA });
export const Number = createToken({ name: 'NUMBER', pattern: Lexer.NA });
export const String = createToken({ name: 'STRING', pattern: Lexer.NA });

// ---------------------------------------------------------------- keywords
function keyword(word: string): TokenType {
  return createToken({ name: word, pattern: Lexer.NA, label: `'${word}'` });
}
export const False = keyword('False');
export const None = keyword('None');
export const True = keyword('True');
export const And = keyword('and');
export const As = keyword('as');
export const Assert = keyword('assert');
export const Async = keyword('async');
export const Await = keyword('await');
export const Break = keyword('break');
export const Class = keyword('class');
export const Continue = keyword('continue');
export const Def = keyword('def');
export const Del = keyword('del');
export const Elif = keyword('elif');
export const Else = keyword('else');
export const Except = keyword('except');
export const Finally = keyword('finally');
export const For = keyword('for');
export const From = keyword('from');
export const Global = keyword('global');
export const If = keyword('if');
export const Import = keyword('import');
export const In = keyword('in');
export const Is = keyword('is');
export const Lambda = keyword('lambda');
export const Nonlocal = keyword('nonlocal');
export const Not = keyword('not');
export const Or = keyword('or');
export const Pass = keyword('pass');
export const Raise = keyword('raise');
export const Return = keyword('return');
export const Try = keyword('try');
export const While = keyword('while');
export const With = keyword('with');
export const Yield = keyword('yield');

export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  [False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass,
    Raise, Return, Try, While, With, Yield].map((t) => [t.name, t]),
);

// ---------------------------------------------------------------- operators and delimiters
function op(name: string, text: string): TokenType {
  return createToken({ name, pattern: Lexer.NA, label: `'${text}'` });
}
export const LParen = op('LPAR', '(');
export const RParen = op('RPAR', ')');
export const LBracket = op('LSQB', '[');
export const RBracket = op('RSQB', ']');
export const LBrace = op('LBRACE', '{');
export const RBrace = op('RBRACE', '}');
export const Colon = op('COLON', ':');
export const Comma = op('COMMA', ',');
export const Semi = op('SEMI', ';');
export const Dot = op('DOT', '.');
export const Ellipsis = op('ELLIPSIS', '...');
export const Arrow = op('RARROW', '->');
export const ColonEqual = op('COLONEQUAL', ':=');

export const Plus = op('PLUS', '+');
export const Minus = op('MINUS', '-');
export const Star = op('STAR', '*');
export const DoubleStar = op('DOUBLESTAR', '**');
export const Slash = op('SLASH', '/');
export const DoubleSlash = op('DOUBLESLASH', '//');
export const Percent = op('PERCENT', '%');
export const At = op('AT', '@');
export const LeftShift = op('LEFTSHIFT', '<<');
export const RightShift = op('RIGHTSHIFT', '>>');
export const Amper = op('AMPER', '&');
export const VBar = op('VBAR', '|');
export const Circumflex = op('CIRCUMFLEX', '^');
export const Tilde = op('TILDE', '~');

export const Less = op('LESS', '<');
export const Greater = op('GREATER', '>');
export const EqEqual = op('EQEQUAL', '==');
export const NotEqual = op('NOTEQUAL', '!=');
export const LessEqual = op('LESSEQUAL', '<=');
export const GreaterEqual = op('GREATEREQUAL', '>=');

export const Equal = op('EQUAL', '=');
export const PlusEqual = op('PLUSEQUAL', '+=');
export const MinusEqual = op('MINEQUAL', '-=');
export const StarEqual = op('STAREQUAL', '*=');
export const SlashEqual = op('SLASHEQUAL', '/=');
export const DoubleSlashEqual = op('DOUBLESLASHEQUAL', '//=');
export const PercentEqual = op('PERCENTEQUAL', '%=');
export const AtEqual = op('ATEQUAL', '@=');
export const AmperEqual = op('AMPEREQUAL', '&=');
export const VBarEqual = op('VBAREQUAL', '|=');
export const CircumflexEqual = op('CIRCUMFLEXEQUAL', '^=');
export const LeftShiftEqual = op('LEFTSHIFTEQUAL', '<<=');
export const RightShiftEqual = op('RIGHTSHIFTEQUAL', '>>=');
export const DoubleStarEqual = op('DOUBLESTAREQUAL', '**=');

/** Operator text to token type, longest texts first (the lexer tries them in this order). */
export const OPERATORS: ReadonlyArray<readonly [string, TokenType]> = (
  [
    ['...', Ellipsis], ['**=', DoubleStarEqual], ['//=', DoubleSlashEqual], ['>>=', RightShiftEqual],
    ['<<=', LeftShiftEqual], ['->', Arrow], [':=', ColonEqual], ['**', DoubleStar], ['//', DoubleSlash],
    ['<<', LeftShift], ['>>', RightShift], ['==', EqEqual], ['!=', NotEqual], ['<=', LessEqual],
    ['>=', GreaterEqual], ['+=', PlusEqual], ['-=', MinusEqual], ['*=', StarEqual], ['/=', SlashEqual],
    ['%=', PercentEqual], ['@=', AtEqual], ['&=', AmperEqual], ['|=', VBarEqual], ['^=', CircumflexEqual],
    ['(', LParen], [')', RParen], ['[', LBracket], [']', RBracket], ['{', LBrace], ['}', RBrace],
    [':', Colon], [',', Comma], [';', Semi], ['.', Dot], ['+', Plus], ['-', Minus], ['*', Star],
    ['/', Slash], ['%', Percent], ['@', At], ['&', Amper], ['|', VBar], ['^', Circumflex], ['~', Tilde],
    ['<', Less], ['>', Greater], ['=', Equal],
  ] as const
).map(([text, type]) => [text, type] as const);

/** Every token type, for the parser's constructor. */
export const allTokens: TokenType[] = [
  Newline, Indent, Dedent, Name, Number, String,
  ...KEYWORDS.values(),
  ...OPERATORS.map(([, t]) => t),
];
