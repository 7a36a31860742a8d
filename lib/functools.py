"""functools for gilvm, after CPython's Lib/functools.py (its pure-Python fallbacks).

reduce, partial, partialmethod, update_wrapper, wraps, total_ordering, cmp_to_key,
lru_cache, cache, cached_property, singledispatch (on the argument's class MRO),
singledispatchmethod.

CacheInfo (a namedtuple) is built on the first cache_info() call, so importing functools
does not import collections. lru_cache keeps its entries in a dict, whose insertion order
is the recency order: a hit moves the key to the end (pop + insert) and a full cache evicts
the first key. There is no lock: each of those two steps is one native (_functools.lru_get
/ lru_put: atomic under the GIL, under the dict's lock without it), so the cache never
outgrows maxsize, and a race between threads can only cost a duplicate call, as with
CPython's C implementation. The hit and miss counts go through _functools.count (a native:
one step under the GIL, under the list's lock without it), as CPython's C counters: a
Python `hits += 1` loses counts when threads interleave it.
"""
from _functools import count as _count, lru_get as _lru_get, lru_put as _lru_put, lru_hit as _lru_hit, lru_miss_key as _lru_miss_key
# What CPython writes in C (_functools): its frames are left out of tracebacks.
# gilvm: c-frames reduce cmp_to_key _KeyWrapper.* partial.* _lru_cache_wrapper _lru_cache_wrapper.* _make_key
__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function"""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function"""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ------------------------------------------------------------------------ total_ordering

def _gt_from_lt(self, other):
    """Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."""
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    """Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."""
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    """Return a >= b.  Computed by @total_ordering from (not a < b)."""
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    """Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."""
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    """Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."""
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    """Return a > b.  Computed by @total_ordering from (not a <= b)."""
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    """Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."""
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    """Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."""
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    """Return a <= b.  Computed by @total_ordering from (not a > b)."""
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    """Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."""
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    """Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."""
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    """Return a < b.  Computed by @total_ordering from (not a >= b)."""
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # CPython's test: an operation cls has other than object's (a built-in base's counts:
    # a namedtuple or str subclass keeps tuple's and str's)
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ------------------------------------------------------------------------ cmp_to_key

