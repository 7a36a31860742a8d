# _tuplegetter: the descriptor of a namedtuple field (lib/collections.py namedtuple), as
# CPython's _collections._tuplegetter: reads item `index`, refuses assignment and
# deletion with CPython's messages, has CPython's repr.


class _tuplegetter:
    # A namedtuple field: reads item `index`; CPython's _collections._tuplegetter (its
    # messages on assignment and deletion, its repr). No docstring: __doc__ is a slot.

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if not isinstance(obj, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses "
                            f"doesn't apply to '{type(obj).__name__}' object")
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'
