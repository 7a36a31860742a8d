# gilvm-nogil:
# itemgetter / attrgetter / methodcaller objects check their call as C _operator does:
# exactly one positional argument ('itemgetter expected 1 argument, got 0') and no
# keywords ('itemgetter() takes no keyword arguments')
import operator
getters = [operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('a'),
           operator.itemgetter(0, 1), operator.attrgetter('real', 'imag'), operator.methodcaller('count', 5)]
for g in getters:
    for f in [lambda: g(), lambda: g(1, 2), lambda: g([1, 2], k=1), lambda: g(obj=1), lambda: g([5, 6])]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), operator.methodcaller('upper')('x'),
      operator.attrgetter('real')(3), operator.itemgetter(slice(1, None))('abc'))
