# Closures, nonlocal, global, late binding, cell sharing between inner functions.
def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def current():
        return count

    return increment, current


inc, cur = make_counter()
inc()
inc(5)
print(cur())
inc2, cur2 = make_counter()
print(inc2(), cur(), cur2())

total = 0


def add_to_total(x):
    global total
    total += x


for v in range(5):
    add_to_total(v)
print(total)


def declare_global():
    global created_later
    created_later = "made inside a function"


declare_global()
print(created_later)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return middle(), x


print(outer())


def multipliers():
    return [lambda v, i=i: v * i for i in range(4)]


print([m(10) for m in multipliers()])
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([g() for g in funcs])


def make_acc(start):
    def acc(n):
        nonlocal start
        start += n
        return start
    return acc


a = make_acc(100)
print(a(10), a(10), a(-50))


def shadow():
    x = 1

    def reader():
        return x

    x = 2
    return reader()


print(shadow())
name = "module"


def no_decl():
    return name


def local_shadow():
    name = "local"
    return name


print(no_decl(), local_shadow(), name)


def unbound():
    print(name)
    name = "assigned later"


try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def fib_memo():
    memo = {}

    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]

    return fib


print(fib_memo()(90))


def class_in_function():
    secret = 42

    class Holder:
        def reveal(self):
            return secret

    return Holder().reveal()


print(class_in_function())
