# gilvm-nogil: --workers 2
# queue module from test_queue.py: Full/Empty with and without timeouts, task_done/join, maxsize, Priority/Lifo ordering, SimpleQueue, subclass hooks, blocking hand-off.
import queue, threading
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

q = queue.Queue(2)
t('empty', q.empty); t('full', q.full); t('qsize', q.qsize); t('maxsize', lambda: q.maxsize)
q.put(1); q.put(2)
t('full2', q.full)
t('put_nowait full', lambda: q.put_nowait(3))
t('put nb', lambda: q.put(3, block=False))
t('put timeout', lambda: q.put(3, timeout=0.01))
t('put nb ignores timeout', lambda: q.put(3, False, 10))
t('get', q.get); t('get_nowait', q.get_nowait)
t('get_nowait empty', q.get_nowait)
t('get timeout', lambda: q.get(timeout=0.01))
t('get nb', lambda: q.get(False))
t('get timeout 0', lambda: q.get(timeout=0))
t('put timeout neg', lambda: q.put(1, timeout=-1))
t('get timeout neg', lambda: q.get(timeout=-0.5))
t('Empty is Exception', lambda: issubclass(queue.Empty, Exception))
t('Full str', lambda: str(queue.Full()))
t('Empty repr', lambda: repr(queue.Empty()))

q = queue.Queue()
t('task_done too many', q.task_done)
for i in range(3): q.put(i)
t('unfinished', lambda: q.unfinished_tasks)
for i in range(3): q.get(); q.task_done()
t('join done', q.join)
t('task_done again', q.task_done)
t('unbounded maxsize 0 full', lambda: queue.Queue(0).full())
t('negative maxsize full', lambda: queue.Queue(-5).full())
nq = queue.Queue(-1)
for i in range(100): nq.put(i)
t('negative maxsize size', nq.qsize)

# join waits for consumers' task_done
q = queue.Queue()
seen = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        seen.append(item * 2)
        q.task_done()
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
for i in range(30): q.put(i)
q.join()
t('joined all processed', lambda: sorted(seen) == [i * 2 for i in range(30)])
for _ in cs: q.put(None)
for c in cs: c.join()
t('empty after', q.empty)

# a put blocked on a full queue resumes when a get makes room
q = queue.Queue(1)
q.put('a')
order = []
def blocked_put():
    q.put('b')
    order.append('put done')
p = threading.Thread(target=blocked_put); p.start()
first = q.get()
p.join()
order += [first, q.get()]
t('blocking hand-off', lambda: order)
# a get blocked on an empty queue resumes on put
q = queue.Queue()
got = []
g = threading.Thread(target=lambda: got.append(q.get(timeout=10))); g.start()
q.put('late'); g.join()
t('blocked get', lambda: got)

pq = queue.PriorityQueue()
for x in [5, 1, 4, 1, 3, 9, 2, 6]: pq.put(x)
t('priority', lambda: [pq.get() for _ in range(pq.qsize())])
for x in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]: pq.put(x)
t('priority tuples', lambda: [pq.get_nowait() for _ in range(4)])
pq.put([3]); 
t('priority uncomparable', lambda: pq.put('x'))
t('priority after error', lambda: pq.qsize())
lq = queue.LifoQueue(3)
for x in 'abc': lq.put(x)
t('lifo full', lq.full)
t('lifo', lambda: [lq.get() for _ in range(3)])
t('lifo empty', lambda: lq.get(timeout=0.001))

sq = queue.SimpleQueue()
t('simple empty', sq.empty)
t('simple get_nowait', sq.get_nowait)
t('simple get timeout', lambda: sq.get(timeout=0.01))
for i in range(3): sq.put(i)
sq.put_nowait(3); sq.put(4, block=False, timeout=5)
t('simple qsize', sq.qsize)
t('simple fifo', lambda: [sq.get() for _ in range(5)])
t('simple no task_done', lambda: hasattr(sq, 'task_done'))
t('simple no maxsize', lambda: queue.SimpleQueue(3))
t('simple get neg', lambda: sq.get(timeout=-1))

class TrackingQueue(queue.Queue):
    def _init(self, maxsize):
        self.log = []
        super()._init(maxsize)
    def _put(self, item):
        self.log.append(('put', item))
        super()._put(item)
    def _get(self):
        item = super()._get()
        self.log.append(('get', item))
        return item
tq = TrackingQueue()
tq.put(1); tq.put(2); tq.get()
t('subclass hooks', lambda: tq.log)
t('queue attrs', lambda: [hasattr(tq, a) for a in ('mutex', 'not_empty', 'not_full', 'all_tasks_done', 'queue')])
t('queue deque', lambda: list(tq.queue))
t('mutex type', lambda: type(tq.mutex).__name__)

# many producers and consumers: nothing lost or duplicated
q = queue.Queue(5)
out = []
lock = threading.Lock()
def prod(base):
    for i in range(40): q.put(base + i)
def cons():
    while True:
        x = q.get()
        if x is None: return
        with lock: out.append(x)
ps = [threading.Thread(target=prod, args=(b * 1000,)) for b in range(3)]
cs = [threading.Thread(target=cons) for _ in range(3)]
for th in ps + cs: th.start()
for th in ps: th.join()
for _ in cs: q.put(None)
for th in cs: th.join()
t('mpmc', lambda: sorted(out) == sorted(b * 1000 + i for b in range(3) for i in range(40)))
