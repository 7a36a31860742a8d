# str.find / rfind / index / rindex with start and end on the heap units (objects/strmethods.ts
# findFast): every offset form, surrogate pairs, errors, and a find loop over a long string
# (it converted the whole string at each call).
cases = ['', 'a', 'ab', 'abc', 'zz', 'b']
for h in ['', 'abcabc', 'xaxbxab', 'aaaa']:
    for sub in cases:
        for args in [(), (0,), (1,), (-2,), (10,), (2, 4), (-3, -1), (None, 3), (1, None), (4, 2), (0, 100), (len(h),), (len(h) + 1,)]:
            out = []
            for meth in ('find', 'rfind', 'index', 'rindex'):
                try:
                    out.append(getattr(h, meth)(sub, *args))
                except ValueError as e:
                    out.append(str(e))
            print(repr(h), repr(sub), args, out)
s = 'a😀b😀c'
print(s.find('b'), s.find('c', 2), s.rfind('😀'), s.index('c', -1), s.find('😀', 2))
try:
    'abc'.find('a', 'x')
except TypeError as e:
    print('TypeError', e)
print('abc'.find('c', True), 'abcabc'.find('c', 2**40), 'abcabc'.find('c', -2**40))
text = ' '.join(['word%d' % (i % 500) for i in range(50000)])
n, i = 0, 0
while True:
    i = text.find('word7', i)
    if i < 0:
        break
    n += 1
    i += 1
print(n)
