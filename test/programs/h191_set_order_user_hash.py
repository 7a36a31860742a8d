# gilvm-nogil:
# Sets of instances with a Python __hash__ (plain classes, frozen dataclasses) iterate in CPython's
# table order, through insertions, deletions by an equal object and the bulk operations, and
# __hash__ runs only where CPython runs it.
from dataclasses import dataclass
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K{self.v}"
print({K(3), K(1)})
s = set(); s.add(K(3)); s.add(K(1)); print(s, list(s))
@dataclass(frozen=True)
class P:
    x: int
    y: int
pts = {P(3, 4), P(1, -1), P(0, 0), P(10, 2), P(-5, 7)}
print(pts)
pts.discard(P(0, 0)); print(pts)
pts.add(P(2, 2)); print(pts, len(pts))
print({K(3), 2, K(1), 0})
big = {K(i * 37 % 101) for i in range(40)}
print(list(big)[:10])
big2 = set(K(i) for i in range(20)); big2 -= {K(5), K(7)}; print(sorted(k.v for k in big2) == [i for i in range(20) if i not in (5, 7)], list(big2)[:6])
print({K(2**40), K(-1), K(-2)}, {K(10**30)})
print(frozenset({K(9), K(4)}) | {K(1)})
u = {K(1), K(2)} | {K(9), K(0)}; print(u)
i = {K(i) for i in range(10)} & {K(8), K(3), K(100)}; print(i)
x = {P(1, 2)}; x.update([P(5, 5), P(0, 1)]); print(x, x.pop(), x)
A = {K(i) for i in (5, 17, 3, 40, 8, 1)}
B = {K(i) for i in (3, 99, 8, 64, 2)}
print(A - B, B - A, A ^ B, B ^ A, A & B, B & A, A.copy(), frozenset(A))
A2 = set(A); A2 -= B; print(A2)
A3 = set(A); A3 &= B; print(A3)
A4 = set(A); A4 ^= B; print(A4)
A5 = set(A); A5 |= B; print(A5)
print(A.union(B, [K(7)]), A.intersection(B, B), A.difference([K(5)]), A.symmetric_difference([K(2), K(1000)]))
print(set(list(A)), sorted(A, key=lambda k: k.v)[:2], {k for k in A if k.v > 4})
calls = []
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): calls.append(self.v); return self.v * 7
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"H{self.v}"
hs = {H(1), H(9), H(4)}; n = len(calls); u = hs | {H(2)}; print(u, len(calls) - n)
