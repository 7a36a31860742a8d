# gilvm-nogil:
# __import__ with fromlist (by keyword too) returns the dotted module; types.ModuleType makes modules.
print(__import__("os.path", fromlist=["join"]).__name__)
print(__import__("concurrent.futures", fromlist=["x"]).__name__)
print(__import__("os.path").__name__, __import__("os.path", fromlist=[]).__name__, __import__("os.path", None, None, ["x"]).__name__)
print(__import__("collections.abc", fromlist=("Sized",)).__name__, __import__("collections", globals(), locals(), ["deque"], 0).__name__)
m = __import__("math", fromlist=["sqrt"]); print(m.sqrt(16))
import types, sys
m = types.ModuleType('plugins'); print(m, m.__dict__, m.__doc__)
m.greet = lambda: "hi"
print(m.greet(), m.__name__, 'greet' in dir(m))
m2 = types.ModuleType('x', 'the doc'); print(m2.__doc__, sorted(vars(m2)))
for bad in ((), (5,), ('a','b','c')):
    try: types.ModuleType(*bad)
    except TypeError as e: print(e)
m3 = types.ModuleType(name='k', doc=3); print(m3.__doc__)
sys.modules['plugins'] = m
import plugins
print(plugins.greet(), plugins is m, isinstance(m, types.ModuleType), type(m).__name__)
exec("def f(): return 42", m.__dict__)
print(m.f())
del sys.modules['plugins']
