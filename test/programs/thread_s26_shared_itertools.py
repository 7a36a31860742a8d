# Threads sharing itertools iterators (as CPython's C tools, each next() is one atomic step):
# ids from one count are unique, one cycle hands out its letters in turn, a chain's and a
# repeat's items are each taken exactly once, and a pairwise/starmap/filterfalse pipeline
# over one shared source loses nothing. Before they were native steps, a second thread
# reaching a shared cycle/chain/repeat raised "ValueError: generator already executing".
import itertools
import threading
from collections import Counter

ids = itertools.count(1)
letters = itertools.cycle("abc")
chained = itertools.chain(range(0, 6000), range(6000, 12000))
repeated = itertools.repeat("r", 9000)
pipeline = itertools.filterfalse(lambda x: x % 3 == 0, itertools.starmap(
    lambda a, b: a + b, itertools.pairwise(range(20001))))
lock = threading.Lock()
taken = {"ids": [], "letters": Counter(), "chained": [], "repeated": 0, "pipeline": []}


def worker():
    my_ids, my_letters, my_chained, my_repeated, my_pipeline = [], Counter(), [], 0, []
    for _ in range(3000):
        my_ids.append(next(ids))
        my_letters[next(letters)] += 1
    for x in chained:
        my_chained.append(x)
    for _ in repeated:
        my_repeated += 1
    for x in pipeline:
        my_pipeline.append(x)
    with lock:
        taken["ids"].extend(my_ids)
        taken["letters"].update(my_letters)
        taken["chained"].extend(my_chained)
        taken["repeated"] += my_repeated
        taken["pipeline"].extend(my_pipeline)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(taken["ids"]), sorted(taken["ids"]) == list(range(1, 12001)), next(ids))
print(sorted(taken["letters"].items()))
print(len(taken["chained"]), sorted(taken["chained"]) == list(range(12000)))
print(taken["repeated"], list(repeated))
expected = [a + b for a, b in zip(range(20000), range(1, 20001)) if (a + b) % 3 != 0]
print(len(taken["pipeline"]), sorted(taken["pipeline"]) == expected)
