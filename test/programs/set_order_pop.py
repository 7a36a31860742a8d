# set.pop() takes what CPython's takes: it scans from a finger left by the previous pop,
# which survives adds, discards and clear() (objects/setorder.ts setPopKey).
s = set()
for i in range(100):
    s.add(i * 13 % 37)
    if i % 3 == 0:
        s.discard(i % 11)
print(s.pop(), s.pop())
s.add(0)
s.add(200)
print(s.pop(), s.pop(), s)

a = set(range(20))
print([a.pop() for _ in range(5)])
a.update(range(100, 110))
print([a.pop() for _ in range(5)])
a.clear()
a.update([3, 5, 7, 11, 13, 17])
print(a.pop(), a.pop(), a)

b = {2**40 + k for k in range(10)} | {-k for k in range(10)}
out = []
while b:
    out.append(b.pop())
    if len(out) % 4 == 0:
        b.add(len(out) * 1000)
print(out)

c = {(k, -k) for k in range(12)}
print(c.pop(), c.pop(), len(c))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
