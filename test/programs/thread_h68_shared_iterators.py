# gilvm-nogil: --workers 4
# One iterator consumed by four threads at once through list() (not a for loop): every item
# comes out exactly once. Under --no-gil these steps took no lock: items came out twice,
# a dict iterator raised 'dictionary keys changed during iteration', and a dict items
# iterator's reused result tuple, refilled by two threads, released its items twice.
import itertools
import threading

N = 12000


def check(name, make, expected):
    it = make()
    out = [None] * 4

    def work(i):
        try:
            out[i] = list(it)
        except Exception as e:
            out[i] = [type(e).__name__]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    got = sorted(x for part in out for x in part)
    print(name, 'ok' if got == expected else 'BAD %d items' % len(got))


numbers = list(range(N))
check('tuple', lambda: iter(tuple(numbers)), numbers)
check('list', lambda: iter(list(numbers)), numbers)
check('reversed list', lambda: reversed(list(numbers)), numbers)
check('str', lambda: iter('ab' * (N // 2)), sorted('ab' * (N // 2)))
check('dict keys', lambda: iter(dict.fromkeys(numbers)), numbers)
check('dict values', lambda: iter({i: i for i in numbers}.values()), numbers)
check('dict items', lambda: iter({i: i for i in numbers}.items()), [(i, i) for i in numbers])
check('reversed dict', lambda: reversed({i: i for i in numbers}), numbers)
check('set', lambda: iter(set(numbers)), numbers)
check('frozenset', lambda: iter(frozenset(numbers)), numbers)
check('enumerate', lambda: enumerate(numbers), [(i, i) for i in numbers])
check('zip', lambda: zip(numbers, numbers), [(i, i) for i in numbers])
check('chain', lambda: itertools.chain(numbers[:N // 2], numbers[N // 2:]), numbers)
check('range', lambda: iter(range(N)), numbers)
