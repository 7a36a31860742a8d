# Built-in dunders reached through super() or Base.__x__(self) from a subclass's own override compute the base behaviour (no dispatch back to the override): __hash__, __format__, __neg__/__bool__/__invert__, BaseException.__new__, __str__ as repr, object.__ne__
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self is other
    def __hash__(self):
        return super().__hash__()
k = Key("a")
print({k: 1}[k], hash(k) == object.__hash__(k))
class Key2(Key):
    def __hash__(self):
        return object.__hash__(self) + 0
k2 = Key2('b')
print({k2: 2}[k2])
class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec)
print(format(Money(2.5), ".2f"), f"{Money(3):>8.1f}", format(Money(1.5), ''))
class Name(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"
print(format(Name('ab'), '^6'), f"{Name('x')}")
class Cnt(int):
    def __format__(self, spec):
        return int.__format__(self, spec) + '!'
    def __str__(self):
        return 'Cnt'
print(format(Cnt(42), '05d'), format(Cnt(7), ''))
class L(list):
    def __format__(self, spec):
        return 'L' + super().__format__(spec)
print(format(L([1]), ''))
try:
    format(L([1]), 'x')
except TypeError as e:
    print(e)
class Score(int):
    def __neg__(self):
        return Score(super().__neg__())
    def __bool__(self):
        return super().__bool__()
    def __invert__(self):
        return int.__invert__(self) * 10
print(-Score(3), bool(Score(0)), bool(Score(5)), ~Score(2), type(-Score(3)).__name__)
class F(float):
    def __neg__(self):
        return super().__neg__() * 2
    def __bool__(self):
        return not super().__bool__()
print(-F(1.5), bool(F(0.0)))
class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
e = E("m", 2)
print(repr(e), e.args)
print(repr(Exception.__new__(Exception, "a", 1)), repr(BaseException.__new__(KeyError)))
try:
    BaseException.__new__(int)
except TypeError as e:
    print(e)
class X(float):
    def __repr__(self): return "R"
class Y(int):
    def __repr__(self): return "R"
class Z(list):
    def __repr__(self): return "R"
print(float.__str__(X(1.5)), int.__str__(Y(1)), list.__str__(Z()), str(X(2.5)), type(str.__str__(Name('q'))).__name__)
class S(float):
    def __repr__(self): return "R" + float.__repr__(self)
    def __str__(self): return "S" + super().__str__()
print(str(S(1.5)), repr(S(1.5)))
class T(tuple):
    def __hash__(self):
        return super().__hash__()
print(hash(T((1, 2))) == hash((1, 2)))
class I(int):
    def __hash__(self):
        return super().__hash__() + 1
print(hash(I(5)))
class A: pass
class B:
    def __eq__(self, other): return isinstance(other, B)
print(A().__ne__(1), A().__eq__(1), object().__ne__(2), B().__ne__(B()), B().__ne__(1), A() != A(), B() != B())
a = A()
print(a.__ne__(a), a != a)
class Pt:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        if not isinstance(o, Pt): return NotImplemented
        return self.x == o.x
    def __ne__(self, o):
        r = super().__ne__(o)
        return r
print(Pt(1) != Pt(1), Pt(1) != Pt(2), Pt(1) != 5, Pt(1).__ne__(5))
class I(int):
    def __abs__(self): return super().__abs__() + 100
    def __float__(self): return super().__float__() + 0.5
    def __lt__(self, o): raise RuntimeError('no')
    def __neg__(self): raise RuntimeError('no neg')
    def __int__(self): return super().__int__() * 2
    def __index__(self): return super().__index__()
    def __len__(self): return 3
print(abs(I(-5)), float(I(2)), int(I(4)), [10, 20, 30, 40][I(1)], hex(I(255)))
class Fl(float):
    def __abs__(self): return super().__abs__() * 2
    def __int__(self): return super().__int__() + 1
    def __round__(self, n=None): return super().__round__(n)
    def __trunc__(self): return super().__trunc__()
print(abs(Fl(-1.5)), int(Fl(2.7)), round(Fl(2.5)), round(Fl(2.567), 2))
class St(str):
    def __len__(self): return super().__len__() * 10
    def __getitem__(self, i): return super().__getitem__(i).upper()
    def __contains__(self, x): return super().__contains__(x.lower())
    def __add__(self, o): return St(super().__add__(o))
    def __eq__(self, o): return super().__eq__(o.lower() if isinstance(o, str) else o)
    __hash__ = str.__hash__
print(len(St('abc')), St('abc')[1], 'B' in St('abc'), type(St('a') + 'b').__name__, St('ab') == 'AB')
class Li(list):
    def __len__(self): return super().__len__() + 1
    def __getitem__(self, i): return super().__getitem__(i) * 2
    def __iter__(self): return iter(super().__iter__())
    def __contains__(self, x): return super().__contains__(x // 2)
    def append(self, x): super().append(x * 10)
l = Li([1, 2]); l.append(3)
print(len(l), l[0], list(l), 4 in l, l)
class Di(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __contains__(self, k): return super().__contains__(k.lower())
    def get(self, k, d=None): return super().get(k.lower(), d)
d = Di(); d['A'] = 1
print(d['a'], 'A' in d, d.get('A'), d)
class Tu(tuple):
    def __len__(self): return super().__len__() * 2
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__()
    def __lt__(self, o): return super().__lt__(o)
print(len(Tu((1, 2))), Tu((1,)) == (1,), Tu((1,)) < (2,), hash(Tu((1,))) == hash((1,)))
import math
class I(int):
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
class F(float):
    def __floor__(self): return 'Ffloor'
class G(float): pass
class J(int): pass
print(math.floor(I(3)), math.ceil(I(3)), math.trunc(I(3)), math.floor(F(2.5)), math.ceil(F(2.5)), math.trunc(F(2.5)))
print(math.floor(G(2.5)), math.ceil(G(-2.5)), math.trunc(G(2.7)), math.floor(J(4)), type(math.floor(J(4))).__name__)
class Dd(dict):
    @classmethod
    def fromkeys(cls, it, v=None): return super().fromkeys(it, v)
class Ff(float):
    @classmethod
    def fromhex(cls, s): return super().fromhex(s)
class Ii(int):
    @classmethod
    def from_bytes(cls, b, order='big'): return super().from_bytes(b, order)
print(type(Dd.fromkeys('a')).__name__, Dd.fromkeys('ab', 0), type(Ff.fromhex('0x1p0')).__name__, Ff.fromhex('0x1p1'))
print(type(Ii.from_bytes(b'\x01')).__name__, Ii.from_bytes(b'\x01\x00'))
class D2(dict):
    def get(self, k, d=None): return super().get(k, d)
    def keys(self): return list(super().keys())
print(D2(a=1).get('a'), D2(a=1).keys(), type(Dd(a=1).fromkeys('x')).__name__)
print(type(Ff.fromhex('0x1p0')).__name__, type(float.fromhex('0x1p0')).__name__)
class F(float):
    def __index__(self): return 5
class G(float):
    def __float__(self): return 9.5
class H(int):
    def __index__(self): return 7
class S(str):
    def __index__(self): return 3
print(float(F(2.5)), float(G(2.5)), float(H(2)), float(S('1.25')))
class F(float):
    def __index__(self): return 5
    def __int__(self): return 6
print(float(F(2.5))); print("%d" % F(2.5))
