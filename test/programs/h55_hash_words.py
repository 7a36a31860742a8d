# hash() of tuples and __hash__ results at the 32/53/64-bit edges (the bigint-free paths,
# objects/numhash.ts HASH_WORDS), in dict slots, sets and hash() itself.
class P:
    def __init__(s, x, y): s.x, s.y = x, y
    def __hash__(s): return hash((s.x, s.y))
    def __eq__(s, o): return s.x == o.x and s.y == o.y
class H:
    def __init__(s, v): s.v = v
    def __hash__(s): return s.v
    def __eq__(s, o): return s.v == o.v
vals = [0, 1, -1, -2, 2**30-1, 2**30, -2**30, -2**30-1, 2**31, -2**31, 2**32-1, 2**32, -2**32, 2**53, -2**53, 2**63-1, -2**63, 2**63, -2**63-1, 2**64, 2**64+5, -2**64-7, 2**100, True, False]
for v in vals:
    print(v, hash(H(v)), hash((v,)), hash((v, v, 1.5, "a")), hash(P(v, -v)))
s = {P(i, i*i) for i in range(-50, 50)}
print(len(s), sorted(hash(p) for p in s)[:5])
print(list({H(v): 1 for v in vals[:-2]}.keys()).__len__())
print(list({(v, 1) for v in vals}))
print(hash(()), hash(((),)), hash((1, (2, 3))))
class B(int):
    def __hash__(s): return int(s) * 3
print(hash(B(5)), hash(B(2**62)))
class Bad:
    def __hash__(s): return "x"
try: hash(Bad())
except TypeError as e: print(e)
try: {Bad()}
except TypeError as e: print(e)
class U:
    __hash__ = None
try: {U()}
except TypeError as e: print(e)
try: hash(([],))
except TypeError as e: print(e)
try: {([],)}
except TypeError as e: print(e)
nested = ((1, (2, (3, -1))), ((-1,), "a"), (2**40, (-(2**40), 1.5)))
print([hash(t) for t in nested], hash(nested))
d = {}
for i in range(-300, 300, 7):
    d[(i, i * 31, (i, -i))] = i
print(sum(d[(i, i * 31, (i, -i))] for i in range(-300, 300, 7)), len(d))
class Q:
    def __init__(s, v): s.v = v
    def __hash__(s): return s.v
    def __eq__(s, o): return isinstance(o, Q) and s.v == o.v
big = [Q(2**63 - 1), Q(-2**63), Q(2**64 + 3), Q(-1), Q(-2), Q(2**32 - 1)]
dq = {q: i for i, q in enumerate(big)}
print([dq[Q(q.v)] for q in big], [hash(q) for q in big])
strs = ["", "a", "hello", "é", "\U0001F600x", "x" * 100]
print([hash((s,)) for s in strs], hash(tuple(strs)), hash((1, "a", (2, "b"))))
sd = {(s, i): i for i, s in enumerate(strs)}
print([sd[(s, i)] for i, s in enumerate(strs)], list(sd)[:3])
