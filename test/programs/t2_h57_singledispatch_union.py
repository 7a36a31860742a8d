# singledispatch_union (probe fixes, session 33)
from functools import singledispatch, cached_property
@singledispatch
def describe(x):
    return 'thing'
@describe.register
def _(x: int | float):
    return 'number'
print(describe(1), describe(2.5), describe([]))
describe.register(int | str, lambda x: 'int-or-str')
print(describe(1), describe('a'))
for bad in (lambda: describe.register(list[int], lambda x: 0), lambda: describe.register(3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
def g(x: list[int]): pass
try:
    describe.register(g)
except TypeError as e:
    print('TypeError', e)
def h(x: int | list[int]): pass
try:
    describe.register(h)
except TypeError as e:
    print('TypeError', e)
class S:
    __slots__ = ('a',)
    @cached_property
    def val(self): return 1
try: S().val
except Exception as e: print(type(e).__name__, e)
