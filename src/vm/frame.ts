/*
 * Frames: heap records of one execution of a code object (CPython 3.11's
 * _PyInterpreterFrame). A frame is addressed by its word index `fp` in the i32 view.
 * Ordinary frames are pushed on the thread's data stack (threadstate.ts) and popped on
 * return; a generator's frame lives inside the generator object (objects/generator.ts),
 * so any thread can resume it.
 *
 *   word 0  FR_BACK      fp of the caller's frame, 0 for the outermost
 *        1  FR_CODE      code object (immortal)
 *        2  FR_FUNC      function (owned) or 0 (module / class body run by the VM)
 *        3  FR_GLOBALS   globals dict (borrowed from the function, or owned by the runner)
 *        4  FR_BUILTINS  builtins dict (borrowed likewise)
 *        5  FR_LOCALS    locals mapping (owned) for module and class bodies, else 0
 *        6  FR_IP        index of the next instruction (saved when the loop leaves)
 *        7  FR_SP        stack depth: sp - fp (saved when the loop leaves the frame)
 *        8  FR_FLAGS     FRF_ENTRY: return to the JS caller of the loop (native -> Python
 *                        call, or the thread's first frame); FRF_GEN: owned by a generator;
 *                        FRF_INIT: an __init__ call made by CALL on a class: on return
 *                        the result must be None and FR_INIT_SELF is pushed instead;
 *                        FRF_TPCALL: a Python __call__ run inline by CALL or
 *                        CALL_FUNCTION_EX on an instance (evalhelpers.ts pythonCallMethod).
 *                        FRF_INIT and FRF_TPCALL frames were entered through an object's
 *                        type call, which CPython counts as one more level of recursion
 *                        (_PyObject_MakeTpCall): they count two levels in TS_DEPTH (the
 *                        call adds 2, popping the frame takes 2 away); FRF_DISCARD: a
 *                        property setter run by STORE_ATTR, whose result is dropped;
 *                        FRF_BINOP / FRF_CMPOP: a binary operator's / rich comparison's
 *                        Python method run by BINARY_OP / COMPARE_OP, whose operands stay
 *                        on the caller's stack until it returns (FRF_CMPOP counts two
 *                        levels, as CPython's comparison and its frame); FRF_CALLITER: the
 *                        callable of an iter(callable, sentinel) run inline by FOR_ITER;
 *                        FRF_NO_LEVEL: a lib/_iterconsume.py function standing for a C
 *                        built-in that charges no recursion level (vm/redirect.ts): entered
 *                        without adding to TS_DEPTH, left without taking from it
 *        9  FR_INIT_SELF the instance under construction (owned) for FRF_INIT
 *       10  FR_GEN       the owning generator (borrowed) for FRF_GEN
 *       11  (spare)
 *       12  localsplus[nlocalsplus] (owned refs, 0 = unbound), then the value stack
 *           (owned refs), code's stacksize words.
 */
export const FR_BACK = 0;
export const FR_CODE = 1;
export const FR_FUNC = 2;
export const FR_GLOBALS = 3;
export const FR_BUILTINS = 4;
export const FR_LOCALS = 5;
export const FR_IP = 6;
export const FR_SP = 7;
export const FR_FLAGS = 8;
export const FR_INIT_SELF = 9;
export const FR_GEN = 10;
export const FRAME_HEADER_WORDS = 12;

export const FRF_ENTRY = 1;
export const FRF_GEN = 2;
export const FRF_INIT = 4;
export const FRF_TPCALL = 8;
/** A property setter's frame run by STORE_ATTR (evalhelpers.ts "Dunder frames"): its return
 * value is dropped, not pushed on the caller's stack. */
export const FRF_DISCARD = 16;
/** A binary operator's method run by BINARY_OP (evalhelpers.ts "Dunder frames"): the
 * operands stay below on the caller's stack; on return they are released and the result
 * replaces them, or NotImplemented becomes the operator's TypeError. */
export const FRF_BINOP = 32;
/** A rich comparison's method run by COMPARE_OP (evalhelpers.ts "Dunder frames"): the
 * operands stay below on the caller's stack; on return they are released and the result
 * replaces them, or NotImplemented goes on to the reflected method and the default. Two
 * recursion levels, as CPython's PyObject_RichCompare (" in comparison") and the frame. */
export const FRF_CMPOP = 64;
/** The Python function (or method) of an iter(callable, sentinel) iterator, called by
 * FOR_ITER on the loop's own activation (GIL mode): the iterator stays on the caller's
 * stack; on return the result is compared with the sentinel (objects/iter.ts
 * callIterResult), and a StopIteration out of it ends the loop (callIterStopped). A
 * blocking call inside (`for item in iter(q.get, None)`) parks the thread as any heap
 * frame's does, where a nested loop would hold the JS stack. */
export const FRF_CALLITER = 128;
/** A frame that counts no level in TS_DEPTH (see FR_FLAGS above). */
export const FRF_NO_LEVEL = 256;
/** The flags of the frames that count two recursion levels (see FR_FLAGS above). */
export const FRF_TWO_LEVELS = FRF_INIT | FRF_TPCALL | FRF_CMPOP;
