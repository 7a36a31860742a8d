"""collections for gilvm: deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap.

Written as CPython's Lib/collections/__init__.py is, within what gilvm runs:
- deque keeps its items in two lists, `_left` (the items left of a split point,
  reversed) and `_data` (the rest, in order), so that both ends are list ends: append /
  appendleft / pop / popleft are O(1) (amortised: an empty end takes the other list's
  items over in one step), and each is ONE native step (lib's `_deque` module, or one
  list method) under the GIL and, with --no-gil, under both lists' locks, so they are
  atomic as CPython's C deque's are (threads use deques as queues). A bounded deque
  trims with one idempotent native step, so racing appends cannot leave fewer than
  maxlen items. rotate(n) moves items end to end in one native step, O(min(n, size - n))
  as CPython's. The methods that see every item (iteration, index, repr...) first
  gather all the items into `_data` (O(n), as they are). Every change of the
  deque's length or order but reverse() and item assignment bumps `_state`, as the C
  deque's `state` (rotate, even by 0, too); an iterator (a generator over the live list)
  raises CPython's "deque mutated during iteration" when the state moved since it began
  (another thread appending while one iterates too, as in CPython).
- namedtuple builds its class with type(name, (tuple,), namespace) and no exec: __new__
  binds (*args, **kwargs) through _bind.bind, which raises CPython's TypeErrors; the field
  accessors are properties. __module__ is the `module` argument or the calling module's
  __name__ (sys._getframe, as CPython's).
- OrderedDict is a dict subclass (dicts keep insertion order): move_to_end(last=False)
  rebuilds the dict, which is O(n). move_to_end and popitem are one native step each
  (lib's `_atomic`), atomic as the C OrderedDict's are for threads sharing one. Its repr is 3.11's: OrderedDict([(k, v), ...]).
- deque, OrderedDict and ChainMap reprs guard against recursion as CPython's do (a set of
  (id, thread ident) of the reprs running, the module's one piece of mutable state): a
  container holding itself shows as "[...]" (deque) or "..." (the others).
"""
import _bind
import _deque
from _itertools import stepper as _stepper
import _thread
import sys as _sys
from _atomic import count_elements as _count_elements
from _atomic import odict_move_to_end as _odict_move_to_end, odict_popitem as _odict_popitem, odict_iter as _odict_iter

# The types CPython writes in C (_collections): their frames are left out of tracebacks.
# gilvm: c-frames deque.* defaultdict.* OrderedDict.* _OrderedDictView.* _OrderedDictSetView.*
# gilvm: c-frames odict_keys.* odict_items.* odict_values.* _underlying_view _contained _repr_enter _meth_o_error _parse_stack_error __getattr__
# gilvm: c-frames namedtuple.<locals>.__new__

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


