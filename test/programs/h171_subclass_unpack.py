# gilvm-nogil:
# Merging a dict subclass (dict(d), {**d}, f(**d), update) goes through its keys() and d[k] when
# it overrides __iter__, as CPython's dict_merge; f(*t) iterates a tuple or list subclass.
class D(dict):
    def keys(self): return ["a"]
    def __iter__(self): return iter(["a"])
d = D(a=1, b=2)
def f(**k): return k
print(dict(d), {**d}, f(**d))
x = {}; x.update(d); print(x)
class G(dict):
    def __iter__(self): return iter(["a", "b"])
    def __getitem__(self, k): return 99
g = G(a=1, b=2)
print(dict(g), {**g}, f(**g))
y = {}; y.update(g); print(y)
class K(dict):
    def keys(self): return ["zz"]
k = K(a=1)
print(dict(k), {**k}, f(**k))
class H(dict):
    def __iter__(self): return iter([1])
    def __getitem__(self, k): return 5
try:
    f(**H())
except TypeError as e:
    print(e)
try:
    f(a=1, **D(a=3))
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **G())
except TypeError as e:
    print(e)
class T(tuple):
    def __iter__(self): return iter([7, 8])
def f(*a): return a
print(f(*T((1, 2))), f(0, *T((1, 2))))
class T2(tuple): pass
print(f(*T2((1, 2))), type(f(*T2((3,)))))
class L(list):
    def __iter__(self): return iter('xy')
print(f(*L([1])))
print(max(*T((1, 9))), print(*T((5, 6))))
def g(a, b): return a + b
print(g(*T((1, 2))))
try:
    g(*T2((1, 2, 3)))
except TypeError as e:
    print(e)
