# gilvm-nogil: --workers 2
"""Dining philosophers, three deadlock-free solutions: global fork ordering, a waiter
(Semaphore admitting N-1), and try-lock with back-off (Lock.acquire(timeout=...)).
Every philosopher eats a fixed number of meals; totals and fork states are checked."""
import threading

N = 5
MEALS = 30


class Table:
    def __init__(self):
        self.forks = [threading.Lock() for _ in range(N)]
        self.meals = [0] * N
        self.in_use = [False] * N
        self.violations = 0
        self.check = threading.Lock()

    def eat(self, i, left, right):
        with self.check:
            if self.in_use[left] or self.in_use[right]:
                self.violations += 1
            self.in_use[left] = self.in_use[right] = True
        self.meals[i] += 1
        with self.check:
            self.in_use[left] = self.in_use[right] = False


def ordered(table, i):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(MEALS):
        with table.forks[first]:
            with table.forks[second]:
                table.eat(i, left, right)


def with_waiter(table, i, waiter):
    left, right = i, (i + 1) % N
    for _ in range(MEALS):
        with waiter:
            with table.forks[left], table.forks[right]:
                table.eat(i, left, right)


def backoff(table, i, retries):
    left, right = i, (i + 1) % N
    eaten = 0
    while eaten < MEALS:
        table.forks[left].acquire()
        try:
            if table.forks[right].acquire(timeout=0.001):
                try:
                    table.eat(i, left, right)
                    eaten += 1
                finally:
                    table.forks[right].release()
            else:
                retries[i] += 1
        finally:
            table.forks[left].release()


def run(name, target, *extra):
    table = Table()
    threads = [threading.Thread(target=target, args=(table, i) + extra, name=f"{name}-{i}")
               for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    free = all(not f.locked() for f in table.forks)
    print(f"{name}: meals={table.meals} total={sum(table.meals)} violations={table.violations} forks free={free}")
    return table


run("ordered", ordered)
waiter = threading.Semaphore(N - 1)
run("waiter", with_waiter, waiter)
print("waiter back to", N - 1, ":", all(waiter.acquire(blocking=False) for _ in range(N - 1)),
      waiter.acquire(blocking=False))
retries = [0] * N
run("backoff", backoff, retries)
print("retries counted:", len(retries), all(r >= 0 for r in retries))

# a lock-order checker: record which fork pairs were taken in which order
order_seen = set()
olock = threading.Lock()


def traced(table, i):
    left, right = i, (i + 1) % N
    first, second = sorted((left, right))
    for _ in range(5):
        with table.forks[first]:
            with table.forks[second]:
                with olock:
                    order_seen.add((first, second))
                table.eat(i, left, right)


run("traced", traced)
print("orders:", sorted(order_seen))
print("all ascending:", all(a < b for a, b in order_seen))
l = threading.Lock()
print(l.acquire(), l.acquire(timeout=0.01), l.acquire(blocking=False), l.locked())
l.release()
print(l.locked())
