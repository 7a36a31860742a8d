# copy.copy / deepcopy ask a user __getattr__ only what CPython asks (__setstate__ of the
# new object when there is state, __deepcopy__), never "copy"; None in sys.modules blocks an
# import with ModuleNotFoundError.
import copy
class Rec:
    def __init__(self, d): self._d = d
    def __getattr__(self, name):
        if name.startswith('_'): raise AttributeError(name)
        return self._d[name]
print(copy.copy(Rec({'x': 1})).x, copy.deepcopy(Rec({'x': [1]})).x)
class Spy:
    asked = []
    def __init__(self): self.v = 1
    def __getattr__(self, name):
        Spy.asked.append(name); raise AttributeError(name)
copy.copy(Spy()); print(Spy.asked); Spy.asked.clear()
copy.deepcopy(Spy()); print(Spy.asked); Spy.asked.clear()
class Empty:
    def __getattr__(self, name):
        Spy.asked.append(name); raise AttributeError(name)
copy.copy(Empty()); copy.deepcopy(Empty()); print(Spy.asked)
class WithSet:
    def __init__(self): self.a = [1]
    def __setstate__(self, st): print("setstate", sorted(st)); self.__dict__.update(st)
w = copy.copy(WithSet()); w2 = copy.deepcopy(WithSet()); print(w.a, w2.a)
import sys
sys.modules['blocked'] = None
for stmt in ['import blocked', 'from blocked import x', 'import blocked.sub', 'import json', 'import math']:
    try:
        exec(stmt); print("ok", stmt)
    except ImportError as e: print(type(e).__name__, e, e.name)
sys.modules['json'] = None
try:
    import json
except ImportError as e: print(type(e).__name__, e)
del sys.modules['blocked']
try:
    import blocked
except ImportError as e: print(type(e).__name__, e)
