# gilvm-nogil:
# itertools and deque.rotate take True, int subclasses and __index__ objects as counts (islice(x, True) took every item, combinations(x, True) none)
import itertools as it
from collections import Counter, deque
class I:
    def __index__(self): return 2
def tryit(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
tryit(lambda: list(it.islice('abc', True)))
tryit(lambda: list(it.islice('abcdef', True, None, 2)))
tryit(lambda: list(it.islice('abcdef', I())))
tryit(lambda: list(it.islice('abcdef', I(), I()*0 or None, I())))
tryit(lambda: list(it.combinations('abc', True)))
tryit(lambda: list(it.combinations('abc', I())))
tryit(lambda: list(it.permutations('abc', True)))
tryit(lambda: list(it.permutations('abc', I())))
tryit(lambda: list(it.combinations_with_replacement('ab', I())))
tryit(lambda: list(it.product('ab', repeat=True)))
tryit(lambda: list(it.product('ab', repeat=I())))
tryit(lambda: list(it.repeat('x', True)))
tryit(lambda: it.repeat('x', True))
tryit(lambda: list(it.repeat('x', I())))
tryit(lambda: len(it.tee('ab', True)))
tryit(lambda: len(it.tee('ab', I())))
tryit(lambda: Counter('aab').most_common(True))
tryit(lambda: Counter('aab').most_common(I()))
tryit(lambda: deque('abc').rotate(True) )
tryit(lambda: deque('abcd').index('c', True))
tryit(lambda: deque('abcd').index('c', I()))
tryit(lambda: deque('abcd').insert(True, 'x'))
tryit(lambda: list(it.islice('abc', 1.0)))
tryit(lambda: list(it.combinations('abc', 1.0)))
tryit(lambda: list(it.repeat('x', 1.0)))
tryit(lambda: list(it.product('a', repeat=1.0)))
tryit(lambda: it.tee('a', 1.0))
tryit(lambda: list(it.accumulate([True, True])))
tryit(lambda: list(it.compress('abc', [True, 0, 2])))
d = deque('abc'); d.rotate(I()); print(d)
