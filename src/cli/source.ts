/*
 * Reading a script as CPython does: the `can't open file` message and exit code 2 for a
 * missing or unreadable file, UTF-8 decoding with CPython's error for other encodings
 * (`Non-UTF-8 code starting with '\xff' in file x.py on line 1, but no encoding declared;
 * see https://peps.python.org/pep-0263/ for details`). A BOM is left to the lexer.
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
  return decodeSource(bytes, path);
}

/** Decodes UTF-8 source bytes, raising CPython's SyntaxError for invalid UTF-8. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, byte } = firstInvalidUtf8(bytes);
    const hex = byte.toString(16).padStart(2, '0');
    throw new PySyntaxError(
      'SyntaxError',
      `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
      filename, line, 0, null,
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0x0a) line++;
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
