# len(), isinstance() and list.append as the eval loop runs them inline (vm/natives.ts
# INLINE_NATIVES) and as the natives do (other kinds, tuples of classes, __class__, errors).
class A: pass
class B(A): pass
class M(type): pass
class Fake:
    @property
    def __class__(self): return A
objs = [1, True, 2.5, "s", "é😀x", [1, 2], (1,), {}, {1: 2}, set(), A(), B(), Fake(), None, range(3)]
types = [int, bool, float, str, list, tuple, dict, set, A, B, object, type, (int, str), (A,), Fake]
for o in objs:
    print([isinstance(o, t) for t in types])
    try: print(len(o))
    except TypeError as e: print("TypeError", e)
try: isinstance(1, 2)
except TypeError as e: print(e)
try: isinstance(1)
except TypeError as e: print(e)
try: len()
except TypeError as e: print(e)
try: len([], [])
except TypeError as e: print(e)
l = []
l.append(1); l.append(l); print(len(l), l)
try: l.append()
except TypeError as e: print(e)
try: l.append(1, 2)
except TypeError as e: print(e)
class MyList(list): pass
m = MyList(); m.append(3); print(m, len(m), isinstance(m, list))
print(len("a\U0001F600b"), len({1, 2}), len(frozenset([1])))
