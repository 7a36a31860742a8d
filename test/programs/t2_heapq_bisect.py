# heapq and bisect: push/pop/heapify/merge/nsmallest/nlargest, the C accelerator's
# messages, bisect/insort with lo/hi/key, queue.PriorityQueue.
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4], key=lambda v: -v))
tasks = [(2, 'write'), (1, 'read'), (3, 'sleep')]; heapq.heapify(tasks); print([heapq.heappop(tasks) for _ in range(3)])
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 5), list(heapq.merge([1, 4], [2, 3])))
for e in ['heapq.heappop([])', 'heapq.heappush((), 1)', 'heapq.heapreplace([], 1)', 'heapq.heapify(5)']:
    try: eval(e)
    except Exception as ex: print(type(ex).__name__, ex)
a = [1, 3, 3, 5]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 0), bisect.bisect_left(a, 4, 1, 3))
bisect.insort(a, 4); bisect.insort_left(a, 0); print(a)
print(bisect.bisect_left([{'k': 1}, {'k': 5}], 3, key=lambda d: d['k']))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'): return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try: bisect.bisect([1], 1, -1)
except ValueError as e: print(e)
import queue
pq = queue.PriorityQueue(); pq.put((2, 'b')); pq.put((1, 'a')); print(pq.get())
