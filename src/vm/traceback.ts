/*
 * Printing an uncaught exception as CPython 3.11 does: the chain of causes/contexts first
 * (with the two separator sentences), then for each exception "Traceback (most recent call
 * last):", one "  File "x.py", line N, in f" per traceback entry with the stripped source
 * line, runs of more than 3 identical entries collapsed into "[Previous line repeated N
 * more times]", and the "Type: message" line. (3.11's ~~~^^^ position markers: not yet.)
 * Source lines are read from the file when printing (rt.sourceCache), like linecache.
 */
import { readFileSync } from 'node:fs';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { clearError, fetchError } from './errors.js';
import { EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_FLAGS, EXC_TRACEBACK, EXCF_SUPPRESS_CONTEXT, TB_CODE, TB_LINENO, TB_NEXT } from '../objects/exceptions.js';
import { CO_FILENAME, CO_NAME } from '../objects/code.js';
import { strToJS } from '../objects/str.js';
import { typeOf } from '../objects/object.js';
import { typeQualname, typeName } from '../objects/type.js';
import { strJS, getAttrOptional, syntaxErrorDetails } from '../objects/abstract.js';
import { tupleItem, tupleSize } from '../objects/tuple.js';
import { caretLines } from '../frontend/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { decref } from './refs.js';
import { offerSuggestion } from './suggestions.js';

export type SuggestionVariant = 'c' | 'py' | 'none';

/** Line `lineno` of `filename`, stripped (the runtime's cache of source files), or null. */
export function sourceLine(rt: Runtime, filename: string, lineno: number): string | null {
  let lines = rt.sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    rt.sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1]!.trim();
}

/** The "Type: message" line; with `suggestions`, CPython 3.11's ". Did you mean: 'x'?"
 * tail on NameError / AttributeError (vm/suggestions.ts: 'c' is the default excepthook's
 * rule, 'py' traceback.py's). */
export function formatExceptionOnly(rt: Runtime, exc: Ref, suggestions: SuggestionVariant = 'none'): string {
  const t = typeOf(rt, exc);
  let name = typeQualname(rt, t);
  const mod = getAttrOptional(rt, t, rt.names.__module__);
  if (mod !== NULL) {
    if (kindOf(rt, mod) === Kind.STR) {
      const m = strToJS(rt, mod);
      if (m !== 'builtins' && m !== '__main__') name = `${m}.${name}`;
    }
    decref(rt, mod);
  }
  const details = syntaxErrorDetails(rt, exc);
  if (details !== NULL) return formatSyntaxErrorOnly(rt, exc, details, name);
  let msg = strJS(rt, exc);
  if (msg === null) {
    clearError(rt);
    msg = `<exception str() failed>`;
  }
  void typeName;
  let line = msg === '' ? name : `${name}: ${msg}`;
  if (suggestions !== 'none') {
    const suggestion = offerSuggestion(rt, exc, suggestions);
    if (suggestion !== null) line += `. Did you mean: '${suggestion}'?`;
  }
  return line;
}

/** A SyntaxError with (filename, lineno, offset, text, ...) details, as CPython prints it:
 * the location, the source line with its carets, then "SyntaxError: msg". */
function formatSyntaxErrorOnly(rt: Runtime, exc: Ref, details: Ref, name: string): string {
  const field = (i: number): Ref => (i < tupleSize(rt, details) ? tupleItem(rt, details, i) : rt.None);
  const msgRef = tupleItem(rt, rt.i32[(exc + EXC_ARGS) >> 2] as Ref, 0);
  let msg = strJS(rt, msgRef);
  if (msg === null) {
    clearError(rt);
    msg = '<exception str() failed>';
  }
  const fn = field(0);
  const ln = field(1);
  const filename = kindOf(rt, fn) === Kind.STR ? strToJS(rt, fn) : '<string>';
  const lineno = kindOf(rt, ln) === Kind.INT ? Number(strJS(rt, ln)) : NaN;
  let out = '';
  if (!Number.isNaN(lineno)) {
    out += `  File "${filename}", line ${lineno}\n`;
    const text = field(3);
    const off = field(2);
    const endLn = field(4);
    const endOff = field(5);
    if (kindOf(rt, text) === Kind.STR) {
      const t = strToJS(rt, text).replace(/\n$/, '');
      const offset = kindOf(rt, off) === Kind.INT ? Number(strJS(rt, off)) : 0;
      const endLine = kindOf(rt, endLn) === Kind.INT ? Number(strJS(rt, endLn)) : lineno;
      const endOffset = kindOf(rt, endOff) === Kind.INT ? Number(strJS(rt, endOff)) : offset + 1;
      if (offset > 0) out += caretLines(t, offset, endLine > lineno ? 'eol' : endOffset);
      else out += `    ${t.trim()}\n`;
    }
  }
  return `${out}${name}: ${msg}`;
}

function formatTraceback(rt: Runtime, exc: Ref, suggestions: SuggestionVariant): string {
  const i32 = rt.i32;
  let out = '';
  let tb = i32[(exc + EXC_TRACEBACK) >> 2] as Ref;
  if (tb !== 0) out += 'Traceback (most recent call last):\n';
  let last = '';
  let repeat = 0;
  const flushRepeat = (): void => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  while (tb !== 0) {
    const code = i32[(tb + TB_CODE) >> 2] as Ref;
    const lineno = i32[(tb + TB_LINENO) >> 2]!;
    const filename = strToJS(rt, i32[(code + CO_FILENAME) >> 2] as Ref);
    const name = strToJS(rt, i32[(code + CO_NAME) >> 2] as Ref);
    let entry = `  File "${filename}", line ${lineno}, in ${name}\n`;
    const src = sourceLine(rt, filename, lineno);
    if (src !== null && src !== '') entry += `    ${src}\n`;
    if (entry === last) {
      repeat++;
      if (repeat <= 3) out += entry;
    } else {
      flushRepeat();
      last = entry;
      repeat = 1;
      out += entry;
    }
    tb = i32[(tb + TB_NEXT) >> 2] as Ref;
  }
  flushRepeat();
  return out + formatExceptionOnly(rt, exc, suggestions) + '\n';
}

/** The full report of exc with its chain. `suggestions`: which "Did you mean" rule applies
 * (the default excepthook's unless told otherwise). */
export function formatException(rt: Runtime, exc: Ref, seen: Set<number> = new Set(), suggestions: SuggestionVariant = 'c'): string {
  seen.add(exc);
  const i32 = rt.i32;
  let out = '';
  const cause = i32[(exc + EXC_CAUSE) >> 2] as Ref;
  const context = i32[(exc + EXC_CONTEXT) >> 2] as Ref;
  const suppress = (i32[(exc + EXC_FLAGS) >> 2]! & EXCF_SUPPRESS_CONTEXT) !== 0;
  if (cause !== 0 && !seen.has(cause)) {
    out += formatException(rt, cause, seen, suggestions);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context !== 0 && !suppress && !seen.has(context)) {
    out += formatException(rt, context, seen, suggestions);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  return out + formatTraceback(rt, exc, suggestions);
}

/** Takes the raised exception and returns its printed report. */
export function takeAndFormatError(rt: Runtime): string {
  const exc = fetchError(rt);
  const s = formatException(rt, exc);
  decref(rt, exc);
  return s;
}

export { EXC_TRACEBACK };
