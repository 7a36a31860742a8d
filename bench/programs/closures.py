# Closures: counters with nonlocal, function factories, decorators (with and without
# arguments, stacked), lambdas capturing loop state through default arguments, and
# calls through *args/**kwargs wrappers.
SCALE = 1


def make_counter(step):
    count = 0

    def incr():
        nonlocal count
        count += step
        return count
    return incr


def make_adder(n):
    return lambda x: x + n


CALL_COUNTERS = {}


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    def get_calls():
        return calls
    CALL_COUNTERS[fn.__name__] = get_calls
    return wrapper


def clamp(lo, hi):
    def decorate(fn):
        def wrapper(x):
            r = fn(x)
            if r < lo:
                return lo
            if r > hi:
                return hi
            return r
        return wrapper
    return decorate


@counted
@clamp(-1000, 1000)
def transform(x):
    return x * 3 - 500


@counted
def combine(a, b, *, scale=1):
    return (a + b) * scale


def run(n):
    counters = [make_counter(k) for k in range(1, 6)]
    adders = [make_adder(k) for k in range(10)]
    multipliers = [lambda x, k=k: x * k for k in range(4)]
    total = 0
    for i in range(n):
        c = counters[i % 5]
        total += c()
        total += adders[i % 10](i)
        total += multipliers[i % 4](i)
        total += transform(i % 700)
        total += combine(i, 1, scale=2)
    return total % 1000000007, CALL_COUNTERS["wrapper"](), CALL_COUNTERS["combine"]()


print("closures checksum:", run(200_000 * SCALE))
