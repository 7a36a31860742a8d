# gilvm-nogil:
# multiprocessing.get_context(method) returns CPython's context object for the method
# (ForkContext, SpawnContext, ForkServerContext of multiprocessing.context), one per method
import multiprocessing as mp
def sq(x):
    return x * x
if __name__ == "__main__":
    for m in (None, 'fork', 'spawn', 'forkserver'):
        c = mp.get_context(m)
        print(type(c).__name__, type(c).__module__, c.get_start_method(), repr(c).split(' object at ')[0])
    print(mp.get_context() is mp.get_context('fork'), mp.get_context('spawn') is mp.get_context('spawn'))
    ctx = mp.get_context('spawn')
    q = ctx.Queue()
    p = ctx.Process(target=q.put, args=(42,))
    p.start(); print(q.get()); p.join()
    with ctx.Pool(2) as pool:
        print(pool.map(sq, range(5)))
    try:
        mp.get_context('thread')
    except ValueError as e:
        print(e)
