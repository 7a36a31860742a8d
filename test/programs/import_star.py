# `from m import *` honouring __all__, and without __all__ skipping _names;
# star import of a built-in module.
from mod_helper import *
from mod_noall import *
from math import *

print(area(1), Circle(2), PI_APPROX, bump())
print("not_exported" in globals(), "_private_counter" in globals())
print(VISIBLE, double(21), hypot3(1, 2, 2), "_hidden" in globals())
print(sqrt(16), floor(2.7), pi > 3, "math" in globals())
names = sorted(n for n in globals() if not n.startswith("_") and n in ("area", "Circle", "double", "sqrt"))
print(names)
