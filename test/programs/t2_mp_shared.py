# Pipe, Lock, Value, Array, Event between processes.
from multiprocessing import Process, Pipe, Lock, Value, Array, Event, Queue
import queue


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg))
    conn.close()


def count(total, numbers, lock, n):
    for _ in range(n):
        with total.get_lock():
            total.value += 1
    with lock:
        for i in range(len(numbers)):
            numbers[i] = numbers[i] + 1.5


def wait_for(event, q):
    q.put(event.wait(60))


def consume(q, out):
    total = 0
    while True:
        x = q.get()
        if x is None:
            break
        total += x
    out.put(total)


if __name__ == '__main__':
    parent_end, child_end = Pipe()
    p = Process(target=echo, args=(child_end,))
    p.start()
    for msg in ['hi', [1, 2, 3], {'k': (None, 2.5)}]:
        parent_end.send(msg)
        print(parent_end.recv())
    parent_end.send(None)
    p.join()
    print('echo exit', p.exitcode)

    total = Value('i', 0)
    numbers = Array('d', [1.0, 2.0, 3.0])
    lock = Lock()
    ps = [Process(target=count, args=(total, numbers, lock, 200)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total.value, numbers[:], len(numbers), list(numbers))
    ints = Array('i', 4)
    ints[1] = 7
    ints[2:4] = [8, 9]
    print(ints[:], ints[-1])
    v = Value('d', 1.25)
    v.value *= 2
    print(v.value)

    e = Event()
    q = Queue()
    p = Process(target=wait_for, args=(e, q))
    p.start()
    print(e.is_set(), e.wait(0.01))
    e.set()
    print(q.get(), e.is_set())
    p.join()

    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as err:
        print('ValueError', err)

    bounded = Queue(2)
    out = Queue()
    bounded.put(1)
    bounded.put(2)
    print(bounded.full(), bounded.qsize())
    try:
        bounded.put(3, timeout=0.05)
    except queue.Full:
        print('queue.Full')
    p = Process(target=consume, args=(bounded, out))
    p.start()
    for i in range(3, 11):
        bounded.put(i)
    bounded.put(None)
    print(out.get())
    p.join()
