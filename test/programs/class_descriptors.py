# Descriptors: data descriptors (__get__/__set__), non-data descriptors, lookup
# precedence against the instance __dict__, __set_name__, access through the class.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        print(f"__set_name__: {owner.__name__}.{name}")

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, f"<unset {self.name}>")

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        instance.__dict__[self.name] = value


class Product:
    name = Typed(str)
    price = Typed(float)

    def __init__(self, name, price):
        self.name = name
        self.price = price


p = Product("tea", 2.5)
print(p.name, p.price, vars(p))
try:
    p.price = "cheap"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Product.name).__name__, Product.price.kind.__name__)
p.__dict__["name"] = "direct"
print(p.name)


class Lazy:
    """Non-data descriptor: computes once, then the instance attribute wins."""

    def __init__(self, func):
        self.func = func

    def __get__(self, instance, owner):
        if instance is None:
            return self
        print(f"computing {self.func.__name__}")
        value = self.func(instance)
        instance.__dict__[self.func.__name__] = value
        return value


class Report:
    @Lazy
    def summary(self):
        return "expensive summary"


r = Report()
print(r.summary)
print(r.summary)
print("summary" in vars(r))


class Logged:
    def __get__(self, instance, owner):
        print(f"__get__(instance={type(instance).__name__}, owner={owner.__name__})")
        return 42

    def __set__(self, instance, value):
        print("__set__", value)


class Host:
    attr = Logged()


h = Host()
print(h.attr)
h.attr = 7
h.__dict__["attr"] = "shadow?"
print(h.attr)              # a data descriptor beats the instance dict
print(Host.attr)


class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, instance, owner):
        return self.value


class Config:
    version = Constant("1.0")


c = Config()
c.version = "2.0"                  # non-data: instance dict shadows it
print(c.version, Config.version)


class BoundLike:
    def method(self):
        return "called"


f = BoundLike.__dict__["method"]
bound = f.__get__(BoundLike(), BoundLike)
print(bound(), type(bound).__name__)
prop = property(lambda self: "via property")
print(prop.__get__(object(), object))
