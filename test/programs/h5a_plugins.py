# A plugin framework: classes register themselves through __init_subclass__ keywords,
# validated fields are descriptors that learn their names from __set_name__, abstract
# bases refuse to instantiate, plugin classes are also made at run time with type(), and
# a pipeline runs the plugins by priority.
from abc import ABC, abstractmethod


class Field:
    def __init__(self, kind, default=None, check=None):
        self.kind, self.default, self.check = kind, default, check

    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.check is not None and not self.check(value):
            raise ValueError(f"{type(obj).__name__}.{self.name}: {value!r} rejected")
        obj.__dict__[self.name] = value


class Plugin(ABC):
    registry = {}
    priority = Field(int, 50, lambda p: 0 <= p <= 100)
    enabled = Field(bool, True)

    def __init_subclass__(cls, /, name=None, priority=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is None:
            return
        if name in Plugin.registry:
            raise KeyError(f"plugin {name!r} already registered by {Plugin.registry[name].__name__}")
        cls.plugin_name = name
        if priority is not None:
            cls.default_priority = priority
        Plugin.registry[name] = cls

    def __init__(self, **options):
        self.priority = getattr(type(self), "default_priority", 50)
        for key, value in options.items():
            if key not in type(self)._fields:
                raise TypeError(f"{type(self).__name__}() got an unexpected option {key!r}")
            setattr(self, key, value)

    @abstractmethod
    def apply(self, text):
        ...

    def __repr__(self):
        opts = ", ".join(f"{f}={getattr(self, f)!r}" for f in type(self)._fields)
        return f"<{self.plugin_name} {opts}>"


class Strip(Plugin, name="strip", priority=10):
    def apply(self, text):
        return text.strip()


class Upper(Plugin, name="upper"):
    def apply(self, text):
        return text.upper()


class Replace(Plugin, name="replace", priority=30):
    old = Field(str, "")
    new = Field(str, "")

    def apply(self, text):
        return text.replace(self.old, self.new)


class Truncate(Plugin, name="truncate", priority=90):
    width = Field(int, 10, lambda w: w > 3)

    def apply(self, text):
        return text if len(text) <= self.width else text[:self.width - 3] + "..."


def make_wrapper(tag):
    def apply(self, text):
        return f"<{tag}>{text}</{tag}>"
    return type(f"Wrap_{tag}", (Plugin,), {"apply": apply, "__doc__": f"wraps in <{tag}>"},
                name=f"wrap-{tag}", priority=95)


Bold = make_wrapper("b")
make_wrapper("i")


def run(text, *specs):
    plugins = []
    for spec in specs:
        name, _, arg = spec.partition(":")
        options = dict(kv.split("=", 1) for kv in arg.split(",") if kv)
        for key in ("width", "priority"):
            if key in options:
                options[key] = int(options[key])
        plugins.append(Plugin.registry[name](**options))
    plugins.sort(key=lambda p: p.priority)
    for p in plugins:
        if p.enabled:
            text = p.apply(text)
    return text, plugins


print(sorted(Plugin.registry), Bold.__name__, Bold.__doc__, Bold.plugin_name, Bold.default_priority)
text, used = run("   hello plugin world   ", "upper", "strip", "replace:old=O,new=0", "truncate:width=12", "wrap-b")
print(repr(text))
print(used)
print(run("abc", "wrap-i", "wrap-b:priority=5")[0], Strip().priority, Upper().priority, Replace.old.name)
for bad in [lambda: Plugin(), lambda: run("x", "truncate:width=2"), lambda: run("x", "upper:color=red"),
            lambda: Replace(old=3), lambda: setattr(Upper(), "priority", 101), lambda: run("x", "nope"),
            lambda: type("Dup", (Plugin,), {"apply": lambda s, t: t}, name="upper"),
            lambda: type("Bad", (Plugin,), {}, name="bad", colour="red"), lambda: type("x", kw=1)]:
    try:
        print("unexpected:", bad())
    except (TypeError, ValueError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")
print(sorted(Plugin.registry), [f for f in Truncate._fields], Plugin.priority.default)
