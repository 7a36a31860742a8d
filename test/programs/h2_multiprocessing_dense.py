# gilvm-nogil: --workers 2
# multiprocessing: Pool map/starmap/apply/imap, Process exit codes (sys.exit values, an exception), Queue, Value/Array, Pipe.
import multiprocessing as mp
import os, sys
def sq(x): return x * x
def add(a, b): return a + b
def child(q, n):
    q.put(sum(range(n)))
def exiter(code): sys.exit(code)
def raiser(): raise ValueError('child boom')
if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)), pool.apply_async(sq, (7,)).get(timeout=10))
        print(list(pool.imap(sq, range(4))), sorted(pool.imap_unordered(sq, range(4))))
        r = pool.map_async(sq, [1, 2]); print(r.get(), r.ready(), r.successful())
        try: pool.apply(raiser)
        except ValueError as e: print('ValueError', e)
    q = mp.Queue()
    ps = [mp.Process(target=child, args=(q, n)) for n in (10, 100)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in ps), [p.exitcode for p in ps])
    p = mp.Process(target=exiter, args=(3,)); p.start(); p.join(); print(p.exitcode, p.is_alive())
    p = mp.Process(target=raiser); p.start(); p.join(); print(p.exitcode)
    p = mp.Process(target=exiter, args=('msg',)); p.start(); p.join(); print(p.exitcode)
    p = mp.Process(target=exiter, args=(None,)); p.start(); p.join(); print(p.exitcode)
    print(mp.cpu_count() == os.cpu_count(), mp.current_process().name)
    v = mp.Value('i', 0); a = mp.Array('d', [1.0, 2.0])
    def incv(v):
        with v.get_lock(): v.value += 1
    print(v.value, a[:], len(a))
    p = mp.Process(target=sq, args=(1,), name='named'); print(p.name, p.exitcode)
    parent, ch = mp.Pipe(); ch.send({'a': 1}); print(parent.recv())
    try: mp.Process(target=sq).join()
    except AssertionError as e: print('AssertionError', e)
