/*
 * The exit status of a fault inside the VM (`gilvm: internal error: ...`): 70, sysexits'
 * EX_SOFTWARE. The one definition: the CLI, the single-threaded run, the thread supervisor
 * and the REPL all end a run that faulted with it.
 */
export const EXIT_INTERNAL_ERROR = 70;
