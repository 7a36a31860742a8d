# gilvm-nogil:
# a class's __dict__ lists __dict__ / __weakref__ / __doc__ where CPython's type_new adds them: after the class statement's own entries and __slots__ members, before attributes set later and the implicit __hash__ = None
class A:
    """doc"""
    y = 2
    def f(self): pass
A.x = 1
print(list(vars(A)))
class B: pass
B.z = 3
print(list(B.__dict__))
class C(A): pass
print(list(C.__dict__))
class E:
    def __eq__(s,o): return True
print(list(vars(E)))
class F:
    __slots__=('a',)
print(list(vars(F)))
class G(int): pass
print(list(vars(G)))
class H:
    'doc'
    def __eq__(s,o): return True
H.k = 1

print(list(vars(H)))
T = type('T', (), {'q': 1, 'r': 2})
T.s = 3
print(list(vars(T)), len(vars(T)), 'q' in vars(T), vars(T)['r'])
print(list(reversed(vars(A))))
