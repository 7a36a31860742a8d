"""copy for gilvm: shallow and deep copies (after CPython's Lib/copy.py; of pickle's protocol,
a class's own __reduce_ex__ / __reduce__, __getnewargs__, __getstate__ and __setstate__).

copy(x): immutable atoms and tuples/frozensets as themselves; x.__copy__() if the class
defines it; the built-in containers by their own copy; any other instance as a new object of
its class (cls.__new__(cls), no __init__) with its __dict__ and __slots__ copied, or what
the class's own __reduce_ex__ / __reduce__ says (CPython's _reconstruct), or its
__getstate__() given to __setstate__.
deepcopy(x, memo): the same, recursively, with the memo dict (id -> copy) that makes shared
and cyclic structures come out shared and cyclic; x.__deepcopy__(memo) if defined. Objects
that cannot be copied (modules, locks, generators, ...) raise CPython's pickling TypeError.
"""

import _types

__all__ = ['Error', 'copy', 'deepcopy']

_MISSING = object()


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)
del _Probe


_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, _FunctionType,
           type(Ellipsis), type(NotImplemented), type(len), property, slice)
try:
    _ATOMIC += (complex,)
except NameError:    # gilvm without complex
    pass


def _is_atomic(x):
    cls = type(x)
    # weak references are copied as themselves (CPython's copy dispatch tables)
    return (cls in _ATOMIC or issubclass(cls, type)
            or (cls.__name__ == 'ReferenceType' and cls.__module__ == 'weakref'))


def _copy_exception(x, memo):
    """An exception as BaseException.__reduce__ gives it (CPython's _reconstruct): the class
    called with the args, then the __dict__; both deep-copied when there is a memo."""
    if memo is None:
        y = type(x)(*x.args)
    else:
        y = type(x)(*deepcopy(x.args, memo))
        memo[id(x)] = y
    state = x.__dict__
    if state:
        y.__dict__.update(state if memo is None else deepcopy(state, memo))
    return y


def _uncopyable(x):
    name = repr(type(x))[8:-2]     # "<class '_thread.lock'>": the type's full name
    raise TypeError(f"cannot pickle '{name}' object")


_COPYABLE_BUILTINS = (list, dict, set, bytearray)


def _new_like(x):
    cls = type(x)
    if cls.__module__ in ('builtins', '_thread', 'threading') and not hasattr(x, '__dict__'):
        _uncopyable(x)
    if type(x).__name__ in ('module', 'generator', 'coroutine', 'frame', 'lock', 'RLock'):
        _uncopyable(x)
    # a subclass of an immutable built-in: made from its value (CPython's __reduce_ex__
    # passes __getnewargs__'s value to cls.__new__), not empty
    if isinstance(x, int):
        return cls.__new__(cls, int.__int__(x))
    if isinstance(x, float):
        return cls.__new__(cls, float.__float__(x))
    if isinstance(x, str):
        return cls.__new__(cls, str.__str__(x))
    if isinstance(x, (frozenset, bytes, complex)):
        return cls.__new__(cls, x)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs(x))
    return cls.__new__(cls)


def _own(cls, name):
    """The attribute `name` a class below the built-in types defines, or None (object's
    __reduce_ex__, __reduce__ and __getstate__ are the generic copy, done here directly)."""
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            return None
        if _types.own(klass, name, _MISSING) is not _MISSING:
            return getattr(cls, name)
    return None


