/*
 * The whole front end in one call: source text to a module CodeObject
 * (parse -> symtable -> compile). Throws PySyntaxError for bad input.
 */
import type { CodeObject } from './code.js';
import { compileModule } from './compiler.js';
import { parseModule } from '../frontend/parse.js';

export function compileSource(source: string, filename: string): CodeObject {
  return compileModule(parseModule(source, filename), filename, source);
}
