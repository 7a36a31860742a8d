# Importing a .py module beside the script: import, import as, from-import,
# module attributes, module identity and caching (the module body runs once).
import mod_helper
import mod_helper as helper_alias
from mod_helper import area, Circle as Round, bump
import sys

print(mod_helper.area(2), area(1), helper_alias is mod_helper)
print(Round(3), Round(3).area(), type(Round(1)).__module__)
print(mod_helper.__name__, mod_helper.__doc__, type(mod_helper).__name__)
print(bump(), bump(), mod_helper.bump(), mod_helper._private_counter)
print("mod_helper" in sys.modules, sys.modules["mod_helper"] is mod_helper)
import mod_helper                     # already imported: body does not run again
print(mod_helper.not_exported())
mod_helper.PI_APPROX = 3
print(mod_helper.area(1), area(1))    # area reads the module global at call time
print(mod_helper.Circle.__qualname__, mod_helper.area.__module__, __name__)
try:
    from mod_helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import mod_missing_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(isinstance(ModuleNotFoundError("x"), ImportError))
print(sorted(n for n in dir(mod_helper) if not n.startswith("__")))
