# --no-gil: list.sort and sorted hold the list's lock only while its items go out and back,
# never while the key or __lt__ runs, as free-threaded CPython suspends its critical
# section: a key that blocks on an event another thread sets after appending to the list
# being sorted ends in "list modified during sort" (it hung), and two threads each sorting
# its own list with a key that reads the other's no longer deadlock.
# gilvm-nogil: --workers 4
import threading, time
a = [3, 1, 2]
ev = threading.Event()
def sorter():
    try:
        a.sort(key=lambda x: (ev.wait(), x)[1])
    except ValueError as e:
        print(e)
def other():
    time.sleep(0.1)
    a.append(9)
    ev.set()
ts = [threading.Thread(target=sorter), threading.Thread(target=other)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(a)
p = list(range(100))
q = list(range(100))
def f(mine, theirs):
    for i in range(60):
        mine.sort(key=lambda x: theirs.count(-1) - x)
        r = sorted(theirs, key=lambda x: mine.count(-1) + x)
ts = [threading.Thread(target=f, args=(p, q)), threading.Thread(target=f, args=(q, p))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(p) == list(range(100)), sorted(q) == list(range(100)), p[:3], q[:3])
