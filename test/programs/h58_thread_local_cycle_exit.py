# A threading.local in a reference cycle, and one that holds a Thread: both die in the final
# collection at exit, after the modules' globals are cleared; their weak references' and
# cleanup callbacks must not need those globals (nothing printed to stderr, exit 0).
import threading

local = threading.local()
local.x = [local]
l2 = threading.local()
l2.thread = threading.current_thread()
l2.me = l2


def worker(n):
    mine = threading.local()
    mine.value = n
    mine.self_ref = mine
    results.append(mine.value)


results = []
threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), local.x[0] is local, l2.me is l2)
