"""The read-only view CPython gives as a class's __dict__ (gilvm's own helper module).

`C.__dict__` (objects/abstract.ts specialAttr) wraps the class namespace in a
mappingproxy from here, so writing into a class's namespace can only go through
setattr/delattr on the class, which keep the type lookup cache valid (objects/type.ts).
"""


class mappingproxy:
    __slots__ = ("_mappingproxy__m",)
    __module__ = "builtins"

    def __init__(self, mapping):
        object.__setattr__(self, "_mappingproxy__m", mapping)

    def __getitem__(self, key):
        return self.__m[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __contains__(self, key):
        return key in self.__m

    def __iter__(self):
        return iter(self.__m)

    def __reversed__(self):
        return reversed(self.__m)

    def __len__(self):
        return len(self.__m)

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other.__m
        return self.__m == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other.__m
        return self.__m | other

    def __ror__(self, other):
        return other | self.__m

    def get(self, key, default=None):
        return self.__m.get(key, default)

    def keys(self):
        return self.__m.keys()

    def values(self):
        return self.__m.values()

    def items(self):
        return self.__m.items()

    def copy(self):
        return self.__m.copy()

    def __repr__(self):
        return f"mappingproxy({self.__m!r})"

    __hash__ = None

    def __str__(self):
        return str(self.__m)
