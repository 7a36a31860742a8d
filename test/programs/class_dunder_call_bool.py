# __call__, __bool__, __len__ as truth fallback, callable(), __enter__/__exit__
# on a class used as a reusable context manager, __class__ assignment-free checks.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value, *, twice=False):
        self.calls += 1
        result = value * self.factor
        return result * 2 if twice else result


triple = Multiplier(3)
print(triple(4), triple(4, twice=True), triple.calls, callable(triple))
print(list(map(triple, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
print(callable(Multiplier), callable(len), callable(42), callable("s"), callable(lambda: 0))


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Neither:
    pass


for obj in (Flag(True), Flag(False), Bag([]), Bag([1]), Neither()):
    label = type(obj).__name__
    print(label, bool(obj), "truthy" if obj else "falsy", not obj)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    Neither()()
except TypeError as e:
    print(type(e).__name__, e)
nothing = None
text = "str"
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text(1)
except TypeError as e:
    print(type(e).__name__, e)


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value


clean = Pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.level -= 1

    def print(self, text):
        print("    " * self.level + text)


with Indenter() as ind:
    ind.print("level 1")
    with ind:
        ind.print("level 2")
        with ind:
            ind.print("level 3")
    ind.print("back to 1")


class Adder:
    def __call__(self, *args, **kwargs):
        return sum(args) + sum(kwargs.values())


print(Adder()(1, 2, x=3), Adder()(*range(4), **{"a": 10}))
