# gilvm-nogil: --workers 2
# Complex numbers made, combined and dropped in several threads (the Mandelbrot set row by
# row, a shared dict of complex keys under a lock): the same results with or without the GIL.
import threading

WIDTH, HEIGHT, LIMIT = 24, 12, 30
rows = [None] * HEIGHT
lock = threading.Lock()
seen = {}


def escape(c):
    z = complex(0, 0)
    for n in range(LIMIT):
        z = z * z + c
        if abs(z) > 2:
            return n
    return LIMIT


def work(first):
    for y in range(first, HEIGHT, 3):
        line = ''
        for x in range(WIDTH):
            c = complex(-2.2 + 3.0 * x / WIDTH, -1.2 + 2.4 * y / HEIGHT)
            n = escape(c)
            line += '#' if n == LIMIT else '+' if n > 8 else '.'
            with lock:
                seen[complex(x, -y)] = n
        rows[y] = line


threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in rows:
    print(r)
print(len(seen), sum(seen.values()), seen[complex(10, -6)], max(seen, key=lambda z: (seen[z], z.real, -z.imag)))
total = sum((z.conjugate() for z in seen), complex(0, 0))
print(total, abs(total) > 0, hash(complex(3, -4)) == hash(complex(3, -4.0)))
