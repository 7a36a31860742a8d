# Details from CPython's test suite: str(SyntaxError()) is 'None', read-only members say
# 'readonly attribute', a property's __doc__ is writable, a set that contains itself through
# an item's repr shows set(...), object.__getattribute__'s AttributeError has name and obj.
print(repr(str(SyntaxError())), repr(str(SyntaxError('x'))), repr(str(SyntaxError('m', ('f.py', 3, 4, 'txt')))), repr(str(SyntaxError(None))))
print(repr(str(IndentationError())))
try: range(3).start = 1
except AttributeError as e: print(e)
p = property(lambda s: 1)
try: p.fget = 42
except AttributeError as e: print(e)
p.__doc__ = "doc"; print(p.__doc__)
class C: pass
class D:
    z = property(None)
try: D().z
except AttributeError as e: print(e)
s = set(); 
class R:
    def __repr__(self): return repr(s)
    def __hash__(self): return 1
s.add(R()); print(s)
fs_holder = []
class R2:
    def __repr__(self): return repr(fs_holder[0])
    def __hash__(self): return 2
fs = frozenset([R2()]); fs_holder.append(fs); print(fs)
try: object.__getattribute__(C(), 'bluch')
except AttributeError as e: print(e.name, type(e.obj).__name__)
