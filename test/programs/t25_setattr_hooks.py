# gilvm-nogil: --workers 2
# __setattr__ / __delattr__ hooks that are built-in methods (the AttrDict idiom:
# __setattr__ = dict.__setitem__), late-assigned hooks; Counter.most_common's bad n.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
a = AttrDict(x=1); a.y = 2; print(a, a.x, a.y); del a.x; print(a)
try: a.zz
except KeyError as e: print("KeyError", e)
class Frozen:
    __slots__ = ()
    def __setattr__(self, k, v): raise AttributeError(f"frozen: {k}")
try: Frozen().q = 1
except AttributeError as e: print(e)
class Plain: pass
p = Plain(); p.a = 1; print(vars(p))
class Logged:
    def __setattr__(self, k, v):
        print("set", k); object.__setattr__(self, k, v)
class Sub(Logged): pass
s = Sub(); s.v = 3; print(s.v)
Plain.__setattr__ = lambda self, k, v: print("late hook", k)
p.b = 2; print(vars(p))
from collections import Counter
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(2), words.most_common(99)[:3], words.most_common(0), words.most_common(-1))
try:
    words.most_common("2")
except TypeError as e:
    print("TypeError", e)
