# Worker threads over tier-2 modules: a shared deque of jobs (popleft is atomic), an
# lru_cache'd tokenizer called from every thread, per-thread Counters merged under a lock,
# itertools.islice batches, functools.partial targets. Printed facts do not depend on the
# interleaving: totals, sorted results, the cache's hits + misses.
import threading
import functools
import itertools
import string
from collections import deque, Counter, defaultdict

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
lines = [" ".join(WORDS[(i * 7 + j) % len(WORDS)] for j in range(i % 5 + 3)) + string.punctuation[i % 5] for i in range(200)]

jobs = deque(enumerate(lines))
lock = threading.Lock()
merged = Counter()
by_thread = defaultdict(int)
table = str.maketrans("", "", string.punctuation)


@functools.lru_cache(maxsize=None)
def tokenize(line):
    return tuple(line.translate(table).split())


def worker(name, batch_size):
    local = Counter()
    done = 0
    while True:
        batch = []
        for _ in range(batch_size):
            try:
                batch.append(jobs.popleft())
            except IndexError:
                break
        if not batch:
            break
        for _, line in batch:
            local.update(tokenize(line))
            done += 1
    with lock:
        merged.update(local)
        by_thread[name] += done


threads = [threading.Thread(target=functools.partial(worker, f"w{i}", i + 1)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(sum(by_thread.values()), len(jobs), sorted(by_thread) == [f"w{i}" for i in range(4)] or sorted(by_thread))
print(sorted(merged.items()))
print(sum(merged.values()), merged.most_common(1)[0][1] == max(merged.values()))
info = tokenize.cache_info()
print(info.hits + info.misses, info.currsize == len(set(lines)))

# second pass: every line again, all cached now
jobs.extend(enumerate(lines))
threads = [threading.Thread(target=worker, args=(f"x{i}", 8)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info2 = tokenize.cache_info()
print(info2.misses == info.misses, info2.hits - info.hits, sum(merged.values()))

pairs = list(itertools.islice(itertools.combinations(sorted(merged), 2), 5))
print(pairs)
print([len(list(g)) for _, g in itertools.groupby(sorted(merged.values()))])
