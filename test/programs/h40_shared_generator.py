# gilvm-nogil: --workers 4
# Several threads pull from ONE generator with next(). A generator runs in one thread at a
# time: a thread calling next() while another runs it gets "generator already executing"
# (how often depends on scheduling, so only its kind is printed). Every value handed out
# is distinct and together they are exactly 1..N, and the generator's return value ends it.
import threading

def numbered(limit):
    n = 0
    while n < limit:
        n += 1
        yield n
    return "exhausted"

def pull(gen, got, errors, stops, lock):
    while True:
        try:
            value = next(gen)
        except ValueError as e:
            with lock:
                errors.add(f"{type(e).__name__}: {e}")
            continue
        except StopIteration as stop:
            with lock:
                stops.append(stop.value)
            return
        got.append(value)

for round_no, limit in enumerate((500, 3000)):
    gen = numbered(limit)
    got, errors, stops = [], set(), []
    lock = threading.Lock()
    threads = [threading.Thread(target=pull, args=(gen, got, errors, stops, lock)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"round {round_no}: {len(got)} values, exact 1..N: {sorted(got) == list(range(1, limit + 1))}")
    print("  errors seen are only:", errors <= {"ValueError: generator already executing"})
    # the first thread to hit the end gets the return value; later next() calls get None
    print("  stops:", len(stops), sorted(map(str, stops))[-1], stops.count("exhausted"))

def counter():
    n = 0
    while True:
        n += 1
        yield n

ids = counter()
taken = []
refused = []
def take_ids():
    for _ in range(3000):
        try:
            taken.append(next(ids))
        except ValueError as e:
            refused.append(str(e))
threads = [threading.Thread(target=take_ids) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("ids", len(taken) + len(refused), sorted(taken) == list(range(1, len(taken) + 1)), set(refused) <= {"generator already executing"})

squares = (i * i for i in range(200))
total = []
def drain():
    part = 0
    while True:
        try:
            part += next(squares)
        except ValueError:
            continue
        except StopIteration:
            break
    total.append(part)
threads = [threading.Thread(target=drain) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sum of squares", sum(total), sum(i * i for i in range(200)))
print(next(squares, "done"), gen.gi_frame is None)
