# Indexing and slicing a long str holding astral characters position by position (strUnitOffset's memo: a scan from the last position, forwards and backwards)
import time
s = "😀a" * 15000 + "xyz"
t = time.perf_counter()
c = 0
for i in range(len(s)):
    c += len(s[i:i + 3])
d = sum(1 for i in range(len(s)) if s[i] == 'a')
r = ''.join(s[i] for i in range(len(s) - 1, -1, -7))
print(c, d, len(r), r[:6], s[29999:], s[-3:], s.find('xyz'), s[100:105])
e = "é😀" * 300
print([e[i] for i in range(590, 600)], e[::-50][:5], e[599], e[300], e[-1], e[-599])
print((time.perf_counter() - t) < 10)
