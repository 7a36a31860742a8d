# dict.popitem gives its entry back for the next insertion but leaves a dummy in the
# index, as CPython's: insert-then-popitem cycles must still rebuild the table (nine
# cycles on an 8-slot table used to fill every slot with dummies and hang the next
# lookup), in every mix with pop, del and the insertion of new and old keys.
# gilvm-nogil:
import random
d = {}
for i in range(9):
    d[i] = i
    d.popitem()
print("nine cycles", d)
d = {}
for i in range(10000):
    d[i] = i
    d[-i] = i
    d.popitem()
print(len(d), sum(d), list(d.items())[:3], list(d.items())[-3:])
random.seed(1)
d = {}
log = []
for i in range(30000):
    r = random.random()
    if r < 0.5:
        d[random.randrange(300)] = i
    elif r < 0.8 and d:
        log.append(d.popitem())
    elif d and r < 0.95:
        d.pop(next(iter(d)))
    elif d:
        del d[random.choice(list(d))]
print(len(d), sum(d), log[-5:], list(d.items())[:5])
s = {}
for w in "the quick brown fox jumps over the lazy dog".split() * 50:
    s[w] = s.get(w, 0) + 1
    if len(s) > 4:
        s.popitem()
print(s)
