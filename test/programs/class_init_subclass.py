# __init_subclass__ (implicit classmethod), class keyword arguments, super() chaining
class Registry:
    plugins = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Registry.plugins[cls.plugin_name] = cls


class CSVReader(Registry, name="csv"):
    pass


class JSONReader(Registry):
    pass


class StrictCSV(CSVReader):
    pass


print(sorted(Registry.plugins), StrictCSV.plugin_name, CSVReader.plugin_name)
print(Registry.plugins["csv"] is CSVReader)

try:
    class Bad(Registry, name="b", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    class Flagged(Plain, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Explicit:
    @classmethod
    def __init_subclass__(cls):
        print("explicit hook for", cls.__name__)


class Child(Explicit):
    pass


class GrandChild(Child):
    pass


class Shape:
    registry = []

    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry.append((cls.__name__, sides))


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


print(Shape.registry, Triangle.sides, Square().sides)


class WithMeta(metaclass=type):
    pass


print(WithMeta.__name__, type(WithMeta).__name__)
Dyn = type("Dyn", (Registry,), {})
print(Dyn.plugin_name, "dyn" in Registry.plugins)
