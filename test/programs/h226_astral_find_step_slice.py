# find / index / rfind with a start on a str holding astral characters (code-point results from the memo), and stepped slices of one
s = "a\U0001F600b" * 3000 + "xyz😀"
r = [s.find('b', i) for i in range(0, len(s), 7)]
print(sum(r), r[:5], r[-3:])
print([s.find('\U0001F600', i) for i in range(0, 40, 3)])
print(s.rfind('a', 100, 5000), s.index('x', 8000), s.find('z'), s.find('😀', len(s) - 3))
t = "😀" * 300 + "q" + "é" * 300 + "q"
print([t.find('q', k) for k in (0, 250, 299, 300, 301, 302, 600, 601, 602)])
s = "a\U0001F600bé" * 500 + "\U0001F601"
for sl in [slice(None, None, -1), slice(None, None, 3), slice(5, 100, 7), slice(-1, -50, -2), slice(100, 5, -3), slice(None, None, 2000), slice(3, 3, 2), slice(1, None, -1)]:
    r = s[sl]
    print(len(r), ascii(r[:12]), hash(r) == hash(str(list(r) and ''.join(list(r)))))
print(ascii(("😀x")[::-1]), ascii("😀"[::2]), ascii("😀😁"[::-2]))
