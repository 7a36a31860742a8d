# gilvm-nogil: --workers 2
# Searching downwards with reversed(range(...)) and stopping early: reversed() copied every
# value of the range into a list first (O(n) time and memory: reversed(range(10**8)) with
# an early break took 4.7 s; a bigger range could exhaust the heap). It now runs the range
# backwards, as CPython's range_reverse does, and the iterator is a range_iterator.
def largest_below(limit, predicate):
    for n in reversed(range(limit)):
        if predicate(n):
            return n
    return None


def is_prime(n):
    if n < 2:
        return False
    f = 2
    while f * f <= n:
        if n % f == 0:
            return False
        f += 1
    return True


print(largest_below(10 ** 9, is_prime), largest_below(10 ** 12, lambda n: n % 97 == 0 and n % 89 == 0))
print(largest_below(10, lambda n: n > 100), largest_below(0, is_prime))
for r in [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5, 4), range(0, -1), range(3, 3, -1),
          range(2 ** 40, 2 ** 40 + 5, 2), range(-2 ** 31, -2 ** 31 + 3), range(2 ** 30 - 2, 2 ** 30 + 2),
          range(10 ** 20, 0, -3 * 10 ** 19)]:
    print(r, list(reversed(r)), list(reversed(r)) == list(r)[::-1], next(reversed(r), None))
it = reversed(range(5))
print(type(it).__name__, next(it), next(it), list(it), list(it))
print(next(reversed(range(10 ** 30))), [i for i in reversed(range(3))], sum(reversed(range(101))))
