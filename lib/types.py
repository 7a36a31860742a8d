"""types for gilvm: names for the built-in types (after CPython's Lib/types.py), and
SimpleNamespace.

Each name is the type of an object made here, as CPython's module does it, so
`isinstance(f, types.FunctionType)` and `types.MethodType(func, obj)` mean what they mean
there. SimpleNamespace is a Python class here (CPython's is C): the same constructor,
attribute access, repr (`namespace(a=1)`, a subclass's own name, `...` for a namespace
inside itself), comparisons (its dict's) and unhashability.
"""
import sys
import _thread

# SimpleNamespace is C in CPython: its frames are left out of tracebacks, and messages
# name it 'types.SimpleNamespace' (its tp_name)
# gilvm: c-frames SimpleNamespace.*


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
try:
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except KeyError:    # gilvm keeps dict.fromkeys elsewhere: the type of a class method
    ClassMethodDescriptorType = type(dict.fromkeys)

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)

# descriptors of C-level attributes (CPython: FunctionType.__code__ and .__globals__);
# gilvm's functions keep theirs elsewhere: the types of a property-like and a slot member
try:
    GetSetDescriptorType = type(FunctionType.__code__)
except AttributeError:
    GetSetDescriptorType = type(type.__dict__['__doc__']) if '__doc__' in type.__dict__ else property
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    class _Slots:
        __slots__ = ('x',)
    MemberDescriptorType = type(_Slots.__dict__['x'])
    del _Slots

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

GenericAlias = type(list[int])
UnionType = type(int | str)

def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if (func.__class__ is FunctionType and
            getattr(func, '__code__', None).__class__ is CodeType):
        co_flags = func.__code__.co_flags
        # a coroutine function (CO_COROUTINE | CO_ITERABLE_COROUTINE) as it is
        if co_flags & 0x180:
            return func
        # a generator function: its code gets CO_ITERABLE_COROUTINE (CPython replaces
        # __code__ with a copy so flagged; modules/types-native.ts says why gilvm does not)
        if co_flags & 0x20:
            import _types
            _types.mark_iterable_coroutine(func.__code__)
            return func
    # functions returning generator-like objects
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if (isinstance(coro, _collections_abc.Generator) and
                not isinstance(coro, _collections_abc.Coroutine)):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    # CPython's wrapper (Lib/types.py): a generator-like object made awaitable
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


del sys, _f, _g, _C, _c, _ag, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = (_thread.get_ident(), id(self))
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f'{name}({items})'

    # CPython's namespace_richcompare: every comparison of two namespaces is their dicts'
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython's C type is named 'types.SimpleNamespace' in the message (a subclass by its name)
        name = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError(f"unhashable type: '{name}'")

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# (thread, id) of each namespace whose repr is being made (CPython's Py_ReprEnter): a
# namespace met again inside its own repr shows as `namespace(...)`
_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class object dynamically using the appropriate metaclass."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = type if not kwds or 'metaclass' not in kwds else kwds['metaclass']
    return meta(name, tuple(bases), ns)


__all__ = [n for n in globals() if not n.startswith('_')]
