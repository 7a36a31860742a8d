# Pool.imap / imap_unordered take their source lazily (an endless itertools.count() works,
# an exception raised by the source is raised by next() after the results before it, a
# non-iterable fails at next()), chunksize > 1 gives a generator, close() queues the rest.
import multiprocessing as mp, itertools
from multiprocessing.pool import ThreadPool
def sq(x): return x * x
def source():
    yield 1
    yield 2
    raise RuntimeError("source broke")
if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(list(pool.imap(sq, range(10))))
        print(sorted(pool.imap_unordered(sq, range(10))))
        g = pool.imap(sq, range(10), chunksize=3)
        print(type(g).__name__, list(g))
        print(sorted(pool.imap_unordered(sq, iter(range(7)), chunksize=2)))
        it = pool.imap(sq, source())
        try:
            for v in it: print(v)
        except RuntimeError as e:
            print('error:', e)
        it = pool.imap(sq, 5)
        print('made')
        try:
            next(it)
        except TypeError as e:
            print('TypeError', e)
        try:
            pool.imap(sq, 5, chunksize=2)
        except TypeError as e:
            print('TypeError at call', e)
        print(list(pool.imap(sq, [])))
        it = pool.imap(sq, range(3))
        print(it.next(timeout=5), next(it), next(it))
        try: next(it)
        except StopIteration: print('stop')
    pool = mp.Pool(2)
    seen = []
    def gen():
        for i in range(5):
            seen.append(i); yield i
    it = pool.imap(sq, gen())
    pool.close(); pool.join()
    print('after join', seen, list(it))
    with ThreadPool(3) as tp:
        print(list(tp.imap(sq, range(8))), sorted(tp.imap_unordered(sq, range(8))))
    with mp.Pool(2) as pool:
        for r in pool.imap(sq, itertools.count()):
            if r > 50:
                print('first', r); break
    with ThreadPool(2) as tp:
        for r in tp.imap(sq, itertools.count()):
            if r > 20: print('tp first', r); break
