"""Weak references (CPython's weakref module, for gilvm).

The registry that connects a referent to its weak references and clears them when the
referent dies is native (src/modules/weakref.ts, module _weakref); this module builds the
Python-visible part on it, as CPython's weakref.py builds on its C _weakref:

  ref / ReferenceType   ref(obj[, callback]); calling it gives obj, or None once obj died;
                        a plain ref (no callback) to an object is shared, as CPython's
  WeakMethod            a weak reference to a bound method (its object and function)
  WeakValueDictionary, WeakKeyDictionary, WeakSet
  finalize              finalize(obj, func, *args, **kwargs): func runs once, when obj dies
                        or when the finalizer is called
  getweakrefcount, getweakrefs
  proxy / ProxyType / CallableProxyType   proxy(obj[, callback]): an object that forwards
                        attribute access and the operators to obj while it lives, and
                        raises ReferenceError once it died (written here in Python: a
                        class whose __getattribute__ and dunders go through a weak ref)

Not here: proxies' in-place operators.
"""
import _weakref
from _weakref import getweakrefcount, getweakrefs

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "proxy", "ProxyType",
           "CallableProxyType", "ProxyTypes"]


class ReferenceType:
    __slots__ = ("_ref", "__callback__", "_hash", "__weakref__")

    def __new__(cls, obj, callback=None, /, *args, **kwargs):
        if (args or kwargs) and cls is ReferenceType:
            raise TypeError("__new__ expected at most 2 arguments, got %d" % (2 + len(args) + len(kwargs)))
        if callback is None and cls is ReferenceType:
            for existing in getweakrefs(obj):
                if type(existing) is ReferenceType and existing.__callback__ is None:
                    return existing
        self = object.__new__(cls)
        self._ref = None
        self.__callback__ = callback
        self._hash = None
        self._ref = _weakref._register(obj, self)
        return self

    def __init__(self, obj, callback=None, /):
        pass

    def __call__(self):
        return _weakref._deref(self._ref)

    def __hash__(self):
        if self._hash is None:
            obj = self()
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        obj = self()
        if obj is None:
            return "<weakref at %#x; dead>" % id(self)
        name = getattr(obj, "__name__", None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(obj).__qualname__, id(obj), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__qualname__, id(obj))

    # _unregister bound at definition: a reference may die at exit after this module's
    # globals were cleared
    def __del__(self, _unregister=_weakref._unregister):
        key = self._ref
        if key is not None:
            self._ref = None
            _unregister(self, key)

    def __class_getitem__(cls, item):
        from _generic import GenericAlias
        return GenericAlias(cls, item)


ReferenceType.__module__ = "weakref"
ref = ReferenceType


def _proxied(proxy):
    """The live referent of a proxy, or ReferenceError."""
    obj = object.__getattribute__(proxy, "_wr")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _unwrap(value):
    """A proxy operand stands for its referent (CPython's UNWRAP)."""
    if isinstance(value, ProxyType):
        return _proxied(value)
    return value


def _proxy_callback(callback, proxy_ref):
    """The callback of a proxy's weak reference: the user's, called with the proxy."""
    def fire(_):
        p = proxy_ref()
        if p is not None:
            callback(p)
    return fire


