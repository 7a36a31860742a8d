# isinstance(obj, cls) when type(obj) is not a subclass: CPython then asks obj.__class__,
# which a property, a class attribute or __getattribute__ can change
class Base:
    pass


class Other:
    pass


class Plain:
    pass


class Claims:
    @property
    def __class__(self):
        return Base


class ClassAttr:
    __class__ = Base


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name == "__class__":
            return type(object.__getattribute__(self, "_target"))
        return object.__getattribute__(self, name)


class Child(Claims):
    pass


p = Plain()
p.__dict__["__class__"] = Base  # the instance dict never answers __class__
for obj in (Plain(), p, Claims(), ClassAttr(), Proxy(Base()), Proxy(Other()), Child()):
    print(type(obj).__name__, isinstance(obj, Base), isinstance(obj, (Other, Base)), isinstance(obj, Other))
print(isinstance(3, Base), isinstance(Base(), object), isinstance(Plain, type))
checks = sum(isinstance(x, Base) for x in [Plain()] * 1000)
print(checks)
