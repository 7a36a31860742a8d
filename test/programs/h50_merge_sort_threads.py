# gilvm-nogil: --workers 2
"""Parallel merge sort: split the list, sort the halves in threads down to a depth, merge
in the parent; results written into a shared list by index; compared against sorted()."""
import random
import threading


def merge(left, right, key=None):
    out = []
    i = j = 0
    kf = key or (lambda x: x)
    while i < len(left) and j < len(right):
        if kf(right[j]) < kf(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def merge_sort(items, depth, key=None, stats=None):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    if depth <= 0:
        return merge(merge_sort(items[:mid], 0, key), merge_sort(items[mid:], 0, key), key)
    halves = [None, None]

    def sort_half(idx, part):
        halves[idx] = merge_sort(part, depth - 1, key, stats)
        if stats is not None:
            with stats["lock"]:
                stats["threads"] += 1

    t = threading.Thread(target=sort_half, args=(0, items[:mid]))
    t.start()
    sort_half(1, items[mid:])
    t.join()
    return merge(halves[0], halves[1], key)


rng = random.Random(2024)
data = [rng.randint(-1000, 1000) for _ in range(600)]
stats = {"lock": threading.Lock(), "threads": 0}
result = merge_sort(data, 3, stats=stats)
print("sorted ok:", result == sorted(data))
print("first/last:", result[:5], result[-5:])
print("threads spawned:", stats["threads"])

# stability: sort records by key only, equal keys keep input order
records = [(rng.randint(0, 9), i) for i in range(120)]
srt = merge_sort(records, 2, key=lambda r: r[0])
print("stable:", srt == sorted(records, key=lambda r: r[0]))
print("head:", srt[:6])

# several independent sorts at the same time, each in its own thread
outputs = {}
lock = threading.Lock()


def job(name, seed, n):
    r = random.Random(seed)
    xs = [r.random() for _ in range(n)]
    ys = merge_sort(xs, 2)
    with lock:
        outputs[name] = (ys == sorted(xs), len(ys), round(ys[0], 6) if ys else None)


jobs = [threading.Thread(target=job, args=(f"job{i}", i, 50 * i)) for i in range(5)]
for t in jobs:
    t.start()
for t in jobs:
    t.join()
for name in sorted(outputs):
    print(name, outputs[name])

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(merge_sort(words, 2))
print(merge_sort(words, 1, key=len))
print(merge_sort([], 3), merge_sort([1], 3))
