import mod_h56_cyc_a
try:
    mod_h56_cyc_a.X
except AttributeError as e:
    print(e)
print(repr(mod_h56_cyc_a).startswith("<module 'mod_h56_cyc_a' from "), repr(mod_h56_cyc_a).endswith("mod_h56_cyc_a.py'>"))
from mod_h56_cyc_a import X
