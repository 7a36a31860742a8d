/*
 * String literal decoding: prefixes (r, b, f, rf, u and their cases), escape sequences,
 * bytes, and f-strings split into literal text and replacement fields.
 * (CONTRACT: the lexer's author owns this file and replaces this body.)
 */

/** One piece of an f-string: literal text, or a replacement field whose expression the
 * parser parses from `source` (positions are where `source` starts in the file). */
export type FStringPart =
  | { kind: 'text'; value: string }
  | {
      kind: 'expr';
      source: string;
      line: number;
      col: number;
      /** -1 none, 115 's', 114 'r', 97 'a' */
      conversion: number;
      /** Parts of the format spec after ':' (may contain nested fields), or null. */
      spec: FStringPart[] | null;
      /** For `{x=}`: the text `x=` (with its spaces) to print before the value, else null. */
      debugText: string | null;
    };

export type ParsedString =
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'fstring'; parts: FStringPart[] };

/** Decodes one STRING token's image. `line`/`col` (1-based line, 0-based column) locate
 * the token, for error positions and for f-string field positions. Throws PySyntaxError. */
export function parseStringLiteral(image: string, filename: string, line: number, col: number): ParsedString {
  void image; void filename; void line; void col;
  throw new Error('parseStringLiteral: not written yet');
}
