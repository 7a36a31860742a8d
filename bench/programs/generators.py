# Generators: pipelines of generator functions (yield, yield from), generator
# expressions consumed by sum/any/max, send(), and iteration protocol overhead.
SCALE = 2


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def take_even(src):
    for x in src:
        if x % 2 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


def chunked(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks):
    for c in chunks:
        yield from c


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x


def pipeline(limit):
    src = naturals(limit)
    out = flatten(chunked(scaled(take_even(src), 3), 7))
    return sum(x % 1000 for x in out)


def expressions(limit):
    a = sum(i * i for i in range(limit) if i % 3)
    b = max((i * 7) % 1013 for i in range(limit))
    c = any(i > limit for i in range(limit))
    d = sum(1 for _ in zip(naturals(limit), naturals(limit // 2)))
    return a + b + int(c) + d


def accumulate(limit):
    acc = running_total()
    next(acc)
    last = 0
    for i in range(limit):
        last = acc.send(i % 11)
    acc.close()
    return last


checksum = 0
checksum += pipeline(400_000 * SCALE)
checksum += expressions(150_000 * SCALE)
checksum += accumulate(200_000 * SCALE)
print("generators checksum:", checksum)
