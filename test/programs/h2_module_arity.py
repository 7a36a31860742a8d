# gilvm-nogil: --workers 2
# Argument-count and keyword errors of the native module functions, worded as CPython's:
# METH_O / METH_NOARGS checks name the function qualified (math.sqrt(), posix.getpid(),
# Random.random(), sys.exit()), Argument Clinic's bare; random's Python-level methods bind
# like Python functions (Random.choice() missing 1 required positional argument: 'seq').
import math
for name in sorted(dir(math)):
    f = getattr(math, name)
    if not callable(f) or name in ('isclose', 'prod'): continue
    for args in [(), (1, 2, 3, 4)]:
        try: f(*args); print(name, len(args), 'ok')
        except TypeError as e: print(name, len(args), e)
        except Exception as e: print(name, len(args), type(e).__name__, e)
    try: f(1, x=1)
    except TypeError as e: print(name, 'kw', e)
    except Exception as e: print(name, 'kw', type(e).__name__, e)

import time, os, gc, random, sys, threading
for name, f, args in [('time.time', time.time, (1,)), ('time.sleep', time.sleep, ()), ('time.sleep2', time.sleep, (1, 2)), ('os.getpid', os.getpid, (1,)), ('os.cpu_count', os.cpu_count, (1,)), ('gc.isenabled', gc.isenabled, (1,)), ('gc.collect', gc.collect, (1, 2)), ('random.random', random.random, (1,)), ('random.seed', random.seed, (1, 2, 3)), ('random.choice', random.choice, ()), ('random.getrandbits', random.getrandbits, ()), ('random.shuffle', random.shuffle, ()), ('sys.exit', sys.exit, (1, 2)), ('sys.getrecursionlimit', sys.getrecursionlimit, (1,)), ('sys.setrecursionlimit', sys.setrecursionlimit, ()), ('sys.getrefcount', sys.getrefcount, ()), ('time.perf_counter', time.perf_counter, (1,)), ('time.monotonic_ns', time.monotonic_ns, (1,)), ('gc.enable', gc.enable, (1,)), ('random.randint', random.randint, (1,)), ('random.uniform', random.uniform, ()), ('os.getenv', os.getenv, ()), ('threading.active_count', threading.active_count, (1,)), ][:]:
    try: f(*args); print(name, 'ok')
    except TypeError as e: print(name, e)
for name, f in [('time.time', time.time), ('os.getpid', os.getpid), ('random.random', random.random), ('random.choice', random.choice), ('gc.collect', gc.collect), ('sys.exit', sys.exit), ('time.sleep', time.sleep)]:
    try: f(x=1); print(name, 'ok')
    except TypeError as e: print(name, e)

random.seed(5)
print(random.choice(seq=[1, 2, 3]), random.randint(a=1, b=9), random.randint(1, b=3))
for call in [lambda: random.randint(1, a=2), lambda: random.shuffle([1], x=[2]), lambda: random.setstate(), lambda: random.getstate(1), lambda: random.randbytes(), lambda: sys.setrecursionlimit('x'), lambda: sys.setrecursionlimit(2.5), lambda: gc.collect(generation=5), lambda: gc.collect(gen=1), lambda: sys.getswitchinterval(1)]:
    try: call()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(gc.collect(generation=2) >= 0)
