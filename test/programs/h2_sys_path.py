# gilvm-nogil: --workers 2
# sys.path: a list whose first entry is the script's directory; imports of NAME.py search
# its entries in order ('' is the current directory), so a program can add or remove one.
import sys
import os

print(type(sys.path).__name__, sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
saved = sys.path[:]
here = sys.path.pop(0)
sys.path[:] = [p for p in sys.path if os.path.abspath(p) != here]
try:
    import mod_helper
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
sys.path.append(here)
import mod_helper
print(mod_helper.__name__, 'mod_helper' in sys.modules)
sys.path[:] = saved
sys.path.insert(0, 42)  # not a str: skipped
import mod_noall
print(sorted(n for n in dir(mod_noall) if not n.startswith('__')))
