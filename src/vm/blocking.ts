/*
 * The two constants a blocking native and the eval loop share (issue 5), in a module of
 * their own so that eval.ts imports them without an import cycle (vm/threads.ts, which
 * implements blocking, imports eval.ts).
 *
 *   RETRY_CALL    what a native returns instead of a result when it has parked its thread
 *                 (Scheduler.block returned true) or needs the scheduler first: "call me
 *                 again when the thread runs next". Byte offset 4 is inside the heap
 *                 header, never an object, so it cannot be a real result. Only returned
 *                 when the native was called directly by the outermost eval loop's CALL /
 *                 CALL_KW / BEFORE_WITH (vm/threads.ts retryableCall checks that);
 *                 everywhere else a blocking native waits in place.
 *   EVAL_BLOCKED  evalLoop's status for it: the instruction pointer is back ON the CALL
 *                 (or BEFORE_WITH), its operands still on the stack, so the next evalLoop
 *                 re-executes it (retry semantics: the native re-checks what it waited
 *                 for; deadlines live in the thread's record, so a retried timed wait does
 *                 not restart its timer).
 */
import type { Ref } from '../heap/layout.js';

export const RETRY_CALL = 4 as Ref;
export const EVAL_BLOCKED = 3;
