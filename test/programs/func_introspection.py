# Function objects: __name__, __qualname__ (nested, methods, lambdas), __module__,
# __doc__, __defaults__, __kwdefaults__, custom attributes, bound methods.
def outer(a, b=1, *, c=2):
    """Outer docstring."""

    def inner():
        def innermost():
            pass
        return innermost

    return inner


print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
inner = outer(0)
print(inner.__name__, inner.__qualname__, inner().__qualname__)
print(outer.__defaults__, outer.__kwdefaults__, inner.__defaults__, inner.__doc__)
square = lambda x: x * x
print(square.__name__, square.__qualname__, (lambda: 0).__qualname__)


class Shape:
    def area(self):
        return 0

    class Part:
        def name(self):
            return "part"

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls()


print(Shape.area.__qualname__, Shape.Part.name.__qualname__, Shape.unit.__qualname__, Shape.make.__qualname__)
s = Shape()
m = s.area
print(m.__name__, m.__qualname__, m.__self__ is s, m.__func__ is Shape.area, Shape.make.__self__ is Shape)
print(s.area == s.area, Shape.area is Shape.area)
outer.tag = "custom attribute"
outer.calls = 0
outer.calls += 1
print(outer.tag, outer.calls)
print(type(outer).__name__, type(m).__name__, type(print).__name__, callable(outer))
print(len.__name__, print.__name__, sorted.__name__)


def make_adders():
    adders = []
    for n in range(2):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders


print([(f.__qualname__, f(10), f.__defaults__) for f in make_adders()])
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)


def no_doc():
    pass


print(no_doc.__doc__, no_doc() is None)


def annotated(x: int, y: "str" = "s") -> bool:
    return True


print(sorted(annotated.__annotations__.items(), key=lambda kv: kv[0]))
