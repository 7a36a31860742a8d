# gilvm-nogil:
# for i, c in enumerate(str / tuple / a tuple iterator): the pair without a tuple (evalhelpers.ts
# enumerateSourceTake), astral and non-latin-1 characters by the generic next, a str
# subclass's own __iter__, an enumerate resumed after a break
s = 'ab\u00e9\u4e2d\U0001F600z'
print(list(enumerate(s)))
for i, c in enumerate(s): print(i, c, end='; ')
print()
for i, w in enumerate(('x', 1, None), 5): print(i, w, end='; ')
print()
e = enumerate('abc')
for i, c in e:
    if i == 1: break
print(next(e), list(e))
class S(str):
    def __iter__(self): return iter('ZZ')
for i, c in enumerate(S('abc')): print(i, c, end=' ')
print()
t = (1, 2, 3)
it = iter(t)
next(it)
for i, x in enumerate(it): print(i, x, end=' ')
print()
