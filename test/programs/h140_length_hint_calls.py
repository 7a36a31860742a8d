# gilvm-nogil:
# list(x), tuple(x), sorted(x), [*x], list.extend(x) and += ask an instance of a class its
# length hint after getting its iterator (CPython's PyObject_LengthHint): __len__ is called
# (its errors other than TypeError propagate), else __length_hint__ with its checks
class K:
    def __init__(self): self.d = [1, 2, 3]
    def __iter__(self):
        print("iter")
        return iter(self.d)
    def __len__(self):
        print("len")
        return len(self.d)
k = K()
print(list(k))
print(tuple(k))
print(sorted(k))
print(set(k))
print([*k])
print(", ".join(map(str, k)))
l = [0]; l.extend(k); print(l)
l += k; print(l)
print(list(enumerate(k)))
print(dict.fromkeys(k))
print(bytearray(k))
print(max(k), sum(k), min(k), any(k))
a, *b = k
print(a, b)
print(list(zip(k, k)))
print(frozenset(k))
print(" ".join(str(x) for x in k))
class K:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(3))
    def __len__(self):
        if self.n == 0: return -5
        if self.n == 1: raise ValueError("v")
        if self.n == 2: raise TypeError("t")
        if self.n == 3: return "x"
        return 3
class H:
    def __iter__(self): return iter(range(2))
    def __length_hint__(self):
        print("hint")
        return -1
class H2:
    def __iter__(self): return iter(range(2))
    def __length_hint__(self):
        return "x"
class H3:
    def __iter__(self): return iter(range(2))
    def __length_hint__(self):
        return NotImplemented
for n in range(5):
    for f in (list, tuple):
        try:
            print(n, f(K(n)))
        except Exception as e:
            print(n, type(e).__name__, e)
for h in (H, H2, H3):
    for f in (list, tuple):
        try:
            print(f(h()))
        except Exception as e:
            print(type(e).__name__, e)
import operator
print(operator.length_hint(K(4)), operator.length_hint([1]), operator.length_hint(iter([1,2])))
class SubIter(list):
    def __iter__(self):
        print("sub iter")
        return super().__iter__()
    def __len__(self):
        print("sub len")
        return super().__len__()
print(list(SubIter([1, 2])), tuple(SubIter([3])))
class PlainList(list):
    def __len__(self):
        print("never: exact-list path")
        return 0
print(list(PlainList([4, 5])))
