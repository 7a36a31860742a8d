# gilvm-nogil:
# Library fixes found by a bug hunt: ChainMap over a defaultdict (its __missing__) and not
# reversible; ExitStack's exception contexts as nested with statements; type() with a
# collections.abc base; star imports of time, random, os and typing; typing's collection
# aliases make instances; partialmethod on the class and over classmethod/staticmethod;
# singledispatch with typing.Union.
from collections import ChainMap, defaultdict, UserDict
print(ChainMap({}, defaultdict(int))['x'])
for m in (ChainMap({0: 'z'}), UserDict({0: 'z'})):
    try:
        reversed(m)
    except TypeError as e:
        print(e)
try:
    ChainMap(5)['a']
except TypeError as e:
    print(e)
from contextlib import ExitStack, suppress
import asyncio
def boom(m): raise ValueError(m)
try:
    with ExitStack() as st:
        st.callback(boom, 'outer'); st.callback(boom, 'inner')
        raise KeyError('body')
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    with ExitStack() as st:
        st.callback(boom, 'cb')
        st.enter_context(suppress(KeyError))
        raise KeyError('body')
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    with ExitStack() as st:
        st.callback(boom, 'a'); st.callback(boom, 'b'); st.callback(boom, 'c')
except ValueError as e:
    c = e
    while c is not None:
        print(repr(c), end=' '); c = c.__context__
    print()
try:
    try:
        raise TypeError('outer handled')
    except TypeError:
        with ExitStack() as st:
            st.callback(boom, 'x'); st.callback(boom, 'y')
except ValueError as e:
    c = e
    while c is not None:
        print(repr(c), end=' '); c = c.__context__
    print()
async def main():
    from contextlib import AsyncExitStack
    try:
        async with AsyncExitStack() as st:
            st.callback(boom, 'outer'); st.callback(boom, 'inner')
            raise KeyError('body')
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
asyncio.run(main())
import collections.abc
Y = type('Y', (collections.abc.Sized,), {'__len__': lambda s: 3})
print(len(Y()), isinstance(Y(), collections.abc.Sized), [c.__name__ for c in Y.__mro__])
Z = type('Z', (collections.abc.Mapping,), {})
try:
    Z()
except TypeError as e:
    print(e)
def star(module):
    ns = {}
    exec(f'from {module} import *', ns)
    return ns
t = star('time')
print(t['strftime']('%Y', t['gmtime'](0)), type(t['localtime']()).__name__, t['ctime'](0)[:3], 'struct_time' in t)
r = star('random')
print('SystemRandom' in r, 'BPF' in r, 'TWOPI' in r, sorted(k for k in r if not k.startswith('__')) == sorted(__import__('random').__all__))
o = star('os')
print('sys' in o, 'path' in o, 'getpid' in o, 'environ' in o)
print('ChainMap' in star('typing'))
import typing
for t in ['List','Dict','Set','FrozenSet','Tuple','Deque','DefaultDict','OrderedDict','Counter','ChainMap','Type']:
  a=getattr(typing,t)
  try: print(t, a())
  except Exception as e: print(t, type(e).__name__, e)
  try: print(t, a[int]() if t not in ('Dict','DefaultDict','OrderedDict','ChainMap') else a[int,int]())
  except Exception as e: print(t, type(e).__name__, e)
print(typing.Counter('aab'), typing.DefaultDict(int), typing.OrderedDict(a=1), typing.Deque[int]([1]))
c = typing.Counter[str]('xy'); print(c.__orig_class__)
from functools import partialmethod, partial
class Cell:
    def set_state(self, s, *, why='x'): self.alive = s; self.why = why
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, why='killed')
    @classmethod
    def make(cls, a, b): return (cls.__name__, a, b)
    make7 = partialmethod(make, 7)
    @staticmethod
    def st(a, b): return a + b
    st1 = partialmethod(st, 1)
    nested = partialmethod(set_alive, why='nested')
c = Cell(); Cell.set_alive(c); print(c.alive, c.why)
c.set_dead(); print(c.alive, c.why)
c.nested(); print(c.alive, c.why)
print(Cell.make7(8), c.make7(9))
print(Cell.st1(2), c.st1(3))
print(type(Cell.__dict__['set_alive']).__name__, repr(Cell.__dict__['set_alive'])[:40])
print(type(c.set_alive).__name__, type(Cell.set_alive).__name__)
print(Cell.set_alive.__name__)
from functools import singledispatch
from typing import Union, Optional
@singledispatch
def f(x): return 'obj'
f.register(Union[int, float], lambda x: 'num')
@f.register
def _(x: Union[str, bytes]): return 'text'
@f.register
def _(x: Optional[list]): return 'list or none'
