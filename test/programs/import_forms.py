# Every import form with built-in modules: import m, import m as n, from m import
# a, b as c, several modules in one statement, imports inside functions.
import math, sys
import random as rnd
from math import sqrt, pi as PI, floor
from time import perf_counter as clock, sleep

print(math.sqrt(2) == sqrt(2), PI == math.pi, floor(-0.5), type(rnd).__name__)
print(callable(clock), callable(sleep), sys.modules["math"] is math)


def lazy_import():
    import gc as garbage
    from math import factorial
    return garbage.isenabled(), factorial(10)


print(lazy_import())
print("garbage" in globals(), "factorial" in globals())
try:
    import not_a_real_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import not_a_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(math.__name__, sys.__name__, rnd.__name__)
import math as m2
print(m2 is math)
