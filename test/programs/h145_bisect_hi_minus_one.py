# gilvm-nogil:
# bisect's hi=-1 is the C _bisect's default, len(a), in every function (a hi below -1
# searches nothing); lo < 0 is still a ValueError
import bisect
a = [1, 2, 2, 3, 5]
for f in (bisect.bisect, bisect.bisect_left, bisect.bisect_right):
    print(f.__name__, f(a, 2, hi=-1), f(a, 4, 0, -1), f(a, 2, hi=-2), f(a, 9, hi=-1), f(a, 2, 1, -1, key=lambda v: v))
for f in (bisect.insort, bisect.insort_left, bisect.insort_right):
    b = list(a)
    f(b, 4, hi=-1)
    f(b, 0, 0, -1, key=None)
    print(f.__name__, b)
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print(e)
