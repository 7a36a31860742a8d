/*
 * The `gilvm` command line: parses arguments with commander and dispatches to the
 * subcommands (dis, asm, run, ...). Owns exit codes and the last-resort report of
 * internal errors (never a raw JS stack unless GILVM_DEBUG=1).
 */
export function main(argv: string[]): void {
  void argv;
  process.stdout.write('gilvm: not yet\n');
}
