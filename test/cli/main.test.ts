/*
 * The command line's fast path: plainRunInvocation (which lets a plain run skip loading
 * commander) must hand the run action exactly what commander hands it, on every command
 * line it accepts, and must leave everything else to commander.
 */
import * as commander from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, endOptionsAfterCode, plainRunInvocation, type RunInvocation } from '../../src/cli/main.js';

/** What commander passes to the run action for `argv`, or null when it does not run. */
async function commanderInvocation(argv: string[]): Promise<RunInvocation | null> {
  let got: RunInvocation | null = null;
  const program = buildProgram(commander, () => {}, (file, args, opts) => {
    got = { file, args, opts: { ...opts } };
    return 0;
  });
  program.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  try {
    await program.parseAsync(endOptionsAfterCode(argv), { from: 'user' }); // as main() does
  } catch (e) {
    if (!(e instanceof commander.CommanderError)) throw e;
    return null;
  }
  return got;
}

const PLAIN: string[][] = [
  ['x.py'],
  ['-c', 'a', '-c', 'b'], // python3 -c a -c b: sys.argv is ['-c', '-c', 'b']
  ['x.py', 'a', 'b'],
  ['x.py', '-c', 'y', '--check-refs', '--', '-x'],
  ['run', 'x.py'],
  ['run', '--check-refs', 'x.py'],
  ['run', '--check-refs', 'x.py', '--check-refs', 'arg'],
  ['--check-refs', 'x.py', 'a'],
  ['-c', 'pass'],
  ['-c', 'print(1)', 'a', 'b'],
  ['-c', 'pass', '--check-refs'],
  ['--check-refs', '-c', 'pass'],
  ['run', '-c', 'pass', 'x', '-y'],
  ['run', '-c', 'run'],
  ['run', '-c', 'pass', 'dis'],
  ['run', 'dis'],
  ['run', 'run', 'a'],
  ['-c', ''],
  ['-c', 'pass', ''],
  ['./dis'],
  ['x.pyasm'],
];

const NOT_PLAIN: string[][] = [
  [],
  ['run'],
  ['dis', 'x.py'],
  ['asm', 'x.pyasm'],
  ['help'],
  ['--help'],
  ['-h'],
  ['run', '--help'],
  ['--check-refs'],
  ['-c'],
  ['-c', '-1'],
  ['-c', 'dis'],
  ['-c', 'pass', 'dis'],
  ['-cpass'],
  ['--check-refs', '--check-refs', 'x.py'],
  ['--no-gil', 'x.py'],
  ['--workers', '2', 'x.py'],
  ['--max-heap', '1M', 'x.py'],
  ['--', 'x.py'],
  ['--bogus', 'x.py'],
  ['-i'],
  ['-i', 'x.py'],
  ['-i', '-c', 'pass'],
  ['run', '-i', 'x.py', 'a'],
];

describe('plain run command lines', () => {
  for (const argv of PLAIN) {
    it(`gilvm ${JSON.stringify(argv)} takes the fast path with commander's arguments`, async () => {
      const fast = plainRunInvocation(argv);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(await commanderInvocation(argv));
    });
  }

  for (const argv of NOT_PLAIN) {
    it(`gilvm ${JSON.stringify(argv)} is left to commander`, () => {
      expect(plainRunInvocation(argv)).toBeNull();
    });
  }
});

describe('-c CODE: what follows the code is the program\'s, as in python3 (sys.argv[1:])', () => {
  it('takes options-like arguments after the code as arguments, on both paths', async () => {
    const fast = plainRunInvocation(['-c', 'pass', '-h', '--no-gil', '-c']);
    expect(fast).toEqual({ file: '-h', args: ['--no-gil', '-c'], opts: { gil: true, c: 'pass' } });
    expect(await commanderInvocation(['-c', 'pass', '-h', '--no-gil', '-c'])).toEqual(fast);
    expect(await commanderInvocation(['--no-gil', '--workers', '2', '-c', 'pass', '-x', '--', 'y'])).toEqual({
      file: '-x', args: ['--', 'y'], opts: { gil: false, workers: 2, c: 'pass' },
    });
    expect(await commanderInvocation(['run', '-cpass', '-u'])).toEqual({ file: '-u', args: [], opts: { gil: true, c: 'pass' } });
  });

  it("gives a script's -h / --help to the script when run options come before it", async () => {
    expect(await commanderInvocation(['--no-gil', 'x.py', '-h'])).toEqual({ file: 'x.py', args: ['-h'], opts: { gil: false } });
    expect(await commanderInvocation(['--workers', '2', 'x.py', 'a', '--help'])).toEqual({
      file: 'x.py', args: ['a', '--help'], opts: { gil: true, workers: 2 },
    });
    expect(await commanderInvocation(['--no-gil', '-h'])).toBeNull(); // gilvm's own help
  });
});

describe('-i (the interactive REPL after the script)', () => {
  it('reaches the run action with i: true, the script and its arguments', async () => {
    expect(await commanderInvocation(['-i', 'x.py', 'a', '-i'])).toEqual({ file: 'x.py', args: ['a', '-i'], opts: { gil: true, i: true } });
    expect(await commanderInvocation(['-i'])).toEqual({ file: undefined, args: [], opts: { gil: true, i: true } });
  });
});
