# gilvm-nogil: --workers 2
# C.__subclasses__(): the direct subclasses still alive, in creation order.
import gc


class Plugin:
    registry_name = "base"


class CsvPlugin(Plugin):
    registry_name = "csv"


class JsonPlugin(Plugin):
    registry_name = "json"


class PrettyJson(JsonPlugin):
    registry_name = "pretty-json"


def names(cls):
    return [c.__name__ for c in cls.__subclasses__()]


print(names(Plugin), names(JsonPlugin), names(PrettyJson))
print([c.registry_name for c in Plugin.__subclasses__()])


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Plugin))


class Mixin:
    pass


class Both(CsvPlugin, Mixin):
    pass


print(names(CsvPlugin), names(Mixin), type.__subclasses__(Mixin))
Temp = type("Temp", (Plugin,), {})
print(names(Plugin))
del Temp
gc.collect()
print(names(Plugin))
print(names(bool), "bool" in names(int), type(Plugin.__subclasses__()).__name__)
try:
    Plugin.__subclasses__(1)
except TypeError as e:
    print("TypeError", e)
