# Bulk set operations into empty sets (copy, set(s), the first operand of a union,
# update of an empty set) take the source's elements without lookups and its table as
# CPython's set_merge does: iteration and pop order must stay CPython's. Random sets of
# ints, strs, tuples and floats, with removals (dummy slots) before the operations.
# gilvm-nogil:
import random
random.seed(7)
def mk():
    kind = random.randrange(4)
    n = random.randrange(0, 40)
    if kind == 0: return set(random.randrange(-50, 200) for _ in range(n))
    if kind == 1: return set(str(random.randrange(100)) for _ in range(n))
    if kind == 2: return set((random.randrange(5), str(random.randrange(5))) for _ in range(n))
    return set(random.choice([random.randrange(30), str(random.randrange(30)), random.random() * 10, (1, 2)]) for _ in range(n))
out = []
for step in range(1200):
    a, b = mk(), mk()
    if random.random() < 0.3:
        for _ in range(random.randrange(5)):
            if a: a.discard(random.choice(list(a)))
    op = random.randrange(14)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: r = a.copy()
    elif op == 5: r = set(a)
    elif op == 6: r = frozenset(a) | b
    elif op == 7: a |= b; r = a
    elif op == 8: a &= b; r = a
    elif op == 9: a -= b; r = a
    elif op == 10: a ^= b; r = a
    elif op == 11: r = set(); r.update(a, b)
    elif op == 12: r = a.union(b, [1, 2, 'x'])
    else:
        r = set(a); r.clear(); r.update(b)
    out.append(repr(list(r)))
    if random.random() < 0.2 and r and isinstance(r, set):
        p = r.pop(); out.append(repr(p))
print(len(out))
for line in out: print(line)
