/*
 * The `gilvm` command line: argument parsing (commander) and dispatch to the subcommands,
 * plus the last-resort report of internal errors.
 *
 *   gilvm [run] FILE.py [args...]    run a script (also FILE.pyasm)
 *   gilvm -c CODE [args...]          run a string
 *   gilvm dis FILE.py [--asm]        CPython-style disassembly, or the textual assembly
 *   gilvm asm FILE.pyasm             assemble and print the disassembly
 *
 * Exit codes follow CPython: 1 for a syntax error or an uncaught exception, 2 for a file
 * that cannot be opened or bad usage, 70 (EX_SOFTWARE) for a fault inside gilvm, which is
 * reported as `gilvm: internal error: <what>` and never as a raw JS stack unless
 * GILVM_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { disCommand, asmCommand } from './dis-command.js';
import { runCommand, type RunOptions } from './run-command.js';
import { ScriptOpenError } from './source.js';
import { PySyntaxError, formatSyntaxError } from '../frontend/errors.js';

export const EXIT_INTERNAL_ERROR = 70;

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('gilvm')
    .description('A bytecode VM for a Python subset that makes the GIL something you can run, step, switch off and measure.')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('run', { isDefault: true })
    .description('run a Python script (the default command: `gilvm FILE.py` = `gilvm run FILE.py`)')
    .argument('[file]', 'the script (.py, or .pyasm assembly)')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .option('-c <code>', 'run CODE instead of a file')
    .option('--no-gil', 'run threads in parallel without the global interpreter lock')
    .option('--workers <n>', 'number of executors (OS threads)', parsePositiveInt)
    .option('--switch-interval <n>', 'instructions per GIL time slice', parsePositiveInt)
    .option('--stats', 'print per-thread GIL statistics to stderr at exit')
    .option('--trace <file>', 'write GIL hand-overs and thread state changes as JSON lines')
    .option('--check-refs', 'at exit, report every live object and exit 70 on a leak')
    .option('--max-heap <size>', 'heap limit, e.g. 256M or 2G (MemoryError beyond it)')
    .passThroughOptions()
    .action((file: string | undefined, args: string[], opts: RunOptions) => {
      setExit(runCommand(file, args, opts));
    });

  program
    .command('dis')
    .description('disassemble a script: every code object, in CPython 3.11 dis layout')
    .argument('<file>', 'a .py file')
    .option('--asm', 'print textual assembly (readable by `gilvm asm`) instead')
    .action((file: string, opts: { asm?: boolean }) => {
      setExit(disCommand(file, opts.asm === true));
    });

  program
    .command('asm')
    .description('assemble a .pyasm file and print its disassembly')
    .argument('<file>', 'a .pyasm file')
    .action((file: string) => {
      setExit(asmCommand(file));
    });

  return program;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`expected a positive integer, got '${value}'`);
  return n;
}

/** Prints the errors every command shares and returns the exit code. */
export function reportError(e: unknown): number {
  if (e instanceof PySyntaxError) {
    process.stderr.write(formatSyntaxError(e));
    return 1;
  }
  if (e instanceof ScriptOpenError) {
    process.stderr.write(e.message + '\n');
    return e.exitCode;
  }
  return reportInternalError(e);
}

export function reportInternalError(e: unknown): number {
  const what = e instanceof Error ? `${e.name === 'Error' ? '' : e.name + ': '}${e.message}` : String(e);
  process.stderr.write(`gilvm: internal error: ${what}\n`);
  if (process.env.GILVM_DEBUG === '1' && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  else process.stderr.write('gilvm: (set GILVM_DEBUG=1 to see the JS stack; please report this bug)\n');
  return EXIT_INTERNAL_ERROR;
}

export function main(argv: string[]): void {
  let exitCode = 0;
  try {
    buildProgram((code) => (exitCode = code)).parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      exitCode = e.exitCode === 0 ? 0 : 2;
    } else {
      exitCode = reportError(e);
    }
  }
  process.exitCode = exitCode;
}
