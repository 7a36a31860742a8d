# random.getstate() / setstate(): CPython's state tuple (version 3, 624 words + position,
# gauss_next); restoring it replays the same numbers; malformed states raise its errors.
import random
random.seed(5)
s = random.getstate()
print(s[0], len(s[1]), s[1][-1], s[2], s[1][:3])
a = [random.random() for _ in range(3)]
random.setstate(s)
print(a == [random.random() for _ in range(3)])
g1 = random.gauss(0, 1); st = random.getstate(); print(type(st[2]).__name__)
g2 = random.gauss(0, 1); random.setstate(st); print(g2 == random.gauss(0, 1))
r = random.Random(1); r2 = random.Random(2); r2.setstate(r.getstate()); print(r.random() == r2.random(), r.getstate() == r2.getstate())
for bad in [(2, (), None), (3, (1, 2), None), (3, tuple(range(624)) + (700,), None), "x", (3, [0] * 625, None)]:
    try: random.setstate(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
