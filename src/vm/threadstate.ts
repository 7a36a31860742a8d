/*
 * Thread states: one heap object per Python thread (the threads issue adds the scheduler
 * fields). The eval loop and the error helpers reach everything of the running thread
 * through it: the current frame, the exception being raised, the exception being
 * handled, the recursion depth and the data stack that frames are pushed on.
 *
 *   16 TS_CUREXC     the exception being raised (owned), 0 when none: CPython's
 *                    curexc. A helper that fails stores it here and returns NULL.
 *   20 TS_EXC_INFO   the exception being handled (owned; None when none): what
 *                    PUSH_EXC_INFO saves and POP_EXCEPT restores, and the implicit
 *                    __context__ of a new exception.
 *   24 TS_FRAME      word index of the innermost frame, 0 when none
 *   28 TS_DEPTH      Python frames on the chain plus nested native->Python calls
 *                    (RecursionError past the limit)
 *   32 TS_NESTED     nested eval loops (native code calling back into Python)
 *   36 TS_DS_CHUNK   byte offset of the current data-stack chunk (raw block)
 *   40 TS_DS_TOP     word index of the first free word of that chunk
 *   44 TS_DS_END     word index one past its end
 *   48 TS_RESULT     return value of the entry frame when the loop finished (owned)
 *   52 TS_ID         thread id
 *   56 TS_INSTR_LO / 60 TS_INSTR_HI  instructions executed (exact accounting)
 *   64 TS_SIZE
 *
 * The data stack (CPython 3.11's datastack chunks): frames are pushed and popped like a
 * stack in chunks of raw heap blocks; a chunk starts with 2 words (previous chunk, top of
 * the previous chunk to restore). Natives also borrow scratch words from it to pass
 * arguments to a call (vectorcall needs consecutive words).
 */
export const TS_CUREXC = 16;
export const TS_EXC_INFO = 20;
export const TS_FRAME = 24;
export const TS_DEPTH = 28;
export const TS_NESTED = 32;
export const TS_DS_CHUNK = 36;
export const TS_DS_TOP = 40;
export const TS_DS_END = 44;
export const TS_RESULT = 48;
export const TS_ID = 52;
export const TS_INSTR_LO = 56;
export const TS_INSTR_HI = 60;
export const TS_SIZE = 64;

/** Data-stack chunk: word 0 previous chunk (bytes), word 1 saved top of previous chunk. */
export const DS_CHUNK_HEADER_WORDS = 2;
export const DS_CHUNK_MIN_BYTES = 1 << 16;