class _KeyWrapper(object):
    """What cmp_to_key returns (CPython's functools.KeyWrapper): called with an object, it
    returns a KeyWrapper around that object, whose comparisons call the cmp function.
    Named KeyWrapper (below) but not a public name of the module, as in CPython."""
    __slots__ = ['cmp', 'obj']

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self.cmp, obj)

    def __lt__(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def cmp_to_key(*args, **kwargs):
    """Convert a cmp= function into a key= function"""
    # C's argument parsing (one positional-or-keyword parameter, mycmp) and its messages
    if len(args) + len(kwargs) > 1:
        if kwargs and not args:
            raise TypeError(f"cmp_to_key() takes at most 1 keyword argument ({len(kwargs)} given)")
        raise TypeError(f"cmp_to_key() takes at most 1 argument ({len(args) + len(kwargs)} given)")
    if args:
        return _KeyWrapper(args[0])
    if 'mycmp' in kwargs:
        return _KeyWrapper(kwargs['mycmp'])
    raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")


# ------------------------------------------------------------------------ reduce

_initial_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of a sequence
or iterable, from left to right, so as to reduce the iterable to a single
value."""
    # CPython 3.11's C reduce takes positional arguments only, with these messages
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ------------------------------------------------------------------------ partial

class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    # func, args and keywords in slots, as the C partial's members: its __dict__ holds only
    # what a user sets on it
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        object.__setattr__(self, 'func', func)
        object.__setattr__(self, 'args', args)
        object.__setattr__(self, 'keywords', keywords)
        return self

    # func, args and keywords are read-only members of CPython's partial (C)
    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__delattr__(self, name)

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)  # just in case it's a subclass
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        for key, value in (namespace or {}).items():
            object.__setattr__(self, key, value)
        object.__setattr__(self, 'func', func)
        object.__setattr__(self, 'args', args)
        object.__setattr__(self, 'keywords', kwds)

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for (k, v) in self.keywords.items())
        if type(self).__module__ == 'functools':
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for (k, v) in self.keywords.items())
        return f"functools.{type(self).__qualname__}({', '.join(args)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        # CPython's: the wrapped descriptor's binding when it makes something new (a
        # classmethod, staticmethod or another partialmethod), else a plain function taking
        # the instance (so C.m(c) works too, as a function found on the class does)
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ------------------------------------------------------------------------ lru_cache

_cache_info_type = []   # [CacheInfo] once built: importing collections costs start-up time


def _CacheInfo(hits, misses, maxsize, currsize):
    if not _cache_info_type:
        from collections import namedtuple
        _cache_info_type.append(namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                                           module='functools'))
    return _cache_info_type[0](hits, misses, maxsize, currsize)

_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        # CPython's C _lru_cache_wrapper checks its function before anything else
        raise TypeError('the first argument must be callable')
    if maxsize is not None:
        # the C wrapper keeps maxsize as a Py_ssize_t: True is 1, and 2**63 does not fit
        maxsize = int(maxsize)
        if maxsize > 9223372036854775807:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    sentinel = object()
    cache = {}
    stats = [0, 0]            # hits, misses (counted by _count: exact under threads)

    if maxsize == 0:
        def wrapper(*args, **kwds):
            _count(stats, 1)
            return user_function(*args, **kwds)

    else:
        bounded = maxsize is not None

        def wrapper(*args, **kwds):
            if not kwds and not typed:
                # a hit in one native step: the key as _make_key makes it, the hit counted;
                # a miss's key and count in another
                result = _lru_hit(cache, args, sentinel, stats, bounded)
                if result is not sentinel:
                    return result
                key = _lru_miss_key(args, stats)
            else:
                key = _make_key(args, kwds, typed)
                result = _lru_get(cache, key, sentinel) if bounded else cache.get(key, sentinel)
                if result is not sentinel:
                    _count(stats, 0)
                    return result
                _count(stats, 1)
            result = user_function(*args, **kwds)
            if bounded:
                _lru_put(cache, key, result, maxsize)
            else:
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ------------------------------------------------------------------------ cached_property

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).'
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:  # not all objects have __dict__ (e.g. class defines slots)
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


# ------------------------------------------------------------------------ singledispatch

def _is_union_type(cls):
    # `int | str` or typing.Union[int, str] (CPython's: get_origin(cls) in {Union, UnionType})
    t = type(cls)
    if t.__name__ == 'UnionType' and t.__module__ == 'types':
        return True
    if t.__module__ == 'typing':
        import typing   # already imported: cls comes from it
        return typing.get_origin(cls) is typing.Union
    return False


def _is_abc(cls):
    # a collections.abc ABC: in gilvm an instance of _collections_abc.ABCMeta standing for
    # its class (held as _cls), not a class itself
    return getattr(type(cls), '_is_abc_proxy', False)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type) or _is_abc(cls):
        return True
    return _is_union_type(cls) and all(
        isinstance(arg, type) or _is_abc(arg) for arg in cls.__args__)


def _find_impl_with_abcs(cls, registry, abcs):
    # CPython's _find_impl over _compose_mro, for the collections.abc ABCs in the registry:
    # the first registered class of cls's MRO (an ABC subclassed for real is in it as its
    # class), unless an ABC cls is a virtual subclass of comes first: such an ABC sits
    # just after the last class of the MRO that is its subclass. Two unrelated ABCs at
    # the same place are 'Ambiguous dispatch', as CPython's.
    mro = cls.__mro__
    match = None
    match_pos = 2 * len(mro)
    for i, klass in enumerate(mro):
        if klass in registry:
            match, match_pos = klass, 2 * i
            break
        for a in abcs:
            if a._cls is klass:
                match, match_pos = a, 2 * i
                break
        if match is not None:
            break
    for a in abcs:
        if a is match or not issubclass(cls, a):
            continue
        last = 0
        for i, klass in enumerate(mro):
            if issubclass(klass, a):
                last = i
        pos = 2 * last + 1
        if pos < match_pos:
            match, match_pos = a, pos
        elif pos == match_pos and not issubclass(match, a):
            if not issubclass(a, match):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {a}")
            match = a
    return registry[match]


def singledispatch(func):
    """Single-dispatch generic function decorator (dispatch on the first argument's
    class, along its MRO; the collections.abc ABCs registered are placed in it as
    CPython's _compose_mro does for the common cases)."""
    registry = {object: func}
    abcs = []

    def dispatch(cls):
        if abcs:
            return _find_impl_with_abcs(cls, registry, abcs)
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, func=None):
        # CPython 3.11's: a class, a union of classes (each member registered), or an
        # annotated function whose first annotation is one of those
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.')
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class.")
        for arg in cls.__args__ if _is_union_type(cls) else (cls,):
            registry[arg] = func
            if _is_abc(arg) and arg not in abcs:
                abcs.append(arg)
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the class of the first
    argument after self (CPython's, over singledispatch)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
