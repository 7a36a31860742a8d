# gilvm-nogil: --workers 2
# One iterator object shared by worker threads ("for x in it" in each): every item is
# handed out exactly once, as with CPython's C iterators under the GIL. With --no-gil a
# range / tuple / str iterator gave two threads the same position (duplicates), a shared
# enumerate or zip refilled its reused result tuple from two threads (items mixed up, a
# leaked tuple), and a map that two threads exhausted at once released its source twice.
import threading

def drain_together(make, threads=4, trials=5):
    for _ in range(trials):
        it = make()
        got = []
        def worker():
            mine = []
            for x in it:
                mine.append(x)
            got.extend(mine)
        ts = [threading.Thread(target=worker) for _ in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        if sorted(got) != sorted(make()):
            return False
    return True

N = 2000
cases = [
    ("range", lambda: iter(range(N))),
    ("range step", lambda: iter(range(N * 3, 0, -3))),
    ("tuple", lambda: iter(tuple(range(N)))),
    ("str", lambda: iter("abcdefghij" * (N // 10))),
    ("list", lambda: iter(list(range(N)))),
    ("enumerate", lambda: enumerate("xyz" * (N // 3))),
    ("zip", lambda: zip(range(N), tuple(range(N)))),
    ("map", lambda: map(abs, list(range(-N, 0)))),
]
for name, make in cases:
    print(name, drain_together(make))

# next() by hand on a shared range iterator, as ticket numbers
tickets = iter(range(1, 4001))
taken = []
def take():
    mine = [next(tickets) for _ in range(1000)]
    taken.extend(mine)
ts = [threading.Thread(target=take) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("tickets", sorted(taken) == list(range(1, 4001)))
