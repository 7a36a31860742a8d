# reversed() over a sequence without __reversed__ (a tuple, str, bytes, bytearray or a class
# with __len__ and __getitem__) is CPython's lazy reversed object: len() when made, x[i]
# as it is iterated, ending at IndexError; its type is the builtin 'reversed'.
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        print("get", i); return i
r = reversed(Seq())
print("created")
print(next(r))
print(list(r))
print(reversed, isinstance(reversed([1]), reversed), isinstance(reversed((1,)), reversed))
print(type(reversed((1, 2))).__name__, type(reversed([1])).__name__, type(reversed('ab')).__name__, type(reversed(range(3))).__name__, type(reversed({1: 2})).__name__)
print(list(reversed('héllo')), list(reversed((1, 2, 3))), list(reversed(b'abc')), list(reversed(bytearray(b'xy'))))
r = reversed((1, 2, 3))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
print(iter(r) is r, list(r))
class Short:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i * 10
print(list(reversed(Short())))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print(e)
for bad in (5, {1, 2}, None):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
class NotRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NotRev())
except TypeError as e:
    print(e)
class Bad:
    def __len__(self): return 2
    def __getitem__(self, i): raise KeyError(i)
try:
    list(reversed(Bad()))
except KeyError as e:
    print('KeyError', e)
ba = bytearray(b'abc')
r = reversed(ba)
print(next(r)); ba.clear(); print(list(r))
try:
    type(reversed([]))()
except TypeError as e:
    print(e)
print(sum(reversed((1, 2, 3))), max(reversed('abc')), sorted(reversed((3, 1, 2))))
print([x for x in reversed(Seq())])
