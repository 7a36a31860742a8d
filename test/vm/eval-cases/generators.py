def gen(n):
    for i in range(n):
        yield i * 10
    return 5
print(list(gen(4)), sum(gen(3)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def outer():
    r = yield from gen(3)
    print("inner returned", r)
print(list(outer()))
def echo():
    while True:
        x = yield
        print("got", x)
e = echo()
next(e)
e.send(1)
e.send(2)
print(all(x > 0 for x in [1, -1]), any(x > 0 for x in [1, -1]))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "caught"
cg = catcher()
print(next(cg), cg.throw(ValueError))
