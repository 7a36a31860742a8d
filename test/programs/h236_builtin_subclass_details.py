# Subclasses of built-ins: tuple/float/frozenset take keywords their own __init__ uses, list's
# __init__ ignores the keywords of a subclass's own __new__; a mixin after a built-in base
# does not beat the base's own __hash__/__format__ but does beat object's __str__; int() of
# an int or float subclass ignores its __index__/__trunc__ unless it overrides __int__.
class T(tuple):
    def __init__(self, arg, tag=None): self.tag = tag
t = T((1, 2), tag='x'); print(t, t.tag)
class F(float):
    def __init__(self, v, unit='m'): self.unit = unit
f = F(2.5, unit='km'); print(f, f.unit)
class FS(frozenset):
    def __init__(self, it, name=''): self.name = name
print(sorted(FS([1, 2], name='n')), FS([3], name='q').name)
class L(list):
    def __new__(cls, *a, tag=None):
        o = super().__new__(cls); o.tag = tag; return o
l = L([1, 2], tag='t'); print(l, l.tag)
class S(set):
    def __new__(cls, *a, **k): return super().__new__(cls)
try: S([3, 4], z=1)
except TypeError as e: print(e)
for call in (lambda: tuple((1,), x=1), lambda: float(1, x=2), lambda: frozenset([1], x=1), lambda: list([1], x=1), lambda: set([1], x=1)):
    try: call()
    except TypeError as e: print(e)
class T2(tuple): pass
try: T2((1,), x=1)
except TypeError as e: print(e)
class L2(list): pass
try: L2([1], x=1)
except TypeError as e: print(e)
class L3(list):
    def __init__(self, *a, **k): super().__init__(*a, **k)
try: L3([1], x=1)
except TypeError as e: print(e)
try: T((1,), (2,))
except TypeError as e: print(e)
class M:
    def __hash__(self): return 1
    def __eq__(self, o): return 'M.eq'
    def __lt__(self, o): return 'M.lt'
    def __add__(self, o): return 'M.add'
    def __str__(self): return 'M.str'
    def __format__(self, s): return 'M.format'
    def __bool__(self): return False
    def __len__(self): return 99
    def __getitem__(self, i): return 'M.gi'
    def __contains__(self, x): return True
    def __iter__(self): return iter(['M'])
    def __int__(self): return 5
    def __float__(self): return 5.5
    def __neg__(self): return 'M.neg'
    def __mul__(self, o): return 'M.mul'
    def __mod__(self, o): return 'M.mod'
    def __getattribute__(self, n): return object.__getattribute__(self, n)
for base, v in ((float, 2.5), (int, 3), (str, 'ab'), (tuple, (1, 2)), (list, [1]), (frozenset, [1]), (dict, {1: 2}), (set, [1])):
    C = type('C', (base, M), {})
    x = C(v)
    out = []
    for name, f in (('hash', hash), ('eq', lambda x: x == x), ('lt', lambda x: x < x), ('add', lambda x: x + x), ('str', str),
                    ('format', lambda x: format(x, '')), ('bool', bool), ('len', len), ('gi', lambda x: x[0]), ('in', lambda x: 1 in x),
                    ('iter', lambda x: list(iter(x))), ('neg', lambda x: -x), ('mul', lambda x: x * 2), ('mod', lambda x: x % 2)):
        try: r = f(x)
        except Exception as e: r = type(e).__name__
        if name == 'hash' and isinstance(r, int): r = r == hash(base(v)) if base not in (list, dict, set) else r
        out.append(f"{name}={r!r}")
    print(base.__name__, ' '.join(out))
class H:
    def __hash__(self): return 42
    def __int__(self): return 7
    def __repr__(self): return 'H!'
class F(float, H): pass
print(F.__hash__ is float.__hash__, hash(F(1.5)) == hash(1.5), repr(F(1.5)))
class I(int, H): pass
print(hash(I(5)), repr(I(5)))
class S(str, H): pass
print(hash(S('a')) == hash('a'))
class T(tuple, H): pass
print(hash(T((1,))) == hash((1,)))
class MyIndex(int):
    def __index__(self): return 42
print(int(MyIndex(7)), MyIndex(7) + 0, [1, 2, 3][MyIndex(1):])
class MyInt(int):
    def __int__(self): return 99
print(int(MyInt(7)))
class MyInt2(int):
    def __index__(self): return 42.0
class FI(float):
    def __index__(self): return 3
    def __trunc__(self): return 4
print(int(FI(2.7)))
class II(int):
    def __trunc__(self): return 4
print(int(II(9)), int(True), int(II(-3)))
