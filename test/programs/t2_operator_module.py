# operator: the operator functions with reduce/accumulate/starmap, itemgetter, attrgetter,
# methodcaller (reprs and errors).
import operator
from operator import itemgetter, attrgetter, methodcaller, add, mul
from functools import reduce
from collections import namedtuple
print(reduce(operator.mul, range(1, 6)), reduce(add, [1, 2, 3]), operator.sub(5, 2), operator.truediv(1, 4))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(1, 0)(data[0]))
P = namedtuple('P', 'x y')
print(sorted([P(3, 1), P(1, 2)], key=attrgetter('x')), attrgetter('x', 'y')(P(1, 2)))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), repr(methodcaller('f', 1, k=2)))
print(repr(itemgetter(1)), repr(attrgetter('a.b')), repr(itemgetter('a', 'b')))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(0), operator.contains([1], 1), operator.neg(3), operator.pow(2, 10), operator.mod(7, 3))
print(operator.getitem([1, 2], 1), operator.concat([1], [2]), operator.index(5), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
from itertools import accumulate, starmap
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(starmap(operator.add, [(1, 2), (3, 4)])))
l = [1]; print(operator.iadd(l, [2]), l)
print(list(map(operator.itemgetter('k'), [{'k': 1}, {'k': 2}])))
try: operator.add(1, 'a')
except TypeError as e: print(e)
try: itemgetter(5)([1])
except IndexError as e: print(e)
try: attrgetter(1)
except TypeError as e: print(e)
print(operator.truth([]), operator.is_(None, None), operator.xor(5, 3), operator.and_(6, 3), operator.or_(4, 1))
