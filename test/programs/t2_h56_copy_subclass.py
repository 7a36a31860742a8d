# copy.copy / deepcopy of subclasses of int, str, float and frozenset keep their value (and attributes)
import copy
class I(int): pass
class St(str): pass
class F(frozenset): pass
class Fl(float): pass

print(copy.copy(I(3)), repr(copy.deepcopy(St('a'))), copy.copy(F([1, 2])), copy.copy(Fl(2.5)))
i = I(7); i.tag = 'x'
j = copy.copy(i); k = copy.deepcopy(i)
print(j, j.tag, type(j).__name__, k, k.tag, j is i)
class Money(float):
    def __new__(cls, v, cur='USD'):
        o = super().__new__(cls, v); o.cur = cur; return o
m = Money(2.5, 'EUR')
print(copy.copy(m), copy.copy(m).cur, copy.deepcopy([m, m])[0].cur)
