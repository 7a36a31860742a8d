# gilvm-nogil:
# itertools.count: a complex start or step is a number (PyNumber_Check); an int start with an int step of 1 counts in plain ints (count(True) gives 1), and the repr drops any int step equal to 1
import itertools as it
c = it.count(True, 2); print(next(c), c)
c = it.count(False); print(next(c), c)
c = it.count(True); print(next(c), c)
c = it.count(5, True); print(next(c), c)
c = it.count(1.5, True); print(next(c), next(c), c)
c = it.count(True, 1.0); print(next(c), c)
c = it.count(complex(1, 2), complex(0, 1)); print(next(c), c)
c = it.count(0, complex(0, 1)); print(next(c), next(c), c)
class I(int): pass
c = it.count(I(3)); v = next(c); print(v, type(v).__name__, c)
c = it.count(I(3), 2); v = next(c); print(v, type(v).__name__, c)
