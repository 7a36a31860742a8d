# gilvm-nogil:
# Property setters that are Python functions run as calls pushed on the loop's own activation,
# their result dropped: errors, recursion through them (700 levels), __setattr__ classes, read-only
# properties, generator setters and o.p += x as CPython.
class R:
    def __init__(self): self._w = 1
    @property
    def w(self): return self._w
    @w.setter
    def w(self, v):
        if v < 0: raise ValueError('negative')
        self._w = v
        return 'ignored'
r = R()
for i in range(5):
    r.w = r.w + i
print(r.w)
try: r.w = -1
except ValueError as e: print('VE', e)
print(r.w)
class Chain:
    def __init__(self, nxt): self.nxt = nxt; self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x):
        self._v = x
        if self.nxt is not None: self.nxt.v = x + 1
c = None
for i in range(700): c = Chain(c)
c.v = 0
n = c; last = None
while n is not None: last = n.v; n = n.nxt
print(last)
class G:
    @property
    def g(self): return 1
    @g.setter
    def g(self, v):
        yield v
x = G(); x.g = 5; print('gen setter ok')
class S:
    def __setattr__(self, k, v): print('setattr', k, v); object.__setattr__(self, k, v)
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): print('setter', v)
S().p = 3
class RO:
    @property
    def p(self): return 1
try: RO().p = 2
except AttributeError as e: print('AE', e)
class F:
    def __init__(self): self.x = 1.0
    @property
    def fx(self): return self.x
    @fx.setter
    def fx(self, v): self.x = v
f = F()
for i in range(10): f.fx += 0.5
print(f.fx)
def chk():
    r.w = 'x'
try: chk()
except TypeError as e: print('TE', e)
r.w = -5
