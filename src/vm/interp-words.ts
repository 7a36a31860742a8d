/*
 * The interpreter-state block's words (vm/interp.ts builds the block: one raw block per
 * interpreter whose i32 index is rt.interp >> 2). A leaf module of constants, so that any
 * module can import them without importing interp.ts, which imports every module
 * (vm/fork.ts did, from _multiprocessing, and the cycle left abstract.ts uninitialized
 * when sys.ts registered with it).
 */
import { IS_SWITCH_INTERVAL_WORD } from './switch-interval.js';

export const IS_BUILTINS = 0;
export const IS_MODULES = 1;
export const IS_INTERN = 2;
export const IS_RECURSION_LIMIT = 3;
export const IS_MAIN_THREAD = 4;
export const IS_NONE = 5;
export const IS_TRUE = 6;
export const IS_FALSE = 7;
export const IS_ELLIPSIS = 8;
export const IS_NOTIMPL = 9;
export const IS_EMPTY_TUPLE = 10;
export const IS_EMPTY_STR = 11;
export const IS_KIND_TYPES = 12;
export const IS_EXC_DICT = 13;
export const IS_SWITCH_INTERVAL = IS_SWITCH_INTERVAL_WORD;
export const IS_ARGV = 15;
export const IS_STDOUT_BUF = 16;
export const IS_STDOUT_CAP = 17;
export const IS_WORDS = 32;
