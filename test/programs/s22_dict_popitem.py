# dict.popitem() takes the last entry and drops the deleted entries at the end (objects/dict.ts
# dictPopLast): order, reuse of the freed entries, no __eq__ call, and 100,000 popitem() in
# a row (27 s when each one scanned the whole dict).
d = {i: str(i) for i in range(10)}
print(d.popitem(), d.popitem())
d[100] = 'x'
print(d, list(d))
print(d.popitem())
for k in list(d)[:3]:
    del d[k]
print(d)
while len(d) > 1:
    d.popitem()
print(d)
d.popitem()
print(d)
d['a'] = 1; d['b'] = 2
print(d, d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): print('eq'); return self.v == o.v
    def __repr__(self): return f'K({self.v})'
e = {K(1): 1, K(2): 2}
print(e.popitem(), e)
e[K(3)] = 3
print(e)
big = {i: i for i in range(100000)}
n = 0
while big:
    big.popitem(); n += 1
big[5] = 5
print(n, big)
