# gilvm-nogil: --workers 2
# Builtin next() on iterators shared by two threads: each item once (under --no-gil a
# built-in iterator steps under its lock, as a for loop's do; unlocked, a str iterator
# gave ~10% duplicates and one run in two of this program hung).
import threading
data = tuple(range(20000))
shared = {"tuple": iter(data), "enum": enumerate(data), "zip": zip(data, data), "str": iter("ab" * 10000)}
for name, it in shared.items():
    got = [[], []]
    def work(slot):
        out = got[slot]
        while True:
            v = next(it, None)
            if v is None:
                return
            out.append(v)
    ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    items = got[0] + got[1]
    print(name, len(items), len(set(map(repr, items))) if name != "str" else sorted(items)[::5000])
