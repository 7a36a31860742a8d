# gilvm-nogil:
# types.SimpleNamespace is a C type in CPython, named 'types.SimpleNamespace' (its tp_name)
# in messages; a subclass is named plainly. Its methods' frames are not in tracebacks.
import types
ns = types.SimpleNamespace(a=1)
class Sub(types.SimpleNamespace):
    pass
for f in [lambda: ns.zz, lambda: ns[0], lambda: len(ns), lambda: ns + 1, lambda: ns(), lambda: hash(ns), lambda: iter(ns), lambda: ns < ns, lambda: ns <= types.SimpleNamespace(a=1), lambda: ns != Sub(a=1), lambda: ns == Sub(a=1), lambda: ns > 3]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: Sub().zz, lambda: hash(Sub()), lambda: Sub()[0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ns, Sub(b=2), type(ns), Sub, types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__, types.SimpleNamespace.__module__)
types.SimpleNamespace(1, 2)
