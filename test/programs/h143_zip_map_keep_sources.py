# gilvm-nogil:
# zip and map keep their source iterators once they are exhausted (CPython drops them only
# when the zip/map itself is freed): a generator source's finally runs then, not when the
# zip ends, and a source that yields again after a StopIteration is asked again
def gen(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", name)
z = zip(gen("zip"), [1])
print(list(z))
print("zip exhausted")
del z
print("zip freed")
print(list(zip(gen("temp zip"), "ab")))
m = map(lambda a, b: a + b, gen("map2"), [10])
print(list(m))
print("map2 exhausted")
del m
m = map(str, gen("map1"))
print(next(m), next(m))
m = None
print("map1 freed")
for a, b in zip(gen("for"), [7, 8]):
    print(a, b)
print("after for")
class Flaky:
    """StopIteration on every third call, values otherwise."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n % 3 == 0:
            raise StopIteration
        return self.n
z = zip(Flaky(), "abcdef")
print(list(z), list(z), list(z))
m = map(lambda v: v * 10, Flaky())
print(list(m), list(m))
m = map(pow, Flaky(), [2, 2, 2, 2, 2])
print(list(m), list(m))
try:
    list(zip([1, 2], gen("strict"), strict=True))
except ValueError as e:
    print(e)
print("end")
