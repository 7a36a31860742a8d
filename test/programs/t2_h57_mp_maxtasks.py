# Pool(maxtasksperchild=N) replaces a worker after N tasks (session 33 probe)
import multiprocessing as mp, os
def pid_of(_):
    return os.getpid()
def sq(x):
    return x * x
if __name__ == "__main__":
    with mp.Pool(2, maxtasksperchild=1) as pool:
        print(len(set(pool.map(pid_of, range(6), chunksize=1))))
        print(pool.map(sq, range(10)))
        print(sum(pool.apply(sq, (i,)) for i in range(5)))
    with mp.Pool(2, maxtasksperchild=3) as pool:
        print(sorted(pool.imap_unordered(sq, range(12))))
    for bad in (0, -1, 1.5, 'x'):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print('ValueError', e)
