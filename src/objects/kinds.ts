/*
 * Kinds: the small integer stored in every type object (TP_KIND) that says which memory
 * layout its instances have and therefore which per-process table of JS slot functions
 * (repr, hash, dealloc, iteration ...) handles them. A user class has the kind of its
 * "solid base" (OBJECT for plain classes, BASE_EXCEPTION for exception subclasses, LIST
 * for a list subclass) plus the TPF_HEAPTYPE flag, which makes the generic operations look
 * dunder methods up in its MRO first.
 *
 * The numbers are part of the heap format (a worker reads them from type objects), so add
 * kinds at the end only.
 */
export const enum Kind {
  OBJECT = 0,
  TYPE = 1,
  NONE = 2,
  NOTIMPLEMENTED = 3,
  ELLIPSIS = 4,
  INT = 5,
  BOOL = 6,
  FLOAT = 7,
  STR = 8,
  TUPLE = 9,
  LIST = 10,
  DICT = 11,
  SET = 12,
  FROZENSET = 13,
  RANGE = 14,
  SLICE = 15,
  FUNCTION = 16,
  CELL = 17,
  CODE = 18,
  BOUND_METHOD = 19,
  BUILTIN_FUNCTION = 20,
  METHOD_DESCRIPTOR = 21,
  BASE_EXCEPTION = 22,
  TRACEBACK = 23,
  GENERATOR = 24,
  MODULE = 25,
  PROPERTY = 26,
  STATICMETHOD = 27,
  CLASSMETHOD = 28,
  SUPER = 29,
  LIST_ITER = 30,
  TUPLE_ITER = 31,
  RANGE_ITER = 32,
  STR_ITER = 33,
  DICT_KEYITER = 34,
  DICT_VALUEITER = 35,
  DICT_ITEMITER = 36,
  SET_ITER = 37,
  SEQ_ITER = 38,
  ENUMERATE = 39,
  ZIP = 40,
  MAP = 41,
  FILTER = 42,
  LIST_REVITER = 43,
  DICT_KEYS = 44,
  DICT_VALUES = 45,
  DICT_ITEMS = 46,
  THREAD_STATE = 47,
  RAW = 48,
  BYTES = 49,
  BYTEARRAY = 50,
  COROUTINE = 51, // generator layout (objects/generator.ts); coroutine.ts
  ASYNC_GENERATOR = 52, // generator layout
  ASYNC_GEN_ASEND = 53, // awaitable layout (objects/coroutine.ts)
  ASYNC_GEN_ATHROW = 54, // awaitable layout
  CORO_WRAPPER = 55, // awaitable layout: coroutine.__await__()
  COMPLEX = 56, // objects/complex.ts
  MEMBER_DESCRIPTOR = 57, // a __slots__ member (objects/member.ts)
  DICT_REVKEYITER = 58, // reversed(d) / reversed(d.keys()): dict iterator layout (objects/iter.ts)
  DICT_REVVALUEITER = 59,
  DICT_REVITEMITER = 60,
  SEQ_REVITER = 61, // reversed(seq) over __len__ and __getitem__: iterator layout (objects/iter.ts)
  COUNT = 62,
}
