# gilvm-nogil:
# multiprocessing children and Pool workers reseed the global random generator, as CPython's
# os.register_at_fork(after_in_child=random._inst.seed): they do not replay the parent's stream.
import multiprocessing as mp, random
def show(q): q.put(random.random())
def draw(_): return random.random()
if __name__ == '__main__':
    q = mp.Queue()
    ps = [mp.Process(target=show, args=(q,)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    vals = [q.get() for _ in range(3)] + [random.random()]
    print("distinct values among 3 children + parent:", len(set(vals)))
    random.seed(0)
    with mp.Pool(2) as pool:
        got = pool.map(draw, range(4))
    random.seed(0)
    mine = [random.random() for _ in range(4)]
    print("pool reproduces the parent's seeded sequence:", got == mine, len(set(got)))
    random.seed(5)
    a = random.random()
    random.seed(5)
    print('parent still seeded:', a == random.random())
