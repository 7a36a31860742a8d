obj.method(
    a,
    b)
x = (obj
     .attr
     .meth(1))
obj.a.b = 3
obj.x += (1 +
   2)
def gen():
    x = yield 1
    yield
    return x
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
class K:
    def m(self):
        return __class__
def multi(a, b):
    a, b = b, a
    a, b, c = b, a, 1
    return a
x = [1, 2, 3]
y = (1, 2, 3)
z = {1, 2, 3}
w = x in [1, 2]
def defaults(a=1, b=2): pass
while True:
    break
for i in [1, 2]:
    pass
