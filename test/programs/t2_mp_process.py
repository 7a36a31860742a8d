# multiprocessing.Process: separate interpreters; results come back through a Queue.
from multiprocessing import Process, Queue, current_process, parent_process, active_children
import sys


def square(q, n, offset=0):
    q.put((n, n * n + offset, current_process().name, parent_process().name))


def exit_with(code):
    sys.exit(code)


class Worker(Process):
    def __init__(self, q, items):
        super().__init__(name='custom-worker')
        self.q = q
        self.items = items

    def run(self):
        self.q.put((current_process().name, sum(self.items), type(self).__name__))


def echo_big(q, values):
    q.put([values, len(values)])


if __name__ == '__main__':
    print(current_process().name, parent_process())
    q = Queue()
    ps = [Process(target=square, args=(q, i), kwargs={'offset': 100}) for i in range(3)]
    print([p.name for p in ps], [p.is_alive() for p in ps], ps[0].exitcode)
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(3)))
    print([p.exitcode for p in ps], [p.is_alive() for p in ps], active_children())
    print(q.empty(), q.qsize())

    codes = [Process(target=exit_with, args=(c,)) for c in (0, 7, None)]
    for p in codes:
        p.start()
    for p in codes:
        p.join()
    print([p.exitcode for p in codes])

    w = Worker(q, [1, 2, 3])
    w.start()
    w.join()
    print(q.get(), w.exitcode)

    values = [10**40, -7, 2.5, 'text', b'bytes', (1, (2, None)), {'a': [True, False]}, {3, 4}, frozenset({5})]
    p = Process(target=echo_big, args=(q, values))
    p.start()
    print(q.get(timeout=60))
    p.join()
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError', e)
    try:
        Process(target=square).join()
    except AssertionError as e:
        print('AssertionError', e)
