# What cannot cross to another process: pickling errors as CPython raises them
# (Connection.send and Pool pickle at once; Queue.put pickles in a feeder thread in CPython).
from multiprocessing import Queue, Pool, Pipe
import threading
import queue


def make_local():
    def local_function():
        pass
    return local_function


def ident(x):
    return x


if __name__ == '__main__':
    a, b = Pipe()
    for bad in [make_local(), threading.Lock(), (i for i in range(3))]:
        try:
            a.send(bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        a.send(lambda: 0)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(' at ')[0])
    a.send([ident, int, len, ValueError('x')])
    got = b.recv()
    print(got[0] is ident, got[1] is int, got[2] is len, repr(got[3]))
    q = Queue()
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('queue.Empty')
    try:
        q.get(block=False)
    except queue.Empty:
        print('queue.Empty again')
    with Pool(1) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except Exception as e:
            print(type(e).__name__, str(e).split(' at ')[0])
        try:
            pool.apply(make_local())
        except Exception as e:
            print(type(e).__name__, e)
        print(pool.map(ident, [ValueError('v'), KeyError('k')]))
        print(pool.map(ident, [int, len, ident]) == [int, len, ident])
    a.send(make_local())
