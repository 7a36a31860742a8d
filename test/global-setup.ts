// vitest globalSetup: runs once in vitest's main process before the test workers start.
// `python3` on a machine with pyenv is a shell shim that costs ~0.26 s a start before the
// interpreter runs; the tests start python3 ~150 times (CPython's ASTs, listings, REPL
// sessions). Putting the directory of the interpreter the shim chose first on PATH (the
// workers inherit the environment) starts the same python3 directly.
import { execFileSync } from 'node:child_process';
import { delimiter, dirname } from 'node:path';

export default function setup(): void {
  let executable: string;
  try {
    executable = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  } catch {
    return; // no python3: the tests that need it say so
  }
  if (executable === '') return;
  process.env['PATH'] = `${dirname(executable)}${delimiter}${process.env['PATH'] ?? ''}`;
}
