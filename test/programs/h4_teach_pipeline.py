# gilvm-nogil: --workers 2
# Teaching script: a three-stage producer/consumer pipeline over queue.Queue with sentinels, worker pools per stage and an ordered final report.
import queue
import threading

SENTINEL = object()

def producer(out_q, n, workers_downstream):
    for i in range(n):
        out_q.put(('line', i, f'record-{i:03d}'))
    for _ in range(workers_downstream):
        out_q.put(SENTINEL)

def parser(in_q, out_q, stats, lock):
    parsed = 0
    while True:
        item = in_q.get()
        if item is SENTINEL:
            in_q.task_done()
            out_q.put(SENTINEL)
            break
        kind, idx, text = item
        num = int(text.split('-')[1])
        out_q.put((idx, num * num))
        parsed += 1
        in_q.task_done()
    with lock:
        stats['parsed'] += parsed

def collector(in_q, n_parsers, results):
    finished = 0
    while finished < n_parsers:
        item = in_q.get()
        if item is SENTINEL:
            finished += 1
            continue
        idx, value = item
        results[idx] = value

def main():
    raw = queue.Queue(maxsize=8)
    parsed = queue.Queue()
    stats = {'parsed': 0}
    lock = threading.Lock()
    results = {}
    n_items, n_parsers = 60, 3
    parsers = [threading.Thread(target=parser, args=(raw, parsed, stats, lock), name=f'parser-{i}')
               for i in range(n_parsers)]
    coll = threading.Thread(target=collector, args=(parsed, n_parsers, results), name='collector')
    prod = threading.Thread(target=producer, args=(raw, n_items, n_parsers), name='producer')
    for th in parsers + [coll, prod]:
        th.start()
    prod.join()
    raw.join()
    for th in parsers:
        th.join()
    coll.join()
    print('parsed', stats['parsed'])
    print('results', len(results), 'first', [results[i] for i in range(5)], 'last', results[n_items - 1])
    print('ordered sum', sum(results[i] for i in sorted(results)))
    print('queues empty', raw.empty(), parsed.empty())
    print('threads left', threading.active_count())

main()
