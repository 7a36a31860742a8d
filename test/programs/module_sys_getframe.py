# sys._getframe (snapshots) and code objects' co_* attributes
import sys
def caller_locals():
    return sorted(sys._getframe(1).f_locals)
def whoami():
    return sys._getframe(1).f_code.co_name
def outer():
    x = 5
    f = sys._getframe(); line = f.f_lineno; names = caller_locals()
    print(f.f_code.co_name, line, names, f.f_back.f_code.co_name, whoami())
    return inner()
def inner():
    y = [1]
    fr = sys._getframe(0); print(fr.f_lineno, caller_locals(), fr.f_back.f_lineno, fr.f_back.f_back.f_code.co_name)
    return fr.f_globals is globals()
print(outer(), sys._getframe().f_code.co_name, sys._getframe().f_back)
try: sys._getframe(50)
except ValueError as e: print(e)
def f(a, b=1, *args, k, **kw): z = 1; return a
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_filename[-5:], c.co_firstlineno, c.co_nlocals)
def mk():
    v = 1
    def g(): return v
    return g
print(mk.__code__.co_cellvars, mk().__code__.co_freevars, mk.__code__.co_qualname if hasattr(mk.__code__, "co_qualname") else "")
