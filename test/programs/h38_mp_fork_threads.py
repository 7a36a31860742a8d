# gilvm-nogil: --workers 2
# fork with threads: a child that starts threads of its own, a child that forks a
# grandchild (which sees the child's globals), a fork while another parent thread runs
# (the child has only the forking thread), and a fork from a non-main thread.
import multiprocessing as mp
import threading

state = {'v': 0}


def child_with_threads(q):
    out = []
    def work(i):
        out.append(i * 10)
    ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    q.put(sorted(out))


def grandchild(q, tag):
    q.put(tag + ' sees ' + str(state['v']))


def child_forks(q):
    state['v'] = 7
    p = mp.Process(target=grandchild, args=(q, 'grandchild'))
    p.start(); p.join()
    q.put('grandchild exitcode %s' % p.exitcode)


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1


def from_thread(q):
    p = mp.Process(target=grandchild, args=(q, 'forked from a thread'))
    p.start(); p.join()


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=child_with_threads, args=(q,))
    p.start(); print(q.get()); p.join()
    p = mp.Process(target=child_forks, args=(q,))
    p.start(); print(q.get()); print(q.get()); p.join()
    print('parent state', state['v'])
    stop = threading.Event()
    busy = threading.Thread(target=spin, args=(stop,))
    busy.start()
    state['v'] = 3
    p = mp.Process(target=grandchild, args=(q, 'child of a busy parent'))
    p.start(); print(q.get()); p.join()
    t = threading.Thread(target=from_thread, args=(q,))
    t.start(); t.join(); print(q.get())
    stop.set(); busy.join()
    print('done', p.exitcode)
