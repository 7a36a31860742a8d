# heapq_none (probe fixes, session 33)
import heapq
for f in (lambda: heapq.heapify(None), lambda: heapq.heappush(None, 1), lambda: heapq.heappop(None), lambda: heapq.heapreplace(None, 1), lambda: heapq.heappushpop(None, 1), lambda: heapq.heapify(3), lambda: heapq.heappush((), 1)):
    try:
        f()
    except TypeError as e:
        print(e)
