# gilvm-nogil: --workers 2
# A forked child is a copy of the parent at start(): module globals changed before start()
# are seen, objects passed as arguments are copies (the child's changes stay in the child),
# what the child sends back through a Queue / Pipe / Value arrives.
import multiprocessing as mp

config = {'n': 0, 'name': 'default'}
registry = []


def show(q, tag):
    q.put((tag, config['n'], config['name'], list(registry)))


def mutate(q, box):
    box.append('child-item')
    config['n'] = -1
    registry.clear()
    q.put(('child view', box, config['n'], registry))


def send_over(conn, value):
    conn.send(('pipe', value, config['name']))
    conn.close()
    with value_lock:
        shared.value += config['n']


value_lock = None
shared = None

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=show, args=(q, 'before change'))
    p.start(); p.join()
    print(q.get())

    config['n'] = 5
    config['name'] = 'changed'
    registry.extend(['a', 'b'])
    p = mp.Process(target=show, args=(q, 'after change'))
    p.start(); p.join()
    print(q.get())

    box = ['parent-item']
    p = mp.Process(target=mutate, args=(q, box))
    p.start(); p.join()
    print(q.get())
    print('parent view', box, config['n'], registry)

    value_lock = mp.Lock()
    shared = mp.Value('i', 100)
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=send_over, args=(child_end, [1, 2, 3]))
    p.start()
    print(parent_end.recv())
    p.join()
    print('shared', shared.value, 'exit', p.exitcode)
