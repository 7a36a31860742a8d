# Generic aliases and unions of types: what `list[int]` and `int | None` evaluate to
# (CPython's types.GenericAlias and types.UnionType), so that annotations like
# `def f(x: list[int] | None) -> dict[str, int]` evaluate, print and compare as in
# CPython 3.11.
#
# The VM builds them: subscripting a built-in generic class (objects/abstract.ts
# getItemBuiltin) calls GenericAlias(origin, args); `type | type` / `type | None`
# (abstract.ts binaryOp) calls union(a, b). isinstance/issubclass accept a UnionType
# (modules/builtins.ts isinstanceCheck reads __args__). A class statement whose base is a
# GenericAlias uses its origin (__mro_entries__, modules/builtins.ts buildClassImpl).


def _type_repr(obj):
    if obj is ...:
        return '...'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if obj is type(None) or obj is None:
        return 'None'
    if isinstance(obj, type) or _is_abc(obj):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    return repr(obj)


def _is_abc(obj):
    # a collections.abc ABC: an instance of _collections_abc.ABCMeta standing for its class
    return getattr(type(obj), '_is_abc_proxy', False)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType)) or _is_abc(obj)


class GenericAlias:
    __slots__ = ('__origin__', '__args__')

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)

    @property
    def __parameters__(self):
        return ()

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError(f"'{type(self).__name__}' object attribute '{name}' is read-only")


GenericAlias.__module__ = 'types'


class UnionType:
    __slots__ = ('__args__',)

    def __init__(self, args):
        object.__setattr__(self, '__args__', args)

    @property
    def __parameters__(self):
        return ()

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return union(other, self)

    def __setattr__(self, name, value):
        raise AttributeError(f"'{type(self).__name__}' object attribute '{name}' is read-only")


UnionType.__module__ = 'types'


def union(a, b):
    """a | b for types, None, aliases and unions: a UnionType of the distinct members
    (None as NoneType), or the one member if only one remains."""
    args = []
    for x in (a, b):
        members = x.__args__ if isinstance(x, UnionType) else (x,)
        for m in members:
            if m is None:
                m = type(None)
            if m not in args:
                args.append(m)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
