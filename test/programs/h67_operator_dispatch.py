# Operators on subclasses of built-ins whose methods answer NotImplemented: the built-in
# base's slot does not answer for them (Meters + int is a TypeError, not a float sum), and
# != follows CPython's do_richcompare (each class's own __ne__, object's inverting __eq__).
class Meters(float):
    def __add__(self, o):
        if not isinstance(o, Meters):
            return NotImplemented
        return Meters(float(self) + float(o))
    __radd__ = __add__

    def __repr__(self):
        return f'Meters({float(self)})'


for x, y in [(Meters(1.5), 2), (2, Meters(1.5)), (Meters(1.5), Meters(2))]:
    try:
        print(x + y)
    except TypeError as e:
        print('TypeError:', e)


class M(float):
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


print(M(1.5) + 2.0, 1.5 + M(2))


class L(list):
    def __add__(self, o):
        return NotImplemented


class S(str):
    def __add__(self, o):
        return NotImplemented


class D(dict):
    def __or__(self, o):
        return NotImplemented


for x, y in [(L([1]), L([2])), (S('a'), 'b'), ('b', S('a')), ([1], L([2]))]:
    try:
        print(x + y)
    except TypeError as e:
        print('TypeError:', e)
print(D(a=1) | {'b': 2})


class PlainS(str):
    pass


class PlainL(list):
    pass


for x, y in [(PlainS('a'), 1), (PlainL([1]), (2,))]:
    try:
        x + y
    except TypeError as e:
        print('TypeError:', e)


class F(float):
    def __eq__(self, o):
        return NotImplemented


f = F(1)
print(f == 1, 1 == f, f != 1, 1 != f, f == f, 1.0 == f)


class Label(str):
    pass


class Tag(str):
    def __ne__(self, o):
        return 'Tag.__ne__'


print(Label('a') != Tag('a'), Tag('a') != Label('a'), 'a' != Tag('a'))


class C:
    def __eq__(self, o):
        return True

    def __ne__(self, o):
        return NotImplemented


print(C() != None, None != C(), C() == None)


class OnlyNe:
    def __ne__(self, o):
        return 'OnlyNe.__ne__'


print(None != OnlyNe(), 1 != OnlyNe(), [1] != OnlyNe())


class CI(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    __hash__ = str.__hash__


print(CI('A') == 'a', CI('A') != 'a', 'a' == CI('A'))
print(range(6).index(3.0), range(2, 20, 3).index(8.0), range(10, 0, -2).index(4.0), range(5).count(2.0))
try:
    range(7).index('a')
except ValueError as e:
    print('ValueError:', e)
print(b'abc'.find(True), b'a\x01'.find(True), b'abc'.count(False), True in b'\x01')
