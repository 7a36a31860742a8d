# List operations: append/pop, slicing (with steps), sort with and without key,
# reverse, insert, index, comprehensions (nested, filtered), concatenation, min/max/sum.
ROUNDS = 26


def lcg_list(n, seed):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(state % 10000)
    return out


def stack_work(data):
    stack = []
    total = 0
    for x in data:
        if x % 3 == 0 and stack:
            total += stack.pop()
        else:
            stack.append(x)
    return total + len(stack)


def slice_work(data):
    total = 0
    for i in range(0, len(data) - 10, 97):
        chunk = data[i:i + 10]
        total += sum(chunk[::2]) - sum(chunk[1::3])
        total += len(data[-i - 1::-50])
    rev = data[::-1]
    return total + rev[0] + rev[-1]


def sort_work(data):
    a = sorted(data)
    b = sorted(data, key=lambda v: (v % 100, -v))
    c = list(data)
    c.sort(reverse=True)
    pairs = [(v % 17, v) for v in data[:3000]]
    pairs.sort()
    return a[len(a) // 2] + b[0] + b[-1] + c[10] + pairs[5][1]


def comprehension_work(data):
    squares = [x * x for x in data if x % 2]
    grid = [[i * j for j in range(30)] for i in range(30)]
    flat = [v for row in grid for v in row if v % 4 == 0]
    mapping = {x % 257: x for x in data}
    return sum(squares) % 1000003 + sum(flat) + len(mapping) + max(data) - min(data)


def mutate_work(n):
    lst = list(range(n))
    for i in range(0, n // 10):
        lst.insert(i * 3, -i)
    lst.reverse()
    total = 0
    while len(lst) > 10:
        total += lst.pop() + lst.pop(0)
        del lst[len(lst) // 2]
    lst.extend([1, 2, 3] * 4)
    return total + lst.index(3) + lst.count(1) + len(lst + lst)


checksum = 0
for r in range(ROUNDS):
    data = lcg_list(6000, r + 7)
    checksum += stack_work(data)
    checksum += slice_work(data)
    checksum += sort_work(data)
    checksum += comprehension_work(data)
    checksum += mutate_work(1500)
print("lists checksum:", checksum)
