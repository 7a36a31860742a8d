# gilvm-nogil:
# object.__ne__ inverts self's own type's == (a built-in type's too: object.__ne__('a', 'b') is
# True); dir(module) calls the module's own __dir__ (PEP 562).
import mod_h192_dir
print(dir(mod_h192_dir))
print(object.__ne__('a','b'), object.__ne__(1,2), object.__eq__(1,1), object.__ne__(1,1), object.__eq__('a','a'))
print(object.__ne__([1], [1]), object.__ne__((1,), (2,)), object.__ne__(1, 'a'), object.__ne__(1.0, 1))
class A: pass
a=A(); print(object.__ne__(a, A()), object.__ne__(a, a))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
print(E(1) != E(1), E(1) != E(2), object.__ne__(E(1), E(1)), object.__ne__(E(1), 5))
class N(int):
    def __ne__(self, o): return super().__ne__(o)
print(N(3) != 3, N(3) != 4)
class S(str):
    def __ne__(self, o): return object.__ne__(self, o)
print(S('x') != 'x', S('x') != 'y')
