# gilvm-nogil:
# multiprocessing's classes carry CPython's submodule names (print(type(obj))), Pool results
# are ApplyResult / MapResult / IMapIterator / IMapUnorderedIterator, and Semaphore,
# BoundedSemaphore and Event print as CPython's synchronize module prints them
import multiprocessing as mp
import multiprocessing.pool

if __name__ == '__main__':
    objs = [mp.Process(), mp.Queue(), mp.JoinableQueue(), mp.SimpleQueue(), mp.Lock(), mp.RLock(),
            mp.Semaphore(), mp.BoundedSemaphore(), mp.Event(), mp.Condition(), mp.Barrier(2),
            mp.Value('i', 1), mp.Array('i', 2), mp.Pipe()[0], mp.current_process()]
    for o in objs:
        print(type(o))
    s = mp.Semaphore(3)
    s.acquire()
    b = mp.BoundedSemaphore(2)
    b.acquire()
    e = mp.Event()
    print(s, b, mp.Lock(), mp.RLock(), mp.Condition())
    print(repr(e).endswith(' unset>'), repr(e).startswith('<Event at 0x'))
    e.set()
    print(repr(e).endswith(' set>'))
    print(mp.Process, mp.pool.AsyncResult is mp.pool.ApplyResult)
    print(issubclass(mp.pool.MapResult, mp.pool.ApplyResult),
          issubclass(mp.pool.IMapUnorderedIterator, mp.pool.IMapIterator))
    with mp.Pool(1) as p:
        print(type(p))
        for r in (p.apply_async(abs, (-1,)), p.map_async(abs, [-1]), p.starmap_async(pow, [(2, 3)]),
                  p.imap(abs, [-1]), p.imap_unordered(abs, [-1])):
            print(type(r).__module__, type(r).__qualname__, list(r) if hasattr(r, '__next__') else r.get())
        r = p.apply_async(abs, (-2,))
        r.wait()
        print(r.successful(), r.get())
