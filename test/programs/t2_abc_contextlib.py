# abc (ABC, abstractmethod incl. properties/classmethods, the 3.11 instantiation message)
# and contextlib (contextmanager incl. errors and decorator use, suppress, closing,
# nullcontext, ExitStack, asynccontextmanager).
from abc import ABC, abstractmethod
import abc
class Shape(ABC):
    def __init__(self, name): self.name = name
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): pass
    def describe(self): return f'{self.name}: {self.area():.2f}'
class Circle(Shape):
    def __init__(self, r): super().__init__('circle'); self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def perimeter(self): return 2 * 3.14159 * self.r
class Half(Shape):
    def area(self): return 1
print(Circle(2).describe(), isinstance(Circle(1), Shape), Shape.__abstractmethods__ == {'area', 'perimeter'})
for cls in (Shape, Half):
    try: cls('x')
    except TypeError as e: print(e)
class Animal(ABC):
    @property
    @abstractmethod
    def sound(self): ...
    @classmethod
    @abstractmethod
    def kind(cls): ...
class Dog(Animal):
    @property
    def sound(self): return 'woof'
    @classmethod
    def kind(cls): return 'dog'
print(Dog().sound, Dog.kind())
try: Animal()
except TypeError as e: print(e)
class Base(ABC):
    @abstractmethod
    def run(self): print('base run')
class Impl(Base):
    def run(self): super().run(); print('impl run')
Impl().run()
print(Impl.__abstractmethods__, getattr(Base.run, '__isabstractmethod__', None))
class Plain(ABC): pass
print(Plain(), type(Plain()).__name__) if False else print(type(Plain()).__name__)
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, asynccontextmanager
import time, os
@contextmanager
def timer(label):
    print('start', label)
    try:
        yield 42
    finally:
        print('end', label)
with timer('a') as v: print('body', v)
try:
    with timer('b'): raise ValueError('inner')
except ValueError as e: print('propagated', e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print('swallowed', e)
with swallow(): raise KeyError('k')
print('after swallow')
@contextmanager
def opened(path):
    f = open(path, 'w')
    try: yield f
    finally: f.close(); print('closed', f.closed)
with opened('tmp_t2_abc_contextlib.txt') as f: f.write('hi')
os.remove('tmp_t2_abc_contextlib.txt')
with suppress(FileNotFoundError, ZeroDivisionError): 1 / 0
print('suppressed')
class Res:
    def close(self): print('Res closed')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as n: print(n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cleanup', i)
    stack.enter_context(timer('stacked'))
    print('in stack')
@timer('deco')
def f(): print('in f')
f()
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield; yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
import asyncio
@asynccontextmanager
async def conn():
    print('open'); yield 'c'; print('close')
async def main():
    async with conn() as c: print('using', c)
asyncio.run(main())
with timer('x'):
    raise RuntimeError('final')
