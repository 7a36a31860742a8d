# gilvm-nogil: --workers 2
# iteration protocol (test_iter/test_enumerate): __iter__/__next__ classes, __getitem__ sequences, exhausted iterators stay exhausted, iterator reuse in zip/map, unpacking consumers, list/tuple/dict/set constructors from iterators, iter() sentinels, len hints.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
c = Count(3); print(list(c), list(c), sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True), tuple(Count(2)), set(Count(3)) == {1, 2, 3}, dict(zip(Count(2), "ab")))
a, b, *rest = Count(5); print(a, b, rest)
print(list(enumerate(Count(3))), list(zip(Count(10), Count(2))), list(map(lambda v: v * v, Count(3))), [v for v in Count(3) if v != 2], 2 in Count(3), 5 in Count(3))
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return chr(97 + i)
print(list(Seq()), "c" in Seq(), "z" in Seq(), list(enumerate(Seq())), "".join(Seq()), list(iter(Seq())))
class BadIter:
    def __iter__(self): return 5
class NoNext:
    def __iter__(self): return self
class NotIter: pass
t(lambda: list(BadIter())); t(lambda: iter(BadIter())); t(lambda: list(NoNext())); t(lambda: list(NotIter())); t(lambda: [x for x in NotIter()]); t(lambda: next(NotIter())); t(lambda: 1 in NotIter())
def unpack(): a, b = NotIter()
t(unpack)
def unpack2(): a, *b = NotIter()
t(unpack2)
def unpack3(): a, *b = 5
t(unpack3)
def unpack4(): a, b = BadIter()
t(unpack4)
def unpack5(): a, *b = Seq()
t(unpack5)
def unpack_many(): a, b = Count(3)
t(unpack_many)
def unpack_few(): a, b, c = Count(2)
t(unpack_few)
class RaisesInNext:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom in next")
t(lambda: list(RaisesInNext())); t(lambda: sorted(RaisesInNext()))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(it))
it2 = iter(range(10)); print(next(it2), list(zip(it2, range(3))), next(it2))
e = enumerate("abc"); print(next(e), list(e), list(e))
it3 = iter([1, 2]); print(list(it3), next(it3, "done"), list(it3))
l = [1, 2, 3]; li = iter(l); next(li); l.append(4); print(list(li))
l2 = [1, 2, 3]; li2 = iter(l2); print(next(li2)); l2.clear(); print(list(li2)); l2.extend([7, 8]); print(list(li2))
r = reversed([1, 2, 3]); print(next(r), list(r))
lst = [1, 2, 3]
for v in lst:
    if v == 1: lst.remove(v)
print(lst)
t(lambda: type(iter([])).__name__); t(lambda: type(iter(())).__name__); t(lambda: type(iter("")).__name__); t(lambda: type(iter({})).__name__); t(lambda: type(iter(range(0))).__name__); t(lambda: type(iter({}.items())).__name__); t(lambda: type(iter(set())).__name__); t(lambda: type(reversed([])).__name__); t(lambda: type(zip()).__name__); t(lambda: type(map(len, [])).__name__); t(lambda: type(enumerate([])).__name__); t(lambda: type(iter(Seq())).__name__)
def gen():
    yield from range(3)
print(list(map(str, gen())), list(filter(None, gen())), list(zip(gen(), gen())), [*gen(), *gen()], {*gen()}, dict.fromkeys(gen()), sum(gen()), any(gen()), all(gen()))
class Both:
    def __iter__(self): return iter([1, 2])
    def __getitem__(self, i): return "getitem"
    def __len__(self): return 99
print(list(Both()), len(Both()), list(reversed(Both())) if False else "skip")
class Rev:
    def __reversed__(self): return iter("zyx")
    def __iter__(self): return iter("xyz")
print(list(reversed(Rev())), list(Rev()))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(NoRev()))
class NoIterAttr:
    __iter__ = None
t(lambda: iter(NoIterAttr())); t(lambda: list(NoIterAttr()))
nums = iter(range(3)); print(list(x * y for x in nums for y in [10, 20])) 
matrix = [[1, 2, 3], [4, 5, 6]]; print([list(col) for col in zip(*matrix)], list(map(sum, matrix)), [r[::-1] for r in matrix[::-1]])
