# A circular import: the partially initialized module messages, and the repr of a .py module
import sys
print(repr(sys))
try:
    import mod_h56_cyc_a
except ImportError as e:
    print(str(e).split(" (/")[0].split(" (mod")[0])
