# gilvm-nogil: --workers 2
# Children are made by fork (CPython 3.11 on Linux): a target defined under the
# `__main__` guard, a lambda, a closure and a bound method run in the child without being
# pickled; a Pool's guard-local function resolves in the workers (their __main__ is a copy
# of the parent's), a lambda given to Pool.map still fails to pickle (tasks travel pickled).
import multiprocessing as mp


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, q):
        self.n += 1
        q.put(('method', self.n))


if __name__ == '__main__':
    def square(x):
        return x * x

    def report(q, x):
        q.put(('guard-local', square(x)))

    print(mp.get_start_method(), mp.get_context().get_start_method())
    q = mp.Queue()
    p = mp.Process(target=report, args=(q, 7))
    p.start(); p.join()
    print(q.get(), p.exitcode)

    p = mp.Process(target=lambda: q.put(('lambda', 1)))
    p.start(); p.join()
    print(q.get(), p.exitcode)

    seen = []
    def closure():
        seen.append('child')
        q.put(('closure', list(seen)))
    p = mp.Process(target=closure)
    p.start(); p.join()
    print(q.get(), 'parent:', seen)

    c = Counter(41)
    p = mp.Process(target=c.bump, args=(q,))
    p.start(); p.join()
    print(q.get(), 'parent:', c.n)

    with mp.Pool(2) as pool:
        print(pool.map(square, range(6)))
        print(pool.apply(square, (9,)))
        try:
            pool.map(lambda x: x, range(3))
        except Exception as e:
            # the message names the function's address: print what comes before it
            print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])
        print(pool.map(square, [10, 11]))
