# gilvm-nogil:
# itemgetter / attrgetter / methodcaller objects called without their argument say so as
# C _operator does ('itemgetter expected 1 argument, got 0'); more arguments or keywords
# get Python's messages in gilvm (lib/operator.py _NOARG), so they are not here
import operator
getters = [operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('a'),
           operator.itemgetter(0, 1), operator.attrgetter('real', 'imag'), operator.methodcaller('count', 5)]
for g in getters:
    for f in [lambda: g(), lambda: g([5, 6])]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), operator.methodcaller('upper')('x'),
      operator.attrgetter('real')(3), operator.itemgetter(slice(1, None))('abc'))