class ProxyType:
    __slots__ = ("_wr", "__weakref__")

    def __getattribute__(self, name):
        return getattr(_proxied(self), name)

    def __setattr__(self, name, value):
        setattr(_proxied(self), name, value)

    def __delattr__(self, name):
        delattr(_proxied(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_wr")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_proxied(self))

    def __bytes__(self):
        return bytes(_proxied(self))

    def __format__(self, spec):
        return format(_proxied(self), spec)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_proxied(self))

    def __len__(self):
        return len(_proxied(self))

    def __iter__(self):
        return iter(_proxied(self))

    def __next__(self):
        obj = _proxied(self)
        if not hasattr(type(obj), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object" % type(obj).__name__)
        return next(obj)

    def __reversed__(self):
        return reversed(_proxied(self))

    def __contains__(self, item):
        return item in _proxied(self)

    def __getitem__(self, key):
        return _proxied(self)[key]

    def __setitem__(self, key, value):
        _proxied(self)[key] = value

    def __delitem__(self, key):
        del _proxied(self)[key]

    def __eq__(self, other):
        return _proxied(self) == _unwrap(other)

    def __ne__(self, other):
        return _proxied(self) != _unwrap(other)

    def __lt__(self, other):
        return _proxied(self) < _unwrap(other)

    def __le__(self, other):
        return _proxied(self) <= _unwrap(other)

    def __gt__(self, other):
        return _proxied(self) > _unwrap(other)

    def __ge__(self, other):
        return _proxied(self) >= _unwrap(other)

    def __neg__(self):
        return -_proxied(self)

    def __pos__(self):
        return +_proxied(self)

    def __abs__(self):
        return abs(_proxied(self))

    def __invert__(self):
        return ~_proxied(self)

    def __int__(self):
        return int(_proxied(self))

    def __float__(self):
        return float(_proxied(self))

    def __index__(self):
        obj = _proxied(self)
        return type(obj).__index__(obj)


def _proxy_binary(op):
    def forward(self, other):
        return op(_proxied(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _proxied(self))
    return forward, reflected


for _name, _op in (("add", lambda a, b: a + b), ("sub", lambda a, b: a - b),
                   ("mul", lambda a, b: a * b), ("truediv", lambda a, b: a / b),
                   ("floordiv", lambda a, b: a // b), ("mod", lambda a, b: a % b),
                   ("divmod", divmod), ("pow", lambda a, b: a ** b),
                   ("lshift", lambda a, b: a << b), ("rshift", lambda a, b: a >> b),
                   ("and", lambda a, b: a & b), ("or", lambda a, b: a | b),
                   ("xor", lambda a, b: a ^ b)):
    _forward, _reflected = _proxy_binary(_op)
    _forward.__name__ = "__%s__" % _name
    _reflected.__name__ = "__r%s__" % _name
    setattr(ProxyType, "__%s__" % _name, _forward)
    setattr(ProxyType, "__r%s__" % _name, _reflected)
del _name, _op, _forward, _reflected


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxied(self)(*args, **kwargs)


ProxyType.__module__ = "weakref"
CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    """A proxy to obj that holds it weakly (callback(proxy) runs when obj dies)."""
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    if callback is None:
        wr = ReferenceType(obj)
    else:
        wr = ReferenceType(obj, _proxy_callback(callback, ReferenceType(p)))
    object.__setattr__(p, "_wr", wr)
    return p


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: dead when its object or its function dies."""
    __slots__ = ("_func_ref", "_alive")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ReferenceType.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ReferenceType.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ReferenceType.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ReferenceType.__hash__


class WeakValueDictionary:
    """A mapping whose values are weakly referenced: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self_wr = ref(self)

        def remove(wr):
            self = self_wr()
            if self is not None:
                key = wr.key
                if self.data.get(key) is wr:
                    del self.data[key]

        self._remove = remove
        self.update(other, **kw)

    def _make(self, key, value):
        wr = _KeyedRef(value, self._remove, key)
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = self._make(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = self._make(key, default)
            return default
        return o

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "items"):
            other = other.items()
        for key, o in other:
            self.data[key] = self._make(key, o)
        for key, o in kwargs.items():
            self.data[key] = self._make(key, o)

    def clear(self):
        self.data.clear()


class _KeyedRef(ReferenceType):
    """A weak reference that remembers its key (WeakValueDictionary's entries)."""
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


KeyedRef = _KeyedRef


class WeakKeyDictionary:
    """A mapping whose keys are weakly referenced: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self_wr = ref(self)

        def remove(k):
            self = self_wr()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose elements are weakly referenced: an element goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self_wr = ref(self)

        def _remove(item):
            self = self_wr()
            if self is not None:
                self.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self) if len(self) else "WeakSet()"

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        new = self.__class__(self)
        new.update(other)
        return new

    __or__ = union

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): func(*args, **kwargs) runs once, when obj is
    garbage collected or when the finalizer is called, whichever comes first."""
    __slots__ = ()
    _registry = {}
    _index = 0
    _shutdown = False
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        if not self._registered_with_atexit:
            # the finalizers still alive at exit run then (atexit=True), newest first
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    @classmethod
    def _select_for_exit(cls):
        pending = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[1].index)
        return [f for (f, i) in pending]

    @classmethod
    def _exitfunc(cls):
        # CPython's: with automatic collection off, the atexit finalizers newest first
        # (the list re-read when a finalizer made another), then no finalizer runs
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))
