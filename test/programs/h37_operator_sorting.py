# Sorting and projecting records with operator: itemgetter (one and many keys, slices),
# attrgetter (dotted paths), methodcaller (args, kwargs), the arithmetic functions, their
# reprs and errors.
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("ann", "eng", 120), ("bob", "ops", 90), ("cy", "eng", 100), ("dee", "ops", 90)]
print(sorted(rows, key=itemgetter(2)))
print(sorted(rows, key=itemgetter(1, 2)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(0, 2))(rows[0]))
print(itemgetter("k")({"k": 5}), itemgetter(0, -1)("abc"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))


class Addr:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.addr = name, age, Addr(city)


people = [Person("zed", 30, "Oslo"), Person("amy", 25, "Rome"), Person("bo", 30, "Bern")]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print(list(map(attrgetter("addr.city"), people)), attrgetter("name", "addr.city")(people[1]))
print(repr(attrgetter("addr.city")), repr(attrgetter("a", "b")))
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError:", e)

up = methodcaller("upper")
rep = methodcaller("replace", "a", "o")
spl = methodcaller("split", sep=",", maxsplit=1)
print(up("hi"), rep("banana"), spl("a,b,c"), repr(rep), repr(spl))
print(sorted(["b", "A", "c"], key=methodcaller("lower")))

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-2.5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.eq(1, 1.0), operator.ne("a", "b"), operator.lt(1, 2), operator.ge(1, 2), operator.not_(0), operator.truth([]))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
seq = [1, 2, 3]
operator.setitem(seq, 0, 9)
operator.delitem(seq, 1)
print(seq, operator.getitem(seq, -1), operator.concat([1], [2]), operator.index(7))
x = [1]
print(operator.iadd(x, [2]) is x, x, operator.iconcat(x, [3]))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(4))), operator.length_hint(object(), 7))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    itemgetter()
except TypeError as e:
    print("TypeError:", e)
try:
    methodcaller()
except TypeError as e:
    print("TypeError:", e)
for make in (itemgetter, attrgetter):
    try:
        make(a=1)
    except TypeError as e:
        print("TypeError:", e)
try:
    attrgetter()
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint(iter("héllo")), operator.length_hint(reversed([1, 2])))
print(operator.length_hint(iter({1: 2, 3: 4})), operator.length_hint(iter({5, 6, 7})), operator.length_hint(iter(range(10, 0, -3))))
print(operator.length_hint(iter(())), operator.length_hint((x for x in "ab"), 9))
print(iter([1, 2]).__length_hint__(), type(iter([]).__length_hint__).__name__)
