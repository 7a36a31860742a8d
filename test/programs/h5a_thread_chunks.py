# gilvm: --workers 1
# gilvm-nogil: --workers 2
# Threads that each summarise a chunk of data with sum(<genexpr>), sorted(key=...) and
# max(key=...): every such call runs the thread's Python code inside a native, so with one
# executor the threads take turns on the GIL from inside those calls. The main thread
# starts them one after the other and joins them; the totals do not depend on the order.
import threading


def digit_sum(n):
    return sum(int(d) for d in str(n))


def chunk_stats(name, lo, hi, out, lock):
    values = range(lo, hi)
    total = sum(v * v % 97 for v in values)
    by_digits = sorted(values, key=lambda v: (digit_sum(v), -v))[:3]
    best = max(values, key=lambda v: (v * 7919) % 1009)
    with lock:
        out[name] = (total, by_digits, best)


results = {}
lock = threading.Lock()
threads = [threading.Thread(target=chunk_stats, args=(f"chunk{i}", i * 12000, (i + 1) * 12000, results, lock))
           for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    total, low, best = results[name]
    print(f"{name}: total={total} lowest digit sums={low} best={best}")
print("all finished:", not any(t.is_alive() for t in threads), len(results))
