# A built-in left operand's own comparison / set operation comes before the reflected method of a right operand whose class is no subclass of the left's type (frozenset vs set subclasses, int vs float subclasses), as CPython's do_richcompare and binary_op1
class F(frozenset):
    def __ror__(self, o): return 'F.ror'
    def __eq__(self, o): return 'F.eq'
    def __le__(self, o): return 'F.le'
    def __ge__(self, o): return 'F.ge'
    __hash__ = frozenset.__hash__
print(sorted({3} | F([1])))
print({1} == F([1]), {1} <= F([1]), {1} != F([1]))
class S(set):
    def __rsub__(self, o): return 'S.rsub'
    def __eq__(self, o): return 'S.eq'
print(sorted(frozenset({3}) - S([1])), frozenset({1}) == S([1]))
class Fl(float):
    def __eq__(self, o): return 'Fl.eq'
    def __lt__(self, o): return 'Fl.lt'
    __hash__ = float.__hash__
print(1 == Fl(1.0), 1 > Fl(0.5), 1.0 == Fl(1.0), Fl(2.0) == 2)
class I(int):
    def __eq__(self, o): return 'I.eq'
    __hash__ = int.__hash__
print(1 == I(1), 1.0 == I(1), 'a' == I(1))
class St(str):
    def __eq__(self, o): return 'St.eq'
    __hash__ = str.__hash__
print('a' == St('a'), ['a'] == [St('a')], 1 == St('1'))
class L(list):
    def __eq__(self, o): return 'L.eq'
    def __gt__(self, o): return 'L.gt'
print([1] == L([1]), (1,) == L([1]), [1] < L([2]))
