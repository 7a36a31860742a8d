# `s += t` grows s in place when only the variable and the stack hold it (vm/evalhelpers.ts
# strAddInPlace): the results, aliases, hashes, lengths with surrogate pairs and the order
# of globals must be exactly CPython's, in functions, at module level and in class bodies.
s = ''
for i in range(50000):
    s += 'x'
t = s
s += 'y'
print(len(s), len(t), t[-1], s[-2:], t is s)
g = 'ab'
g += 'c'
print(g, [k for k in globals() if not k.startswith('__')])


def grow():
    a = 'q'
    b = a
    for i in range(10):
        a += str(i)
    c = a
    a = a + '!'
    a += a
    d = {a: 1}
    a += 'z'
    d[a] = 2
    return a, b, c, sorted(d.values()), hash(c) == hash('q0123456789'), c == 'q0123456789'


print(grow())


def astral():
    acc = ''
    for p in ['é', '𝄞', 'x'] * 3:
        acc += p
    return acc, len(acc), acc[1], acc[-2]


print(astral())


class C:
    s = ''
    for k in range(5):
        s += str(k)


print(C.s)


def closure():
    text = ''

    def add(piece):
        nonlocal text
        text += piece
        return text
    for w in 'abc':
        add(w)
    return text


print(closure())


def keys():
    seen = {}
    key = ''
    for ch in 'hello':
        key += ch
        seen[key] = len(key)
    return seen, 'hell' in seen, seen.get('hello')


print(keys())
x = 'abc'
y = x
x += 'def'
print(x, y, x is y)
parts = []
line = ''
for i in range(1000):
    line += str(i % 10)
    if len(line) == 80:
        parts.append(line)
        line = ''
print(len(parts), parts[-1][:20], len(line))
