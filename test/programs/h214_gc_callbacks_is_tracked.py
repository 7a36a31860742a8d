# gc.callbacks are called around gc.collect() with the phase and an info dict; a callback
# that raises is reported and the others still run. gc.is_tracked answers False for a
# dict of atomic keys and values, as CPython (which tracks a dict only once a container
# goes in).
import gc

gc.disable()
gc.collect()


def cb(phase, info):
    print(phase, info["generation"], info.get("collected"), info.get("uncollectable"), sorted(info))


def bad(phase, info):
    raise ValueError("bad callback " + phase)


gc.callbacks.append(cb)


class A:
    pass


a = A()
a.me = a
del a
print("ret", gc.collect())
gc.callbacks.append(bad)
gc.callbacks.append(cb)
print("ret", gc.collect(1))
gc.callbacks.clear()
print("ret", gc.collect())


class B:
    pass


x = 5
values = [(), (x, x + 1), (1, []), [], {}, {"a": 1}, {"a": []}, {1: "b"},
          {(x, 2): 3}, 1, "s", object(), B(), set(), frozenset(), {'a': B()}, dict(a=1), dict(a=[])]
print([gc.is_tracked(v) for v in values])

# the automatic collections call them too
gc.enable()
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, type(info["collected"]).__name__)))
for i in range(50000):
    a = A()
    a.me = a
print("automatic:", ("start", "int") in phases and ("stop", "int") in phases)
gc.callbacks.clear()
