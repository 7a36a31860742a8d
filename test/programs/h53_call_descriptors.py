# __call__ found on the class binds as any descriptor: staticmethod, classmethod, a
# built-in function (no self), an object with __get__, a property
class S:
    __call__ = staticmethod(lambda: 'static call')
print(S()())
class B:
    __call__ = len
print(B()([1, 2]))
class K:
    __call__ = classmethod(lambda cls, x: (cls.__name__, x))
print(K()(5))
class F:
    def __call__(self, *a, **k): return ('plain', a, k)
print(F()(1, x=2))
class Sub(F): pass
print(Sub()(3))
class Callable:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner): return lambda *a: ('bound via __get__', a)
class G:
    __call__ = Callable(None)
print(G()(7))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e: print(e)
class P:
    @property
    def __call__(self): return lambda x: x * 2
print(P()(21))
