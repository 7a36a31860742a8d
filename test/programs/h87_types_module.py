# The types module: the built-in types by name, MethodType binding, SimpleNamespace.
import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, repr(ns))
ns.c = [1]
ns.self = ns
print(ns)
print(ns == types.SimpleNamespace(a=1, b='x', c=[1], self=ns))
print(types.SimpleNamespace() == types.SimpleNamespace())
try: hash(ns)
except TypeError as e: print(e)
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
class Sub(types.SimpleNamespace): pass
print(Sub(z=3))
print(types.SimpleNamespace)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType))
class A:
    def m(self): return 5
a = A()
bm = types.MethodType(lambda self: self is a, a)
print(bm(), isinstance(a.m, types.MethodType))
print(types.NoneType, types.FunctionType, types.MethodType, types.ModuleType)
print(vars(types.SimpleNamespace(q=1)))
del ns.a
print(ns.b, hasattr(ns, 'a'))
C = types.new_class('C', (A,), exec_body=lambda ns: ns.update(x=1))
print(C.x, C().m(), C.__name__)
