# multiprocessing.Manager: dict, list, Namespace, Value proxies shared with Processes and
# Pool workers, their errors, a BaseManager subclass with a registered class.
from multiprocessing import Manager, Process, Pool
from multiprocessing.managers import BaseManager

def record(shared, results, i):
    shared[i] = i * i
    results.append(i)

def bump(args):
    ns, counts, i = args
    counts.append(i * 10)
    return i

class Tally:
    def __init__(self, start=0):
        self.n = start
    def add(self, k):
        self.n += k
        return self.n
    def get(self):
        return self.n

class TallyManager(BaseManager):
    pass

TallyManager.register('Tally', Tally)

def use_tally(t, k):
    t.add(k)

if __name__ == "__main__":
    with Manager() as m:
        shared = m.dict()
        results = m.list()
        ps = [Process(target=record, args=(shared, results, i)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(shared.items()), sorted(results), len(shared))
        print(type(shared).__name__, type(results).__name__)
        ns = m.Namespace(x=1)
        ns.y = "two"
        print(ns, ns.x, ns.y)
        counts = m.list()
        with Pool(2) as pool:
            print(sorted(pool.map(bump, [(ns, counts, i) for i in range(5)])))
        print(sorted(counts))
        v = m.Value('i', 10)
        v.value += 5
        print(v.value, v)
        d = m.dict(a=1, b=2)
        d['c'] = 3
        print(d, dict(d), d.get('z', 0), 'a' in d, len(d), list(d))
        print(d.pop('a'), d.setdefault('e', 5), sorted(d.keys()), sorted(d.values()))
        d.update({'b': 20}); print(d.copy())
        l = m.list(range(5))
        l.append(5); l.extend([6]); l += [7]
        print(l, l[2], l[-1], l[1:3], len(l), 3 in l, l.index(4), l.count(1))
        l[0] = -1; del l[1]; l.remove(7); l.reverse(); print(l, l.pop(), list(l))
        try:
            d['missing']
        except KeyError as e:
            print("KeyError", e)
        try:
            l[99]
        except IndexError as e:
            print("IndexError", e)
        try:
            ns.nope
        except AttributeError as e:
            print("AttributeError", e)
        lock = m.Lock()
        with lock:
            print("locked")
        q = m.Queue()
        q.put("hello"); print(q.get())
    with TallyManager() as tm:
        t = tm.Tally(100)
        ps = [Process(target=use_tally, args=(t, k)) for k in (1, 2, 3)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(t.get(), type(t).__name__)
    print("done")
