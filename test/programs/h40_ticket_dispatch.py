# gilvm: --switch-interval 5
# gilvm-nogil: --workers 4
# Threads share an itertools.count for ticket ids, a heapq priority list and a Counter:
# each next(), heappush/heappop and Counter.update(iterable) is one C call in CPython, so
# no lock is needed and the totals below do not depend on scheduling.
import threading
import itertools
import heapq
from collections import Counter

ticket_ids = itertools.count(1000)
backlog = []                     # (priority, ticket id, title)
issued = []                      # every id handed out (list.append is atomic too)
categories = Counter()

TITLES = ["login fails", "slow page", "typo", "crash on save", "dark mode", "export csv"]

def reporter(rid, n):
    for i in range(n):
        tid = next(ticket_ids)
        issued.append(tid)
        title = TITLES[tid % len(TITLES)]
        priority = (tid * 7) % 5
        heapq.heappush(backlog, (priority, tid, title))
        categories.update(title.split())

reporters = [threading.Thread(target=reporter, args=(r, 150), name=f"rep{r}") for r in range(4)]
for t in reporters:
    t.start()
for t in reporters:
    t.join()

print("issued", len(issued), "unique", len(set(issued)), "range", min(issued), max(issued))
print("next id", next(ticket_ids), ticket_ids)
print("backlog", len(backlog), "root", backlog[0][0])
print(sorted(categories.items()), categories.total())

handled = []
handled_lock = threading.Lock()
def fixer(fid):
    mine = []
    while True:
        try:
            item = heapq.heappop(backlog)
        except IndexError:
            break
        mine.append(item)
    with handled_lock:
        handled.append((fid, mine))

fixers = [threading.Thread(target=fixer, args=(f,)) for f in range(3)]
for t in fixers:
    t.start()
for t in fixers:
    t.join()

popped = [item for _, mine in handled for item in mine]
print("popped", len(popped), "all distinct", len({tid for _, tid, _ in popped}) == len(popped))
# each fixer popped in priority order: its own items are sorted
print("each sorted", all(mine == sorted(mine) for _, mine in handled))
by_priority = Counter(p for p, _, _ in popped)
print(sorted(by_priority.items()))
top = heapq.nsmallest(3, popped)
print([f"P{p}#{tid}:{title}" for p, tid, title in top])
heapq.heappop(backlog)
