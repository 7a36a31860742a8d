# gilvm-nogil: --workers 2
# multiprocessing.Pool from _test_multiprocessing.py: map/starmap/apply/apply_async/imap/imap_unordered, chunksize, callbacks, errors, timeouts, closed pool.
import multiprocessing as mp

def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

def sq(x): return x * x
def add(a, b=0): return a + b
def fail(x):
    if x == 3:
        raise ZeroDivisionError('bad item %d' % x)
    return x
def whoami(_): return mp.current_process().name.startswith('ForkPoolWorker') or mp.current_process().name.startswith('SpawnPoolWorker')
def init(v):
    global BASE
    BASE = v
def with_base(x): return BASE + x

if __name__ == '__main__':
    with mp.Pool(2) as pool:
        t('map', lambda: pool.map(sq, range(8)))
        t('map chunks', lambda: pool.map(sq, range(8), chunksize=3))
        t('map empty', lambda: pool.map(sq, []))
        t('starmap', lambda: pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        t('apply', lambda: pool.apply(add, (1,), {'b': 9}))
        r = pool.apply_async(sq, (12,))
        t('apply_async', lambda: r.get(timeout=10))
        t('ready', r.ready); t('successful', r.successful)
        t('imap', lambda: list(pool.imap(sq, range(5))))
        t('imap chunks', lambda: list(pool.imap(sq, range(5), chunksize=2)))
        t('imap_unordered', lambda: sorted(pool.imap_unordered(sq, range(5))))
        it = pool.imap(sq, [7, 8])
        t('imap next', lambda: (next(it), it.next(timeout=10)))
        t('imap exhausted', lambda: next(it))
        t('map error', lambda: pool.map(fail, range(5)))
        r = pool.apply_async(fail, (3,))
        t('async error', lambda: r.get(timeout=10))
        t('async not successful', r.successful)
        t('imap error', lambda: list(pool.imap(fail, range(5))))
        got = []
        r = pool.map_async(sq, [1, 2, 3], callback=got.append)
        r.wait(10)
        t('map_async callback', lambda: (r.get(), got))
        errs = []
        r = pool.apply_async(fail, (3,), error_callback=lambda e: errs.append(type(e).__name__))
        r.wait(10)
        t('error_callback', lambda: errs)
        r = pool.starmap_async(add, [(1, 1), (2, 2)])
        t('starmap_async', lambda: r.get(10))
        t('worker names', lambda: all(pool.map(whoami, range(4))))
        t('unpicklable', lambda: pool.apply(lambda: 1))
    with mp.Pool(2, initializer=init, initargs=(100,)) as pool:
        t('initializer', lambda: pool.map(with_base, [1, 2, 3]))
    pool = mp.Pool(1)
    pool.close()
    t('closed map', lambda: pool.map(sq, [1]))
    t('closed apply_async', lambda: pool.apply_async(sq, (1,)))
    pool.join()
    pool = mp.Pool(1)
    r = pool.apply_async(sq, (3,))
    t('result before terminate', lambda: r.get(10))
    pool.terminate(); pool.join()
    t('terminated map', lambda: pool.map(sq, [1]))
    t('not ready get', lambda: mp.Pool(1).apply_async(sq, (2,)).get(10))
    t('Pool(0)', lambda: mp.Pool(0))
    t('TimeoutError', lambda: issubclass(mp.TimeoutError, Exception))
