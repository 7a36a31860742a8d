/*
 * The layout of type objects (instances of `type`), kept apart from type.ts so that the
 * low-level modules can read a type's kind without importing the whole type machinery.
 *
 *   16 TP_KIND        Kind of the instances' layout (objects/kinds.ts)
 *   20 TP_FLAGS       TPF_* below
 *   24 TP_NAME        str: __name__
 *   28 TP_BASE        the primary base (type) or 0 for `object`
 *   32 TP_BASES       tuple of bases
 *   36 TP_MRO         tuple: the C3 linearisation, starting with the type itself
 *   40 TP_DICT        dict: the class namespace
 *   44 TP_BASICSIZE   bytes of an instance
 *   48 TP_DICTOFFSET  offset of the instance __dict__ word, 0 = no __dict__
 *   52 TP_QUALNAME    str: __qualname__
 *   56 TP_VERSION     a heap type's creation stamp (the type epoch when it was made):
 *                     orders C.__subclasses__() (type.ts typeSubclasses); 0 for built-ins
 *   60 TP_NEW_NATIVE  native-table index of the constructor of a built-in type, -1 none
 *   64 TP_DICT_HINT   the most attributes an instance dict of the class has been seen to
 *                     hold (a plain int, a hint: the attribute store cache sizes the next
 *                     instance's dict for it, vm/evalhelpers.ts storeAttrAppend)
 *   68 TP_NS_SPLIT    a class statement's namespace entries (a plain int): where CPython's
 *                     class dict has __dict__ / __weakref__ / __doc__, which gilvm's leaves
 *                     out and C.__dict__ shows there (objects/abstract.ts mappingProxyNew);
 *                     0 for other types
 *   72 TP_SIZE
 */
export const TP_KIND = 16;
export const TP_FLAGS = 20;
export const TP_NAME = 24;
export const TP_BASE = 28;
export const TP_BASES = 32;
export const TP_MRO = 36;
export const TP_DICT = 40;
export const TP_BASICSIZE = 44;
export const TP_DICTOFFSET = 48;
export const TP_QUALNAME = 52;
export const TP_VERSION = 56;
export const TP_NEW_NATIVE = 60;
export const TP_DICT_HINT = 64;
export const TP_NS_SPLIT = 68;
export const TP_SIZE = 72;

/** A class created by a class statement (mortal, counted, may be modified). */
export const TPF_HEAPTYPE = 1 << 0;
/** Can be subclassed. */
export const TPF_BASETYPE = 1 << 1;
/** An exception class (BaseException or a subclass). */
export const TPF_EXCEPTION = 1 << 2;
/** Defines __getattr__ somewhere in its MRO (heap types). */
export const TPF_HAS_GETATTR = 1 << 3;
/** Defines __setattr__ or __delattr__ in Python somewhere in its MRO (heap types): only
 * then does an attribute store look the hook up. */
export const TPF_HAS_SETATTR = 1 << 4;
/** A heap type whose instances have no __dict__ (TP_DICTOFFSET 0): every class of its
 * MRO declared __slots__ without '__dict__' (typecall.ts layoutSlots). */
export const TPF_SLOTS = 1 << 5;
/** Defines __getattribute__ in Python somewhere in its MRO (heap types): attribute loads
 * then call it (abstract.ts getAttr) and the eval loop's attribute caches are not filled. */
export const TPF_HAS_GETATTRIBUTE = 1 << 6;
/** Defines __del__ somewhere in its MRO (heap types): the deallocator calls it first
 * (objects/finalizer.ts). */
export const TPF_HAS_DEL = 1 << 7;
/** A class of gilvm's lib/ that stands for a CPython C type (its methods are declared
 * `# gilvm: c-frames`: collections.deque, functools.partial, itertools.count...): error
 * messages name it as CPython's tp_name does, `module.name` (type.ts typeName). Set on the
 * class itself only: a subclass is a Python class, named plainly. */
export const TPF_C_TYPE_NAME = 1 << 8;
/** The namedtuple field descriptor class (lib/_collections.py _tuplegetter, marked when
 * that file defines it: typecall.ts classFromNamespace): abstract.ts reads a field natively
 * (tupleGetterItem) instead of calling its Python __get__. Set on that class only. */
export const TPF_TUPLEGETTER = 1 << 9;
/** A heap type whose instance layout holds __slots__ words (its own or a base's): the
 * deallocator and the cycle collector walk them (objects/member.ts slotWordsRange). */
export const TPF_HAS_MEMBERS = 1 << 10;
/** A heap type that itself declares a non-empty __slots__: a "solid base" for layout
 * conflicts between bases (type.ts solidBase). Not inherited. */
export const TPF_ADDS_SLOTS = 1 << 11;
/** A built-in (non-heap) type whose instances can be weakly referenced, as CPython's C type
 * with a tp_weaklistoffset or a Python class there (_thread's lock and RLock, threading's
 * Condition, Semaphore, BoundedSemaphore, Event: modules/thread.ts). Subclasses inherit the
 * slot through their base (typecall.ts typeHasWeakref). */
export const TPF_WEAKREFABLE = 1 << 12;
/** A class deriving from lib/abc.py's ABC (marked by ABC.__init_subclass__, _types.mark_abc):
 * isinstance()/issubclass() answer no by the MRO only after abc._abc_subclasscheck (its
 * __subclasshook__, register()ed classes), as ABCMeta's checks (modules/builtins.ts). */
export const TPF_ABC = 1 << 13;
/** CPython's Py_TPFLAGS_IS_ABSTRACT: the class's own __abstractmethods__ is true (set and
 * cleared only by storing or deleting that attribute: abstract.ts genericSetAttr, as
 * type_set_abstractmethods). object.__new__ refuses to instantiate it (typecall.ts
 * abstractClassError); the eval loop's instance fast path leaves it to typeCall. Not
 * inherited: abc.py computes every ABC-derived class's own (typecall.ts runAbcInit). */
export const TPF_IS_ABSTRACT = 1 << 14;
/** lib/functools.py's partial class (marked when that file defines it: typecall.ts
 * classFromNamespace): a call of one of its instances is made natively (vm/call.ts
 * partialCall) instead of by its Python __call__. Set on that class only, not on
 * subclasses (which may override __call__). */
export const TPF_PARTIAL = 1 << 15;
/** lib/operator.py's itemgetter and attrgetter classes (marked as TPF_PARTIAL's): a call
 * of one of their instances fetches the item(s) or attribute(s) natively (vm/call.ts
 * getterCall). Set on those classes only. */
export const TPF_GETTER = 1 << 16;
