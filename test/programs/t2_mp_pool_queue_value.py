# multiprocessing: Pool (map, starmap, imap, imap_unordered, apply_async with callbacks,
# map_async, errors), Process with a Queue, Value and Lock, Array, exit codes, Manager.
import multiprocessing as mp
from multiprocessing import Process, Pool, Queue, Value, Array, Lock, cpu_count, current_process
import os, time

def square(x):
    return x * x

def add(a, b):
    return a + b

def worker(q, n):
    q.put((n, current_process().name, n * 10))

def incr(counter, lock, times):
    for _ in range(times):
        with lock:
            counter.value += 1

def fill(arr):
    for i in range(len(arr)):
        arr[i] = arr[i] * 2

def fail(x):
    if x == 2:
        raise ZeroDivisionError("division by zero in worker")
    return x

def slow(x):
    time.sleep(0.01 * (3 - x))
    return x

if __name__ == "__main__":
    print(isinstance(cpu_count(), int), cpu_count() >= 1)
    print(current_process().name)
    with Pool(2) as pool:
        print(pool.map(square, range(8)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(list(pool.imap(square, range(4))))
        print(sorted(pool.imap_unordered(slow, range(3))))
        r = pool.apply_async(add, (10, 20))
        print(r.get(timeout=5), r.ready(), r.successful())
        print(pool.apply(add, (1, 1)))
        ma = pool.map_async(square, [5, 6])
        print(ma.get())
        try:
            pool.map(fail, range(4))
        except ZeroDivisionError as e:
            print("ZDE", e)
        r = pool.apply_async(fail, (2,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print("ZDE2", e)
        cb = []
        r = pool.apply_async(square, (9,), callback=cb.append)
        r.wait(); time.sleep(0.05)
        print(cb)
        ecb = []
        r = pool.apply_async(fail, (2,), error_callback=lambda e: ecb.append(repr(e)))
        r.wait(); time.sleep(0.05)
        print(ecb)
        print(pool.map(square, [], chunksize=3))

    q = Queue()
    ps = [Process(target=worker, args=(q, i)) for i in range(3)]
    for p in ps: p.start()
    res = sorted(q.get() for _ in ps)
    for p in ps: p.join()
    print([r[0] for r in res], [r[2] for r in res], all(r[1].startswith("Process-") for r in res))
    print([p.exitcode for p in ps], [p.is_alive() for p in ps])

    counter = Value('i', 0)
    lock = Lock()
    ps = [Process(target=incr, args=(counter, lock, 50)) for _ in range(2)]
    [p.start() for p in ps]; [p.join() for p in ps]
    print(counter.value)
    v = Value('d', 1.5)
    print(v.value, type(v.value).__name__)
    arr = Array('i', [1, 2, 3, 4])
    p = Process(target=fill, args=(arr,)); p.start(); p.join()
    print(arr[:], list(arr), len(arr), arr[0])
    a2 = Array('d', 3)
    print(a2[:])
    p = Process(target=fail, args=(2,))
    p.start(); p.join()
    print("exitcode", p.exitcode)
    p = Process(target=square, args=(3,), name="custom")
    print(p.name, p.daemon, p.exitcode, p.is_alive())
    p.start(); p.join(); print(p.exitcode)
    print(mp.get_start_method())
    if hasattr(mp, 'Manager'):
        with mp.Manager() as m:
            d = m.dict(); l = m.list([1])
            d['a'] = 1; l.append(2)
            print(dict(d), list(l))
    print(os.getpid() == os.getpid(), os.getppid() > 0)
