/*
 * The exit status of a fault inside the VM (`gilvm: internal error: ...`): 70, sysexits'
 * EX_SOFTWARE. The one definition: the CLI, the single-threaded run, the thread supervisor
 * and the REPL all end a run that faulted with it.
 */
export const EXIT_INTERNAL_ERROR = 70;

/**
 * CPython's _Py_UnhandledKeyboardInterrupt: the program ended by an uncaught
 * KeyboardInterrupt (or a second Ctrl-C in the wait for its threads), so the CLI ends the
 * process by SIGINT, as CPython's exit_sigint (the shell shows 130; Python's subprocess
 * sees -2). A `sys.exit(130)` exits normally with status 130. Noted on the main JS thread.
 */
let unhandledKeyboardInterrupt = false;

export function noteUnhandledKeyboardInterrupt(): void {
  unhandledKeyboardInterrupt = true;
}

/** Whether a run that ended with `code` ends the process by SIGINT (see above). */
export function endsBySigint(code: number): boolean {
  return code === 130 && unhandledKeyboardInterrupt;
}