def _reductor(cls):
    """The class's own __reduce_ex__ or __reduce__, or None."""
    reduce_ex = _own(cls, '__reduce_ex__')
    if reduce_ex is not None:
        return lambda x: reduce_ex(x, 4)
    reduce = _own(cls, '__reduce__')
    if reduce is not None:
        return lambda x: reduce(x)
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """CPython's copy._reconstruct: y = func(*args), then its state, list items and dict
    items; deep when memo is not None."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _by_protocol(x, memo):
    """A copy by the class's own __reduce_ex__ / __reduce__, or by its __getstate__ /
    __setstate__; None when the class defines none of them (then the generic copy)."""
    cls = type(x)
    reductor = _reductor(cls)
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        if not isinstance(rv, tuple):
            raise Error("__reduce__ must return a string or tuple")
        return _reconstruct(x, memo, *rv)
    getstate = _own(cls, '__getstate__')
    if getstate is None and getattr(cls, '__setstate__', None) is None:
        return None
    y = _new_like(x)
    if memo is not None:
        memo[id(x)] = y
    state = getstate(x) if getstate is not None else getattr(x, '__dict__', None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = _types.own(klass, '__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _copy_state(src, dst, convert):
    d = getattr(src, '__dict__', None)
    if d is not None:
        dst_dict = dst.__dict__
        for k, v in d.items():
            dst_dict[k] = convert(v)
    for name in _slot_names(type(src)):
        try:
            value = getattr(src, name)
        except AttributeError:
            continue
        object.__setattr__(dst, name, convert(value))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    y = _types.plain_new(x, False)
    if y is not NotImplemented:
        # a plain instance (_types.plain_new): object.__reduce_ex__'s copy, its __dict__
        state = x.__dict__
        if state:
            y.__dict__.update(state)
        return y
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls in _COPYABLE_BUILTINS:
        return x.copy()
    if isinstance(x, tuple):
        if hasattr(cls, '_make'):
            y = cls._make(x)
        else:
            y = cls.__new__(cls, x)
        _copy_state(x, y, lambda v: v)
        return y
    if isinstance(x, (list, dict, set, bytearray)):
        y = cls.__new__(cls)
        if isinstance(x, dict):
            dict.update(y, x)
        elif isinstance(x, list):
            list.extend(y, x)
        elif isinstance(x, set):
            set.update(y, x)
        else:
            bytearray.extend(y, x)
        _copy_state(x, y, lambda v: v)
        return y
    if cls.__module__ == 'collections' and hasattr(x, 'copy'):
        # (the class first: a user __getattr__ is never asked for 'copy')
        return x.copy()
    if cls is _MethodType:
        # a method's __reduce__: getattr(its self, its name)
        return getattr(x.__self__, x.__func__.__name__)
    if cls is object:
        return object()
    y = _by_protocol(x, None)
    if y is not None:
        return y
    if isinstance(x, BaseException):
        return _copy_exception(x, None)
    y = _new_like(x)
    if not _state_by_setstate(x, y, lambda v: v):
        _copy_state(x, y, lambda v: v)
    return y


def _state_by_setstate(x, y, convert):
    """CPython's generic copy reconstructs through object.__reduce_ex__: when x has a
    non-empty __dict__ (its state), the new object is asked for __setstate__ (a user
    __getattr__ sees that name) and, if it has one, given the state. True if it took it."""
    state = getattr(x, '__dict__', None)
    if not state or not hasattr(y, '__setstate__'):
        return False
    y.__setstate__(convert(state))
    return True


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    # the built-in containers first, as CPython's _deepcopy_dispatch lookup comes first
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif (y := _types.plain_new(x, True)) is not NotImplemented:
        # a plain instance (_types.plain_new): object.__reduce_ex__'s copy, its __dict__
        # deep-copied (with its own memo entry, as CPython's state)
        memo[d] = y
        state = x.__dict__
        if state:
            y.__dict__.update(deepcopy(state, memo))
    elif _is_atomic(x):
        return x
    elif (copier := getattr(x, '__deepcopy__', None) if not isinstance(x, type) else None) is not None:
        y = copier(memo)
    elif cls is set or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        y = cls(items)
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x]
        y = cls._make(items) if hasattr(cls, '_make') else cls.__new__(cls, items)
        memo[d] = y
        _copy_state(x, y, lambda v: deepcopy(v, memo))
    elif cls.__module__ == 'collections' and hasattr(x, 'copy'):
        # deque, defaultdict, Counter, OrderedDict, ChainMap: an empty copy refilled
        y = x.copy()
        memo[d] = y
        y.clear()
        if isinstance(x, dict):
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            y.extend(deepcopy(a, memo) for a in x)
    elif isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        memo[d] = y
        if isinstance(x, dict):
            for key, value in x.items():
                dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
        elif isinstance(x, list):
            list.extend(y, [deepcopy(a, memo) for a in x])
        else:
            set.update(y, [deepcopy(a, memo) for a in x])
        _copy_state(x, y, lambda v: deepcopy(v, memo))
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif cls is object:
        y = object()
    else:
        y = _by_protocol(x, memo)
        if y is None and isinstance(x, BaseException):
            y = _copy_exception(x, memo)
        elif y is None:
            y = _new_like(x)
            memo[d] = y
            if not _state_by_setstate(x, y, lambda v: deepcopy(v, memo)):
                _copy_state(x, y, lambda v: deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


# The built-in containers are copied by functions of CPython's shape (its _deepcopy_list,
# _deepcopy_dict, _deepcopy_tuple): a frame each between deepcopy's frames, so a deep
# structure meets the recursion limit at the depth and call it does in CPython.

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # a tuple whose items were not copied is returned as is
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    # the originals stay alive while the memo lives, so their ids are not reused
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
