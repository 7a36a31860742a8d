# A tiny serializer on functools' dispatch tools: singledispatch (register by class, by
# annotation, stacked registers, dispatch() along the MRO), singledispatchmethod on a
# formatter class, partial of a dispatcher, cmp_to_key ordering and its unhashable key.
import functools
from functools import singledispatch, singledispatchmethod, partial


@singledispatch
def dump(value, indent=0):
    return " " * indent + f"<{type(value).__name__}>"


@dump.register
def _(value: int, indent=0):
    return " " * indent + str(value)


@dump.register(float)
@dump.register(complex)
def _(value, indent=0):
    return " " * indent + f"{value:.3}"


@dump.register(list)
@dump.register(tuple)
def _(value, indent=0):
    inner = [dump(v, indent + 2) for v in value]
    return " " * indent + "[\n" + "\n".join(inner) + "\n" + " " * indent + "]"


@dump.register(dict)
def _(value, indent=0):
    return " " * indent + "{" + ", ".join(f"{k}: {dump(v).strip()}" for k, v in sorted(value.items())) + "}"


class Celsius(float):
    pass


print(dump(3), dump(2.71828), dump(Celsius(21.456)), dump(True), dump("s"), dump(None))
print(dump([1, (2.5, {"b": 2, "a": [1]}), "x"]))
print(dump.dispatch(bool) is dump.dispatch(int), dump.dispatch(Celsius) is dump.dispatch(float), dump.dispatch(object) is dump.dispatch(str))
print(sorted(t.__name__ for t in dump.registry), dump.__name__)
try:
    dump()
except TypeError as e:
    print("TypeError:", e)
try:
    dump.register(42)
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
indented = partial(dump, indent=4)
print(repr(indented(7)), repr(indented([1])))


class Formatter:
    def __init__(self, unit):
        self.unit = unit

    @singledispatchmethod
    def fmt(self, value):
        return f"?{value!r}"

    @fmt.register
    def _(self, value: int):
        return f"{value}{self.unit}"

    @fmt.register(list)
    def _(self, value):
        return ",".join(self.fmt(v) for v in value)

    @singledispatchmethod
    @classmethod
    def kind(cls, value):
        return cls.__name__ + ":other"

    @kind.register(str)
    @classmethod
    def _(cls, value):
        return cls.__name__ + ":str"


f = Formatter("kg")
print(f.fmt(3), f.fmt([1, 2, "x"]), f.fmt(1.5), f.fmt.__name__)
print(Formatter.kind("a"), Formatter.kind(1), f.kind("b"))


def compare_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.9", "1.2.10", "0.99", "1.2"]
key = functools.cmp_to_key(compare_versions)
print(sorted(versions, key=key), max(versions, key=key), min(versions, key=key))
k1, k2 = key("1.0"), key("1.0.0")
print(k1 < k2, k1 == key("1.0"), k1.obj)
try:
    {k1}
except TypeError as e:
    print("TypeError:", e)
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)
