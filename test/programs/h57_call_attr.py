# __call__ on callables, a looping __context__ chain, property setter/deleter messages (session 33 probe)
def f(x, y=2):
    return x + y
class C:
    def m(self, k):
        return k * 2
    @staticmethod
    def s(v):
        return -v
class K:
    def __call__(self, z):
        return ('K', z)
print(hasattr(f, '__call__'), f.__call__(1), f.__call__(1, y=5))
print(hasattr(print, '__call__'), len.__call__([1, 2]), hasattr(C, '__call__'), hasattr(C().m, '__call__'))
print(C().m.__call__(4), int.__call__('5'), C.__call__().m(1), hasattr(lambda: 0, '__call__'))
print(K.__call__(K(), 3), K().__call__(4), callable(K.__call__))
print(str.upper.__call__('a'), sorted.__call__([3, 1], reverse=True))
print(hasattr(3, '__call__'), hasattr('x', '__call__'), hasattr(None, '__call__'))
print(type(f.__call__).__name__, type(len.__call__).__name__)
e = ValueError("a")
e.__context__ = e
try:
    try:
        raise e
    except ValueError:
        raise TypeError("b")
except TypeError as t:
    print(repr(t), repr(t.__context__), t.__context__.__context__ is t.__context__)
class R:
    @property
    def p(self):
        return 1
def mk():
    class Inner:
        @property
        def q(self):
            return 3
    return Inner
for fn in (lambda: setattr(R(), 'p', 5), lambda: delattr(R(), 'p'), lambda: R.p.__set__(R(), 5), lambda: R.p.__delete__(R()),
           lambda: setattr(mk()(), 'q', 1), lambda: mk().q.__set__(mk()(), 1)):
    try:
        fn()
    except AttributeError as ex:
        print('AttributeError', ex)
