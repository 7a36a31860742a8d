# A pool given nothing to map: the empty results at once, and close() + join() return
# (the empty job used to stay among the ones join() waits for).
import multiprocessing as mp
from multiprocessing.pool import ThreadPool


def square(x):
    return x * x


if __name__ == '__main__':
    with mp.Pool(2) as p:
        print(p.map(square, []), p.starmap(pow, []), p.map_async(square, []).get())
        print(list(p.imap(square, [])), list(p.imap_unordered(square, [])))
    p = mp.Pool(2)
    print(p.map(square, []), list(p.imap(square, [])), p.map(square, range(5)))
    p.close()
    p.join()
    t = ThreadPool(2)
    print(t.map(square, []), list(t.imap(square, [])), t.map(square, [3, 4]))
    t.close()
    t.join()
    print('joined')
