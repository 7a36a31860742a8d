# gilvm-nogil:
# Subclasses of complex, the dunder methods of complex (complex.__add__(...), super() calls),
# operator dispatch with user classes (reflected methods, NotImplemented), __complex__ objects.


class C(complex):
    def __repr__(self):
        return 'C' + super().__repr__()


class D(complex):
    def __init__(self, *args):
        self.tag = 'd'

    def __add__(self, other):
        return 'D.__add__'

    def __radd__(self, other):
        return 'D.__radd__'


class E(complex):
    def __new__(cls, re, im=0):
        self = super().__new__(cls, re * 10, im * 10)
        self.made = True
        return self

    def __abs__(self):
        return 'E.__abs__'

    def __eq__(self, other):
        return 'E.__eq__'

    __hash__ = complex.__hash__


c = C(1, 2)
print(c, repr(c), str(c), type(c).__name__, isinstance(c, complex), type(c).__mro__)
print(c.real, c.imag, c.conjugate(), type(c.conjugate()).__name__, type(c.__complex__()).__name__)
print(repr(c + 1), type(c + 1).__name__, repr(-c), type(-c).__name__, type(+c).__name__, abs(C(3, 4)))
print(c == complex(1, 2), hash(c) == hash(complex(1, 2)), complex(c), type(complex(c)).__name__, c * 2, 2 ** C(1, 0))
print(C('3-4j'), C(imag=5), C(), C(C(1, 1)), bool(C()), bool(C(0, 1)))
c.extra = 'attr'
print(c.extra, c.__dict__)
d = D(3, 4)
print(d.tag, d, d + 1, 1 + d, complex(1, 1) + d, d - 1, d * complex(0, 1))
e = E(1, 2)
print(e, e.made, abs(e), e == 5, {e: 1}[complex(10, 20)], E(1) * 1)

print(complex.__add__(complex(1), 2), complex.__add__(complex(1), 'a'), complex(1).__radd__(2))
print(complex(1).__rtruediv__(2), complex.__eq__(complex(1), 1), complex.__lt__(complex(1), 1))
print(complex(1).__abs__(), complex(1).__neg__(), complex(1).__bool__(), complex(1).__hash__())
print(complex(1, 2).__repr__(), complex(1, 2).__str__(), complex(1, 2).__pow__(2), complex(1, 2).__rpow__(2))
print(complex(1, 2).__pos__(), complex(1, 2).__sub__(1), complex(1, 2).__rsub__(1), complex(1, 2).__mul__(1.5))
print(complex(1, 2).__rmul__(1.5), complex(1, 2).__truediv__(2), complex(1, 2).__ne__(complex(1, 2)))
print(complex(1, 2).__ge__(1), complex.__new__(complex, 1, 2), complex.__new__(C, 1, 2), (1.5).__add__(complex(1)))
for name in ['__float__', '__int__', '__floordiv__', '__mod__', '__round__']:
    try:
        getattr(complex(1), name)
        print(name, 'present')
    except AttributeError as ex:
        print(name, '!!', ex)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return 'Num.__add__'

    def __radd__(self, other):
        return 'Num.__radd__'

    def __rmul__(self, other):
        return NotImplemented

    def __complex__(self):
        return complex(self.v, 1)


print(complex(1, 2) + Num(1), Num(1) + complex(1, 2), complex(Num(5)), complex(Num(5), 2))
try:
    complex(1, 2) * Num(1)
except TypeError as ex:
    print('TypeError:', ex)
try:
    complex(1, 2) - Num(1)
except TypeError as ex:
    print('TypeError:', ex)


class Celsius:
    def __init__(self, t):
        self.t = t

    def __eq__(self, other):
        return isinstance(other, complex) and other.real == self.t


print(complex(5, 0) == Celsius(5), Celsius(5) == complex(5, 0), complex(5, 0) != Celsius(4))
for target in [c, complex(1, 2)]:
    for attr in ['real', 'imag']:
        try:
            setattr(target, attr, 5)
        except AttributeError as ex:
            print(type(target).__name__, attr, 'set !!', ex)
        try:
            delattr(target, attr)
        except AttributeError as ex:
            print(type(target).__name__, attr, 'del !!', ex)
print(c.real, c.imag, sorted(c.__dict__))
