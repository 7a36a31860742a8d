/*
 * Reading a script as CPython does: the `can't open file` message and exit code 2 for a
 * missing or unreadable file; the source's encoding as PEP 263 declares it on its first or
 * second line (`# -*- coding: latin-1 -*-`), UTF-8 when none is, with CPython's errors
 * (`Non-UTF-8 code starting with '\xff' in file /abs/x.py on line 1, but no encoding
 * declared; see https://peps.python.org/pep-0263/ for details`, `encoding problem: name`).
 * A BOM is left to the lexer.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { PySyntaxError } from '../frontend/errors.js';

/** A failure to read the script: the CLI prints `message` to stderr and exits `exitCode`. */
export class ScriptOpenError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/**
 * The script's path as CPython 3.11 names it (__file__, traceback lines, "can't open
 * file"): _Py_abspath, which joins the current directory and a relative path without
 * normalizing it (`python3 ./x.py` runs "/cwd/./x.py") and keeps an absolute one as given.
 */
export function scriptAbsolutePath(path: string): string {
  if (path === '' || path === '.') return process.cwd();
  if (isAbsolute(path)) return path;
  return `${process.cwd()}/${path}`;
}

/** Reads a script file; `displayName` is what errors call the file. */
export function readScript(path: string, programName = 'gilvm'): string {
  const absolute = scriptAbsolutePath(path);
  let bytes: Buffer;
  try {
    if (statSync(absolute).isDirectory()) {
      throw new ScriptOpenError(`${programName}: can't find '__main__' module in '${absolute}'`, 1);
    }
    bytes = readFileSync(absolute);
  } catch (e) {
    if (e instanceof ScriptOpenError) throw e;
    const err = e as NodeJS.ErrnoException;
    const errno = err.code === 'ENOENT' ? 2 : err.code === 'EACCES' ? 13 : (err.errno ?? 0);
    const text = err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EACCES' ? 'Permission denied' : err.message;
    throw new ScriptOpenError(`${programName}: can't open file '${absolute}': [Errno ${Math.abs(errno)}] ${text}`, 2);
  }
  return decodeSource(bytes, absolute);
}

/** Decodes source bytes in their declared encoding (UTF-8 by default), raising CPython's
 * SyntaxError for bytes that encoding cannot decode or an encoding it does not know. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  const declared = codingCookie(bytes);
  const name = declared?.toLowerCase().replace(/_/g, '-') ?? 'utf-8';
  if (name !== 'utf-8' && name !== 'utf8' && !name.startsWith('utf-8-') && !name.startsWith('utf8-')) {
    return decodeDeclared(bytes, name, declared!);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, byte } = firstInvalidUtf8(bytes);
    // the first bad line holds a NUL before any invalid byte: CPython reports the null
    // bytes (the lexer does, on this text), not the encoding
    if (byte < 0) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const hex = byte.toString(16).padStart(2, '0');
    throw sourceError(`Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`, filename, line);
  }
}

/** A SyntaxError about the source's bytes, printed as CPython does: the message alone. */
function sourceError(message: string, filename: string, line: number): PySyntaxError {
  const e = new PySyntaxError('SyntaxError', message, filename, line, 0, null);
  e.noLocation = true;
  return e;
}

/** The encoding a PEP 263 comment names on line 1, or on line 2 after a comment or blank
 * first line (CPython's get_coding_spec), as written; null when there is none. */
function codingCookie(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 400))).toString('latin1');
  const lines = head.split(/\r\n|\r|\n/, 2);
  for (let i = 0; i < lines.length; i++) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(lines[i]!);
    if (m) return m[1]!;
    if (!/^[ \t\f]*(#.*)?$/.test(lines[i]!)) break;
  }
  return null;
}

/** Python codec names (normalized: lower case, '-') of the 8-bit encodings a source may
 * declare, decoded here byte by byte (Node's TextDecoder reads windows-1252 as latin-1). */
const SOURCE_CODECS: Readonly<Record<string, string>> = {
  'latin-1': 'latin-1', latin1: 'latin-1', 'iso-8859-1': 'latin-1', 'iso-latin-1': 'latin-1', 'iso8859-1': 'latin-1', l1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
  cp1252: 'cp1252', 'windows-1252': 'cp1252',
  'iso-8859-15': 'iso-8859-15', 'iso8859-15': 'iso-8859-15', latin9: 'iso-8859-15', l9: 'iso-8859-15',
};

/** cp1252's characters for bytes 0x80-0x9f (0: undefined, a decoding error). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** iso-8859-15's characters where it differs from latin-1. */
const LATIN9: Readonly<Record<number, number>> = { 0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178 };

function decodeDeclared(bytes: Uint8Array, name: string, declared: string): string {
  const codec = SOURCE_CODECS[name];
  const problem = (): PySyntaxError => sourceError(`encoding problem: ${declared}`, '', 0);
  if (codec === undefined) throw problem();
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    let c = b;
    if (b >= 0x80) {
      if (codec === 'ascii') throw problem();
      if (codec === 'cp1252' && b < 0xa0) c = CP1252_HIGH[b - 0x80]!;
      else if (codec === 'iso-8859-15') c = LATIN9[b] ?? b;
      if (c === 0) throw problem();
    }
    units[i] = c;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** Where UTF-8 decoding first fails as CPython sees it, line by line: the line and the bad
 * byte, or byte -1 when a NUL comes first. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    // CPython checks each line as a C string (tokenizer.c ensure_utf8): the check ends at a
    // NUL, and the line's NUL is then the error (byte -1)
    if (b === 0) return { line, byte: -1 };
    let need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return { line, byte: b };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { line, byte: b };
    }
    i += need + 1;
  }
  return { line, byte: 0 };
}
