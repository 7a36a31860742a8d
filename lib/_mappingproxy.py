"""The read-only view CPython gives as a class's __dict__ (gilvm's own helper module).

`C.__dict__` (objects/abstract.ts specialAttr) wraps the class namespace in a
mappingproxy from here, so writing into a class's namespace can only go through
setattr/delattr on the class, which keep the type lookup cache valid (objects/type.ts).
"""

import _types



class getset_descriptor:
    """What `C.__dict__['__dict__']` and `C.__dict__['__weakref__']` show."""
    __slots__ = ("_name", "_owner")
    __module__ = "builtins"

    def __init__(self, name, owner):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_owner", owner)

    def __eq__(self, other):
        # each C.__dict__ makes its own: equal when they describe the same attribute
        if type(other) is not type(self):
            return NotImplemented
        return self._name == other._name and self._owner is other._owner

    def __hash__(self):
        return hash(self._name)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self._name == "__weakref__":
            return None
        if self._name == "__dict__":
            return obj.__dict__
        return getattr(obj, self._name)

    def __repr__(self):
        return f"<attribute '{self._name}' of '{self._owner.__name__}' objects>"


class member_descriptor(getset_descriptor):
    """A built-in type's member (CPython's PyMemberDef): range.start, complex.real ..."""
    __slots__ = ()

    def __repr__(self):
        return f"<member '{self._name}' of '{self._owner.__name__}' objects>"


# the data attributes CPython's built-in types declare as members (the rest are getsets)
_MEMBERS = {
    'range': ('start', 'stop', 'step'),
    'slice': ('start', 'stop', 'step'),
    'complex': ('real', 'imag'),
    'property': ('fget', 'fset', 'fdel'),
}


def descriptor(name, owner):
    # the descriptor of a built-in type's data attribute, as its __dict__ holds it
    if name in _MEMBERS.get(owner.__name__, ()):
        return member_descriptor(name, owner)
    return getset_descriptor(name, owner)


def _extra_entries(owner, extras):
    out = {}
    for name, kind in extras:
        if kind == "doc":
            out[name] = None
        elif kind == "member":
            # a built-in type's own entry: the class attribute (a slot wrapper, method,
            # None for an unhashable type's __hash__) when it is one; a data attribute of
            # its instances (int.real, range.start) is a descriptor
            try:
                value = getattr(owner, name)
            except AttributeError:
                value = descriptor(name, owner)
            if value is not None and not callable(value) and not hasattr(type(value), "__get__"):
                value = descriptor(name, owner)
            out[name] = value
        else:
            out[name] = getset_descriptor(name, owner)
    return out


class mappingproxy:
    __slots__ = ("_mappingproxy__m", "_mappingproxy__owner", "_mappingproxy__split", "_mappingproxy__xs")
    __module__ = "builtins"

    def __init__(self, mapping, owner=None, split=0):
        # owner: the class whose namespace `mapping` is (objects/abstract.ts
        # mappingProxyNew). CPython's class dicts hold entries gilvm's namespaces leave out
        # (__dict__, __weakref__, __doc__, a built-in type's slots: _types.class_dict_extras),
        # shown after the first `split` entries of the namespace (the class statement's
        # own: CPython's type_new adds them there), or after all of them when split is 0.
        # They are made only when a lookup misses the namespace or the proxy is listed.
        object.__setattr__(self, "_mappingproxy__m", mapping)
        object.__setattr__(self, "_mappingproxy__owner", owner)
        object.__setattr__(self, "_mappingproxy__split", split)

    def _mappingproxy__extras(self):
        # the extra entries (a dict), or None when there are none
        try:
            return self.__xs
        except AttributeError:
            pass
        owner = self.__owner
        extras = _types.class_dict_extras(owner) if owner is not None else ()
        xs = _extra_entries(owner, extras) if extras else None
        object.__setattr__(self, "_mappingproxy__xs", xs)
        return xs

    def _mappingproxy__all(self):
        xs = self.__extras()
        if not xs:
            return self.__m
        merged = {}
        rest = []
        n = 0
        for k, v in self.__m.items():
            if self.__split and n >= self.__split:
                rest.append((k, v))
            else:
                merged[k] = v
            n += 1
        for k, v in xs.items():
            if k not in self.__m:
                merged[k] = v
        for k, v in rest:
            merged[k] = v
        return merged

    def __getitem__(self, key):
        m = self.__m
        if key not in m and self.__owner is not None:
            xs = self.__extras()
            if xs and key in xs:
                return xs[key]
        return m[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __contains__(self, key):
        if key in self.__m:
            return True
        if self.__owner is None:
            return False
        xs = self.__extras()
        return xs is not None and key in xs

    def __iter__(self):
        return iter(self.__all())

    def __reversed__(self):
        return reversed(self.__all())

    def __len__(self):
        return len(self.__all())

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other.__all()
        return self.__all() == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other.__all()
        return self.__all() | other

    def __ror__(self, other):
        return other | self.__all()

    def get(self, key, default=None):
        m = self.__m
        if key in m:
            return m[key]
        if self.__owner is None:
            return m.get(key, default)
        xs = self.__extras()
        return xs.get(key, default) if xs else default

    def keys(self):
        return self.__all().keys()

    def values(self):
        return self.__all().values()

    def items(self):
        return self.__all().items()

    def copy(self):
        return self.__all().copy()

    def __repr__(self):
        return f"mappingproxy({self.__all()!r})"

    __hash__ = None

    def __str__(self):
        return str(self.__all())
