/*
 * The front end's copy of CPython's int_max_str_digits: the most digits a decimal int
 * literal may have (CPython checks it when its parser makes the int; 0: no limit).
 * modules/sys.ts updates it with sys.set_int_max_str_digits, for the code compiled after
 * the call, as CPython's parser reads the interpreter's setting. A module of its own so
 * that sys does not load the parser.
 */
export const literalDigitLimit = { decimal: 4300 };
