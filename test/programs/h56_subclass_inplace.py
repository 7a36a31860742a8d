# In-place operators on subclasses of list, set, dict and frozenset: the inherited built-in in-place slot, or the class's own __mul__ for *=, as CPython 3.11
class L(list):
    def __add__(self, o): print('L.add'); return L(super().__add__(o))
z = L([1]); w = z; z += [2]; print(z, w, z is w, type(z).__name__)
z = z + [3]; print(z, type(z).__name__)
class S(set):
    def __or__(self, o): print('S.or'); return S(super().__or__(o))
z = S([1]); w = z; z |= {2}; print(sorted(z), z is w)
z = S([1, 2, 3]); w = z; z &= {2, 3}; z -= {3}; z ^= {5}; print(sorted(z), z is w)
class D(dict):
    def __or__(self, o): print('D.or'); return D(super().__or__(o))
z = D(a=1); w = z; z |= {'b': 2}; print(z, w, z is w)
class L2(list):
    def __mul__(self, n): print('L2.mul'); return L2(super().__mul__(n))
z = L2([1]); w = z; z *= 2; print(z, z is w)
class L3(list):
    def __iadd__(self, o): print('L3.iadd'); return super().__iadd__(o)
z = L3([1]); w = z; z += [5]; print(z, z is w)
class P(list): pass
z = P([1]); w = z; z += (7,); print(z, z is w, type(z).__name__)
class FS(frozenset):
    def __or__(self, o): print('FS.or'); return FS(super().__or__(o))
z = FS([1]); w = z; z |= {2}; print(sorted(z), z is w, type(z).__name__)
class L(list):
    def __iter__(self): return iter([99])
x = L([1, 2]); print(x.copy(), list.copy(x), type(x.copy()).__name__)
a = [1, [2], "s"]; b = a.copy(); b[1].append(3); print(a, b, a == b, a is b, [].copy())
