/*
 * `gilvm [run] FILE.py [args]` and `gilvm -c CODE`: compile the script (SyntaxError as
 * CPython prints it, exit 1) and hand the code to the VM.
 */
import { resolve } from 'node:path';
import { compileSource } from '../compiler/compile-source.js';
import { readScript } from './source.js';
import { reportError } from './main.js';

export interface RunOptions {
  c?: string;
  gil?: boolean;
  workers?: number;
  switchInterval?: number;
  stats?: boolean;
  trace?: string;
  checkRefs?: boolean;
  maxHeap?: string;
}

export function runCommand(file: string | undefined, args: string[], opts: RunOptions): number {
  try {
    let source: string;
    let filename: string;
    if (opts.c !== undefined) {
      source = opts.c;
      filename = '<string>';
      if (file !== undefined) args = [file, ...args];
    } else if (file !== undefined) {
      source = readScript(file);
      filename = resolve(file);
    } else {
      process.stderr.write('gilvm: the interactive REPL is not available yet; give a script or -c CODE\n');
      return 2;
    }
    compileSource(source, filename);
    process.stderr.write('gilvm: the VM does not run code yet (this build only compiles: try `gilvm dis`)\n');
    return 70;
  } catch (e) {
    return reportError(e);
  }
}
