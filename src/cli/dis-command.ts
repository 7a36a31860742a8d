/*
 * `gilvm dis FILE.py [--asm]` and `gilvm asm FILE.pyasm`: compile (or assemble) and print
 * the code objects. Errors: SyntaxError as CPython prints it; assembly errors as
 * `FILE:LINE:COL: message`, exit 1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileSource } from '../compiler/compile-source.js';
import { disassemble } from '../compiler/dis.js';
import { disassembleAsm, assemble, AsmError } from '../compiler/asm.js';
import { readScript, ScriptOpenError } from './source.js';
import { reportError } from './main.js';

export function disCommand(file: string, asm: boolean): number {
  try {
    const code = compileSource(readScript(file), file);
    process.stdout.write(asm ? disassembleAsm(code) : disassemble(code));
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

export function asmCommand(file: string): number {
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    return reportError(new ScriptOpenError(`gilvm: can't open file '${resolve(file)}': [Errno 2] No such file or directory`, 2));
  }
  try {
    process.stdout.write(disassemble(assemble(text, file)));
    return 0;
  } catch (e) {
    if (e instanceof AsmError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    return reportError(e);
  }
}