def __getattr__(name):
    # collections.abc (lib/_collections_abc.py) and the User classes (lib/_collections_user.py)
    # load the first time they are asked for (`import collections` does not pay for them):
    # `import collections.abc` reaches here too (gilvm has no packages: the importer takes a
    # module attribute of the parent for a dotted name)
    if name == 'abc':
        import sys
        import _collections_abc
        sys.modules['collections.abc'] = _collections_abc
        globals()['abc'] = _collections_abc
        return _collections_abc
    if name in ('UserDict', 'UserList', 'UserString'):
        import _collections_user
        value = getattr(_collections_user, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


# (id, thread) of the reprs running: the recursion guard of CPython's Py_ReprEnter, so a
# container holding itself shows "[...]" / "..." instead of recursing
_repr_running = set()


# The C methods' argument errors (CPython's METH_O / METH_FASTCALL / Argument Clinic
# messages, not a Python function's): the cold methods take (*args, **kwargs) and check
# them; the hot ones (extend, rotate, move_to_end, defaultdict.__missing__) keep plain parameters
# (free to call; positional-only where CPython's are) with a sentinel default for the one
# required argument, so a call without it gets CPython's message (a keyword CPython refuses
# is refused, with Python's message).
_NOARG = object()


def _meth_o_error(name, args, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    raise TypeError(f"{name}() takes exactly one argument ({len(args)} given)")


def _parse_stack_error(qualname, name, least, most, args, kwargs):
    # _PyArg_NoKwnames, then PyArg_ParseTuple's count ("index() takes at least 1 argument")
    if kwargs:
        raise TypeError(f"{qualname}() takes no keyword arguments")
    n = len(args)
    if least == most:
        bound = "exactly"
    elif n < least:
        bound = "at least"
    else:
        bound = "at most"
    want = least if n < least else most
    raise TypeError(f"{name}() takes {bound} {want} argument{'' if want == 1 else 's'} ({n} given)")


def _repr_enter(obj):
    key = (id(obj), _thread.get_ident())
    if key in _repr_running:
        return None
    _repr_running.add(key)
    return key


# ------------------------------------------------------------------------ deque

class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    def __new__(cls, *args, **kwargs):
        # the parts exist from __new__, as CPython's deque_new makes an empty deque: a
        # subclass whose __init__ does not call deque's still has a working deque
        self = object.__new__(cls)
        self._maxlen = None
        self._state = 0
        self._left = []
        self._data = []
        return self

    def __init__(self, *args, **kwargs):
        # CPython's deque_init argument parsing ("|OO:deque", keywords iterable and maxlen)
        if len(args) + len(kwargs) > 2:
            raise TypeError(f"deque() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
        for name in kwargs:
            if name not in ('iterable', 'maxlen'):
                raise TypeError(f"'{name}' is an invalid keyword argument for deque()")
        iterable = args[0] if args else kwargs.get('iterable', ())
        if len(args) > 1 and 'maxlen' in kwargs or args and 'iterable' in kwargs:
            raise TypeError("argument for deque() given by name ('%s') and position (%d)"
                            % (('maxlen', 2) if len(args) > 1 else ('iterable', 1)))
        maxlen = args[1] if len(args) > 1 else kwargs.get('maxlen')
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if not -0x8000000000000000 <= maxlen <= 0x7fffffffffffffff:
                raise OverflowError("Python int too large to convert to C ssize_t")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            if type(maxlen) is not int:
                maxlen = int.__index__(maxlen)   # a C Py_ssize_t in CPython: True is 1
        self._maxlen = maxlen
        if self._left or self._data:
            self.clear()  # CPython's deque_init: __init__ again starts from empty
        self._extend(iterable)

    def _all(self):
        # every item in order, in _data (_left emptied): for the methods that see them all
        return _deque.gather(self._left, self._data)

    def _maxlen_get(self):
        return self._maxlen

    def _maxlen_readonly(self, value=None):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # read-only as CPython's member: assignment and del both refused with its message
    maxlen = property(_maxlen_get, _maxlen_readonly, _maxlen_readonly, "maximum size of a deque or None if unbounded")
    del _maxlen_get, _maxlen_readonly

    # append, appendleft, pop, popleft, rotate, __len__, __contains__, __getitem__ and __setitem__ are native methods
    # (src/modules/deque-native.ts install_methods, below the class): one step each, no
    # frame; truth goes through __len__ (no __bool__, as CPython's deque)

    def extend(self, iterable=_NOARG, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is _NOARG:
            _meth_o_error('deque.extend', (), None)
        if iterable is self:
            iterable = list(iterable)
        data = self._data
        n = len(data)
        data.extend(iterable)
        if len(data) != n:
            self._state += 1
        if self._maxlen is not None:
            _deque.trim(self._left, data, self._maxlen, True)

    # the C deque_extend, which __init__, += and *= call directly (a subclass's own extend
    # is not called by them, as in CPython)
    _extend = extend

    def extendleft(self, *args, **kwargs):
        """Extend the left side of the deque with elements from the iterable"""
        if kwargs or len(args) != 1:
            _meth_o_error('deque.extendleft', args, kwargs)
        iterable = args[0]
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        del self._left[:]
        del self._data[:]
        self._state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._all(), self._maxlen)

    __copy__ = copy

    def count(self, *args, **kwargs):
        """Return number of occurrences of value."""
        if kwargs or len(args) != 1:
            _meth_o_error('deque.count', args, kwargs)
        value = args[0]
        return self._all().count(value)

    def _index(self, i):
        if type(i) is int:
            return i
        # CPython's PyNumber_AsSsize_t: True, an int subclass or an __index__ object
        index = getattr(type(i), '__index__', None)
        if index is None:
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        return index(i)

    def __delitem__(self, i):
        data = self._all()
        i = self._index(i)
        n = len(data)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        del data[i]
        self._state += 1

    def index(self, *args, **kwargs):
        """Return first index of value."""
        if kwargs or not 1 <= len(args) <= 3:
            _parse_stack_error('deque.index', 'index', 1, 3, args, kwargs)
        value = args[0]
        data = self._all()
        start = args[1] if len(args) > 1 else 0
        stop = args[2] if len(args) > 2 else len(data)
        try:
            return data.index(value, start, stop)
        except ValueError as e:
            if e.__traceback__.tb_next is not None:
                raise    # from an item's __eq__, not list.index's "not in list"
            raise ValueError(f"{value!r} is not in deque") from None

    def insert(self, *args, **kwargs):
        """Insert value before index."""
        if kwargs or len(args) != 2:
            _parse_stack_error('deque.insert', 'insert', 2, 2, args, kwargs)
        i, x = args
        data = self._all()
        if self._maxlen is not None and len(data) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        data.insert(i, x)
        self._state += 1

    def remove(self, *args, **kwargs):
        """Remove first occurrence of value."""
        if kwargs or len(args) != 1:
            _meth_o_error('deque.remove', args, kwargs)
        value = args[0]
        try:
            self._all().remove(value)
        except ValueError as e:
            if e.__traceback__.tb_next is not None:
                raise    # from an item's __eq__, not list.remove's "not in list"
            raise ValueError(f"{value!r} is not in deque") from None
        self._state += 1

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._all().reverse()

    def _items(self, data, positions, state):
        # the C deque iterator: fails once the deque's state moved since iter() made it
        for i in positions:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield data[i]
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __iter__(self):
        # the C deque iterator: one native step per item (_deque.iter_step), which fails
        # once the deque's state moved since iter() made it
        return _stepper(_deque.iter_step, [self, self._all(), self._state, 0])

    def __gilvm_items__(self):
        # list(dq), sorted(dq), sum(dq), a, b = dq ...: the natives that take every item in
        # one run get them in one step (abstract.ts getIter), as CPython's C iterator runs
        # inside them with the GIL held: a thread copying a deque others append to never
        # sees "mutated during iteration". A subclass's own __iter__ is used as it is.
        if type(self).__iter__ is not deque.__iter__:
            return None
        return _deque.items(self._left, self._data)

    def __reversed__(self):
        data = self._all()
        return self._items(data, range(len(data) - 1, -1, -1), self._state)

    def __repr__(self):
        key = _repr_enter(self)
        if key is None:
            return '[...]'
        try:
            name = type(self).__name__
            if self._maxlen is None:
                return f"{name}({self._all()!r})"
            return f"{name}({self._all()!r}, maxlen={self._maxlen})"
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._all() == other._all()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._all() != other._all()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._all() < other._all()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._all() <= other._all()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._all() > other._all()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._all() >= other._all()

    def __hash__(self):
        # CPython's message names the C type by its tp_name, 'collections.deque'
        name = 'collections.deque' if type(self) is deque else type(self).__name__
        raise TypeError(f"unhashable type: '{name}'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result._extend(other)
        return result

    def __iadd__(self, other):
        self._extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if isinstance(n, int) and n == 1:
            return self
        items = self._all() * n  # list's TypeError for a non-int n, as CPython's
        self.clear()
        self._extend(items)
        return self


_deque.install_methods(deque)


# ------------------------------------------------------------------------ defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""
    # a C type in CPython: no instance __dict__ or weak references, and default_factory a
    # member descriptor
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key=_NOARG, /):
        if key is _NOARG:
            _meth_o_error('defaultdict.__missing__', (), None)
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        if type(self).__setitem__ is dict.__setitem__:
            # CPython's C __missing__ runs a built-in factory and the store with no
            # switch between them, so two threads missing the same key share one
            # value. Here a switch (or, without the GIL, a parallel thread) can come
            # between the lookup and the store: setdefault keeps the value stored
            # first, so no thread's appends land in a list that is then replaced.
            return dict.setdefault(self, key, value)
        self[key] = value      # a subclass's own __setitem__ sees the store, as in CPython
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"

    def __reduce__(self):
        # CPython's defdict_reduce: rebuilt from its factory, then its items (pickle, copy,
        # multiprocessing; the instance has no __dict__ to carry the factory)
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ------------------------------------------------------------------------ OrderedDict

class _OrderedDictView:
    # CPython's odict_keys / odict_values / odict_items: the dict's own live view
    # underneath, with the odict_* type name and repr. Set operations and comparisons
    # are the dict view's.

    __slots__ = ('_view',)

    def __init__(self, view):
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        # the OrderedDict's iterator: CPython's odict_iterator raises when the dict is
        # changed while it runs (objects/iter.ts odictIterNew)
        return _odict_iter(self._view, False)

    def __reversed__(self):
        return _odict_iter(self._view, True)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return f"{type(self).__name__}({list(self._view)!r})"


def _underlying_view(other):
    return other._view if isinstance(other, _OrderedDictView) else other


_SET_LIKE = (set, frozenset, type({}.keys()), type({}.items()))


def _contained(a, b):
    for x in a:
        if x not in b:
            return False
    return True


class _OrderedDictSetView(_OrderedDictView):
    # comparisons as CPython's dictview_richcompare: against sets and set-like views only,
    # by size and containment

    __slots__ = ()

    def __eq__(self, other):
        other = _underlying_view(other)
        if not isinstance(other, _SET_LIKE):
            return NotImplemented
        return len(self._view) == len(other) and _contained(self._view, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        other = _underlying_view(other)
        if not isinstance(other, _SET_LIKE):
            return NotImplemented
        return len(self._view) < len(other) and _contained(self._view, other)

    def __le__(self, other):
        other = _underlying_view(other)
        if not isinstance(other, _SET_LIKE):
            return NotImplemented
        return len(self._view) <= len(other) and _contained(self._view, other)

    def __gt__(self, other):
        other = _underlying_view(other)
        if not isinstance(other, _SET_LIKE):
            return NotImplemented
        return len(self._view) > len(other) and _contained(other, self._view)

    def __ge__(self, other):
        other = _underlying_view(other)
        if not isinstance(other, _SET_LIKE):
            return NotImplemented
        return len(self._view) >= len(other) and _contained(other, self._view)

    __hash__ = None

    # the dict view's own operators (abstract.ts dictViewBinary, CPython's dictviews_*):
    # how they build the result decides the order the set iterates in
    def __and__(self, other):
        return self._view & _underlying_view(other)

    def __rand__(self, other):
        return _underlying_view(other) & self._view

    def __or__(self, other):
        return self._view | _underlying_view(other)

    def __ror__(self, other):
        return _underlying_view(other) | self._view

    def __sub__(self, other):
        return self._view - _underlying_view(other)

    def __rsub__(self, other):
        return _underlying_view(other) - self._view

    def __xor__(self, other):
        return self._view ^ _underlying_view(other)

    def __rxor__(self, other):
        return _underlying_view(other) ^ self._view

    def isdisjoint(self, other):
        """Return True if the view and the given iterable have a null intersection."""
        for x in _underlying_view(other):
            if x in self._view:
                return False
        return True


# defined under their CPython names (the type's repr shows the name the class statement
# gave), then renamed privately so `from collections import *` and dir() do not see them
class odict_keys(_OrderedDictSetView):
    __slots__ = ()
    __module__ = 'builtins'


class odict_items(_OrderedDictSetView):
    __slots__ = ()
    __module__ = 'builtins'


class odict_values(_OrderedDictView):
    __slots__ = ()
    __module__ = 'builtins'


_odict_keys, _odict_items, _odict_values = odict_keys, odict_items, odict_values
del odict_keys, odict_items, odict_values


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return _odict_keys(dict.keys(self))

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return _odict_values(dict.values(self))

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return _odict_items(dict.items(self))

    def move_to_end(self, key=_NOARG, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        if key is _NOARG:
            raise TypeError("move_to_end() missing required argument 'key' (pos 1)")
        # one native step, atomic as CPython's C OrderedDict's (threads share LRU caches)
        _odict_move_to_end(self, key, last)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        return _odict_popitem(self, last)

    def __iter__(self):
        return _odict_iter(self, False)

    def __reversed__(self):
        return _odict_iter(self, True)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        key = _repr_enter(self)
        if key is None:
            return '...'
        try:
            return f"{type(self).__name__}({list(dict.items(self))!r})"
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ------------------------------------------------------------------------ namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'])


def _field_getter(index, doc):
    # CPython's _collections._tuplegetter (lib/_collections.py), imported on first use so
    # that importing collections stays as cheap as it was
    from _collections import _tuplegetter
    return _tuplegetter(index, doc)


def _caller_module_name():
    # the module namedtuple() was called from, as CPython's namedtuple finds it
    # (sys._getframe(1) there): this helper's frame, namedtuple's, then the caller's
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    names_list = list(field_names)
    new_qualname = f'{typename}.__new__'

    def __new__(_cls, *args, **kwargs):
        if not kwargs:
            if len(args) == num_fields:
                return tuple.__new__(_cls, args)
        elif len(args) + len(kwargs) == num_fields:
            # every field given, the rest by keyword (P(x=1, y=2), P(1, y=2)): no binding
            # needed unless a keyword is not one of the rest (then _bind's error)
            values = list(args)
            try:
                for k in names_list[len(args):]:
                    values.append(kwargs[k])
            except KeyError:
                pass
            else:
                return tuple.__new__(_cls, values)
        return tuple.__new__(_cls, _bind.bind(new_qualname, names_list, field_defaults, args, kwargs))

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_qualname
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults:
        # what CPython's generated __new__(_cls, x, y=0) shows (the binding is _bind's)
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__repr__, _asdict, _replace, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
        '__module__': _caller_module_name() if module is None else module,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _field_getter(index, f'Alias for field number {index}')

    return type(typename, (tuple,), class_namespace)


# ------------------------------------------------------------------------ Counter

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n >= len(items):   # heapq.nlargest's first test (its TypeError for a bad n)
            return items
        return items[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        # CPython's: an itertools.chain (its repr), imported here so that importing
        # collections does not load itertools
        from itertools import chain, starmap, repeat
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            elif type(self).get is dict.get and type(self).__setitem__ is dict.__setitem__:
                # one native call, as CPython's C _count_elements: threads updating one
                # Counter lose no counts (src/modules/atomic-native.ts)
                _count_elements(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        """True if all counts agree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


# ------------------------------------------------------------------------ ChainMap

class _MappingView:
    """collections.abc's MappingView (for ChainMap's keys(), items() and values())."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class _SetViewOps:
    """collections.abc's Set operations for key and item views: results are sets."""
    __slots__ = ()

    def __and__(self, other):
        return {x for x in other if x in self} if _iterable(other) else NotImplemented

    __rand__ = __and__

    def __or__(self, other):
        return set(self) | set(other) if _iterable(other) else NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        if not _iterable(other):
            return NotImplemented
        other = set(other)
        return {x for x in self if x not in other}

    def __rsub__(self, other):
        if not _iterable(other):
            return NotImplemented
        return {x for x in other if x not in self}

    def __xor__(self, other):
        return set(self) ^ set(other) if _iterable(other) else NotImplemented

    __rxor__ = __xor__

    def __eq__(self, other):
        if not isinstance(other, _SET_LIKE_OR_VIEW):
            return NotImplemented
        return len(self) == len(other) and all(x in other for x in self)

    def __le__(self, other):
        if not isinstance(other, _SET_LIKE_OR_VIEW):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __ge__(self, other):
        if not isinstance(other, _SET_LIKE_OR_VIEW):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __lt__(self, other):
        r = self.__le__(other)
        return r if r is NotImplemented else r and len(self) < len(other)

    def __gt__(self, other):
        r = self.__ge__(other)
        return r if r is NotImplemented else r and len(self) > len(other)

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    __hash__ = None


def _iterable(x):
    return hasattr(x, '__iter__')


# what collections.abc's Set comparisons accept: OrderedDict's set-like operands and these views
_SET_LIKE_OR_VIEW = _SET_LIKE + (_SetViewOps,)


class KeysView(_SetViewOps, _MappingView):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_SetViewOps, _MappingView):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]     # not `key in mapping`: a defaultdict's __missing__ counts
            except KeyError:
                pass
        return self.__missing__(key)

    __reversed__ = None                 # a Mapping: not reversible (collections.abc.Mapping)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = _repr_enter(self)
        if key is None:
            return '...'
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _repr_running.discard(key)

    # the views and the MutableMapping methods CPython's ChainMap inherits (no
    # collections.abc in gilvm: written out here)
    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def __or__(self, other):
        if not hasattr(other, 'keys'):  # not a mapping
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not hasattr(other, 'keys'):  # not a mapping
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if not (hasattr(other, 'keys') and hasattr(other, '__getitem__')):  # not a mapping
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
