# A job scheduler on heapq (push/pop/pushpop/replace, heapify, nlargest/nsmallest with
# keys, merge) and a rate table on bisect (bisect_left/right with lo/hi and key, insort).
import heapq
import bisect

jobs = []
for prio, name in [(5, "backup"), (1, "page"), (3, "email"), (1, "alert"), (4, "report")]:
    heapq.heappush(jobs, (prio, name))
print(jobs[0], len(jobs))
order = []
while jobs:
    order.append(heapq.heappop(jobs))
print(order)

data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 6, 7, 8, 9])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data[0])
print(heapq.heapreplace(data, 10), data[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=lambda w: w[-1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

class Task:
    def __init__(self, due, name):
        self.due, self.name = due, name

    def __lt__(self, other):
        return self.due < other.due

h = []
for due, name in [(30, "c"), (10, "a"), (20, "b")]:
    heapq.heappush(h, Task(due, name))
print([heapq.heappop(h).name for _ in range(3)])

breaks = [10, 20, 50, 100]
rates = ["tiny", "small", "mid", "large", "huge"]
for amount in [0, 10, 15, 20, 99, 100, 1000]:
    print(amount, rates[bisect.bisect_right(breaks, amount)], bisect.bisect_left(breaks, amount))
scores = []
for s in [70, 50, 90, 50, 60]:
    bisect.insort(scores, s)
print(scores, bisect.bisect(scores, 50), bisect.bisect_left(scores, 50))
bisect.insort_left(scores, 60)
print(scores, bisect.bisect_left(scores, 60, 4), bisect.bisect_right(scores, 90, 0, 3))
people = [("al", 20), ("bo", 31), ("cy", 45)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]), bisect.bisect_right(people, 45, key=lambda p: p[1]))
bisect.insort(people, ("di", 33), key=lambda p: p[1])
print(people)
try:
    bisect.bisect_left([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
