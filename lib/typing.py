"""typing for gilvm: the names annotations use, with CPython 3.11's reprs and attributes.

Annotations are evaluated but never enforced, so this module is about the objects the
annotations evaluate to: `List[int]` is an alias with __origin__ list and __args__ (int,)
printing as `typing.List[int]`; Optional/Union flatten and deduplicate as CPython's do;
TypeVar prints as ~T; Generic/Protocol give user classes `Stack[int]`; NamedTuple and
TypedDict work in both their functional and class forms; get_type_hints evaluates string
annotations in the defining module's globals. dataclasses recognises ClassVar here.

Simplified against CPython: isinstance() with the unsubscripted aliases checks the origin
class; type-variable substitution (`Pair[T][int]`) is not done; protocols are checked
at run time only through @runtime_checkable; overload() keeps no registry. ParamSpec,
Concatenate, Annotated, TypeGuard, Required/NotRequired print and nest as CPython's.
"""
import sys
import collections as _collections

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal',
           'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet',
           'ByteString', 'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
           'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence',
           'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
           'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator', 'Reversible',
           'SupportsAbs', 'SupportsFloat', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
           'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
           'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast', 'final', 'get_args',
           'get_origin', 'get_type_hints', 'NewType', 'no_type_check', 'NoReturn',
           'overload', 'Text', 'TYPE_CHECKING', 'Never', 'Self', 'TypeAlias',
           'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs', 'Concatenate', 'Annotated',
           'TypeGuard', 'Required', 'NotRequired', 'LiteralString', 'assert_never',
           'assert_type', 'reveal_type', 'dataclass_transform', 'is_typeddict',
           'runtime_checkable', 'SupportsIndex', 'SupportsBytes', 'SupportsComplex',
           'ContextManager', 'AsyncContextManager', 'IO', 'TextIO', 'BinaryIO']

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    # (a collections.abc ABC is an abc.ABCMeta instance standing for its class in gilvm)
    if isinstance(obj, type) or getattr(type(obj), '_is_abc_proxy', False):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def _evaluate(self, globalns, localns):
        return _type_check(eval(self.__forward_arg__, globalns, localns))


class _Typing:
    # what every typing object shares: `X | Y` makes a Union, subclassing is refused

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _SpecialForm(_Typing):
    # Any, NoReturn, ClassVar, Final, Union, Optional, Literal: typing.NAME, maybe subscriptable

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __reduce__(self):
        return self._name


class _GenericAlias(_Typing):
    # a subscripted generic: List[int], Dict[str, int], Union[int, str], Stack[int], ...

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(_type_check(a) for a in args)
        self._name = name
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar))

    def __repr__(self):
        origin = self.__origin__
        if origin is Union:
            args = self.__args__
            if len(args) == 2 and _NoneType in args:
                other = args[0] if args[1] is _NoneType else args[1]
                return f'typing.Optional[{_type_repr(other)}]'
            return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'
        name = 'typing.' + self._name if self._name else _type_repr(origin)
        args = self.__args__
        if self._name == 'Callable' and len(args) == 2 and _is_param_spec_like(args[0]):
            return f'{name}[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        if self._name == 'Callable' and len(args) >= 1 and args[0] is not ...:
            params = '[' + ', '.join(_type_repr(a) for a in args[:-1]) + ']'
            return f'{name}[{params}, {_type_repr(args[-1])}]'
        if self._name == 'Tuple' and not args:
            return f'{name}[()]'
        if origin is Literal:
            return name + '[' + ', '.join(repr(a) for a in args) + ']'
        return name + '[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not isinstance(origin, type) or (self._name is not None and self._name not in _INSTANTIABLE):
            name = self._name or repr(origin)
            raise TypeError(f"Type {name} cannot be instantiated; use {_type_repr(origin)}() instead"
                            if isinstance(origin, type) else f"Cannot instantiate {self!r}")
        result = origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if not isinstance(origin, type):
            raise TypeError(f"Cannot subclass {self!r}")
        if origin is Generic or origin is Protocol:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and b.__origin__ is origin:
                    raise TypeError(f"Cannot inherit from {origin.__name__}[...] multiple times.")
        return (origin,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        if self.__origin__ is Union:
            # typing._UnionGenericAlias: isinstance(x, Union[int, str]) / Optional[int]
            return self.__subclasscheck__(type(obj))
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        if self.__origin__ is Union:
            for arg in self.__args__:
                if issubclass(cls, arg):
                    return True
            return False
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


# the aliases of collections' classes make instances (CPython's inst=True); List, Dict ... refuse
_INSTANTIABLE = frozenset(('Deque', 'DefaultDict', 'OrderedDict', 'Counter', 'ChainMap'))


class _SpecialGenericAlias(_Typing):
    # List, Dict, Deque, Iterable, ... unsubscripted: typing.List; List[int] subscripts

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._name == 'Tuple':
            if params == ((),):
                params = ()
        elif self._name == 'Callable':
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ... or _is_param_spec_like(args):
                params = (args, result)
            else:
                if not isinstance(args, list):
                    raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
                params = tuple(args) + (result,)
        elif self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._name in _INSTANTIABLE:
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


# ------------------------------------------------------------------ special forms

def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _as_tuple(parameters):
        p = _type_check(p)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            members = p.__args__
        elif type(p).__name__ == 'UnionType':
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"typing.Optional requires a single type. Got {parameters!r}.")
    return Union[parameters, None]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"{self} accepts only single type.")
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    return _GenericAlias(self, (parameters,), self._name)


def _literal_getitem(self, parameters):
    values = []
    for p in _as_tuple(parameters):
        if p not in values:
            values.append(p)
    alias = _GenericAlias(self, (), self._name)
    alias.__args__ = tuple(values)
    return alias


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwargs):
        raise TypeError("Any cannot be instantiated")


Any = _AnyForm('Any', doc="Special type indicating an unconstrained type.")
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)


class TypeVar(_Typing):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpecArgs(_Typing):
    """P.args: the positional arguments of a ParamSpec (annotation only)."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs(_Typing):
    """P.kwargs: the keyword arguments of a ParamSpec (annotation only)."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec(_Typing):
    """Parameter specification variable: P = ParamSpec('P'); Callable[P, R]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpec")


def _concatenate_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    alias = _GenericAlias(self, (), self._name)
    alias.__args__ = parameters
    return alias


Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
LiteralString = _SpecialForm('LiteralString')


def _is_param_spec_like(arg):
    # the first argument of Callable[P, R] / Callable[Concatenate[int, P], R]
    return isinstance(arg, ParamSpec) or (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


class _AnnotatedAlias(_Typing):
    """Annotated[T, x, ...]: T with metadata (get_type_hints strips it unless include_extras)."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        self.__origin__ = origin
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))

    def __call__(self, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")


Annotated = _AnnotatedForm('Annotated')


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable (raises AssertionError)."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    """Ask a static type checker to confirm val's type (returns val unchanged)."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return it, as CPython's."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator
Text = str


class Generic:
    """Abstract base class for generic types: class Stack(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        # CPython's: the class's type variables as __parameters__ (those of Generic[...]
        # when it is a base, which must list all the others)
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' in own:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = []
        if '__orig_bases__' in own:
            for base in cls.__orig_bases__:
                for t in (base,) if isinstance(base, TypeVar) else getattr(base, '__parameters__', ()):
                    if t not in tvars:
                        tvars.append(t)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping; isinstance/issubclass check
    the members once the class is decorated with @runtime_checkable)."""

    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


# the generic I/O classes annotations use (nominal: the io module's classes do not derive
# from them, in CPython either)
class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()


# CPython's typing module's own type variables
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


def _alias(origin, nparams, name=None):
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__.capitalize())


List = _alias(list, 1)
Dict = _alias(dict, 2)
Set = _alias(set, 1)
FrozenSet = _alias(frozenset, 1, 'FrozenSet')
Tuple = _alias(tuple, -1)
Type = _alias(type, 1)
Deque = _alias(_collections.deque, 1, 'Deque')
DefaultDict = _alias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(_collections.Counter, 1, 'Counter')
ChainMap = _alias(_collections.ChainMap, 2, 'ChainMap')


# The built-in classes collections.abc registers with its ABCs that are not "one-trick"
# (Sequence, Mapping, Set, ...: a class is one only by registration or inheritance, never by
# having the methods: a list has __getitem__, __len__ and __iter__ but is no Mapping).
_dict_views = (type({}.keys()), type({}.values()), type({}.items()))
_REGISTERED = {
    'Sequence': (tuple, str, range, bytes, list, bytearray, _collections.deque),
    'MutableSequence': (list, bytearray, _collections.deque),
    'Mapping': (dict,),
    'MutableMapping': (dict,),
    'AbstractSet': (set, frozenset, _dict_views[0], _dict_views[2]),
    'MutableSet': (set,),
    'ByteString': (bytes, bytearray),
    'MappingView': _dict_views,
    'KeysView': (_dict_views[0],),
    'ValuesView': (_dict_views[1],),
    'ItemsView': (_dict_views[2],),
}


_UNHASHABLE = (_collections.deque, _dict_views[0], _dict_views[2])
_COLLECTIONS = tuple({c for classes in _REGISTERED.values() for c in classes} | {dict})
_REVERSIBLE = _REGISTERED['Sequence'] + (dict,) + _dict_views
_COLLECTION_ABCS = ('Iterable', 'Sized', 'Container', 'Collection', 'Reversible')


class _AbstractOrigin:
    # stands for a collections.abc class (gilvm has no collections.abc): the origin of
    # Iterable, Sequence, ...; isinstance answers as the ABC's __subclasshook__ and its
    # registrations do: a one-trick ABC (Iterable, Sized, Hashable, ...) by the methods a
    # class has (None: disabled, as `__hash__ = None`), the others by the registered
    # built-in classes

    def __init__(self, name, methods):
        self.__name__ = self.__qualname__ = name
        self.__module__ = 'collections.abc'
        self._methods = methods

    def __repr__(self):
        return f"<class '{self.__module__}.{self.__name__}'>"

    def _check(self, cls):
        registered = _REGISTERED.get(self.__name__)
        if registered is not None:
            return issubclass(cls, registered)
        if self.__name__ == 'Hashable' and issubclass(cls, _UNHASHABLE):
            return False  # (their __hash__ is None in CPython)
        if self.__name__ in _COLLECTION_ABCS and issubclass(cls, _REVERSIBLE if self.__name__ == 'Reversible' else _COLLECTIONS):
            return True  # a registered collection is one of these through its ABC's bases
        for m in self._methods:
            # looked up on the class's MRO, not on its metaclass (type.__call__)
            if m == '__call__' and not any(k is not object and m in dir(k) for k in cls.__mro__):
                return False
            if getattr(cls, m, None) is None:
                return False
        return True


class _AbstractAlias(_SpecialGenericAlias):
    def __instancecheck__(self, obj):
        if self.__origin__.__name__ == 'Callable':
            return callable(obj)
        return self.__origin__._check(type(obj))

    def __subclasscheck__(self, cls):
        return self.__origin__._check(cls)

    def __mro_entries__(self, bases):
        return (object,)


def _abc(name, nparams, *methods):
    return _AbstractAlias(_AbstractOrigin(name, methods), nparams, name)


Hashable = _abc('Hashable', 0, '__hash__')
Sized = _abc('Sized', 0, '__len__')
Awaitable = _abc('Awaitable', 1, '__await__')
Coroutine = _abc('Coroutine', 3, 'send', 'throw', '__await__')
AsyncIterable = _abc('AsyncIterable', 1, '__aiter__')
AsyncIterator = _abc('AsyncIterator', 1, '__aiter__', '__anext__')
Iterable = _abc('Iterable', 1, '__iter__')
Iterator = _abc('Iterator', 1, '__iter__', '__next__')
Reversible = _abc('Reversible', 1, '__reversed__')
Generator = _abc('Generator', 3, 'send', 'throw', '__next__')
AsyncGenerator = _abc('AsyncGenerator', 2, 'asend', 'athrow')
Container = _abc('Container', 1, '__contains__')
Collection = _abc('Collection', 1, '__len__', '__iter__', '__contains__')
Callable = _abc('Callable', -1, '__call__')
AbstractSet = _abc('AbstractSet', 1, '__len__', '__iter__', '__contains__')
MutableSet = _abc('MutableSet', 1, 'add', 'discard')
Mapping = _abc('Mapping', 2, '__getitem__', '__len__', '__iter__')
MutableMapping = _abc('MutableMapping', 2, '__getitem__', '__setitem__', '__delitem__')
Sequence = _abc('Sequence', 1, '__getitem__', '__len__')
MutableSequence = _abc('MutableSequence', 1, '__getitem__', '__setitem__', 'insert')
ByteString = _abc('ByteString', 0, '__getitem__', '__len__')
MappingView = _abc('MappingView', 0, '__len__')
KeysView = _abc('KeysView', 1, '__len__', '__iter__')
ItemsView = _abc('ItemsView', 2, '__len__', '__iter__')
ValuesView = _abc('ValuesView', 1, '__len__', '__iter__')
SupportsInt = _abc('SupportsInt', 0, '__int__')
SupportsFloat = _abc('SupportsFloat', 0, '__float__')
SupportsAbs = _abc('SupportsAbs', 1, '__abs__')
SupportsRound = _abc('SupportsRound', 1, '__round__')
SupportsIndex = _abc('SupportsIndex', 0, '__index__')
SupportsBytes = _abc('SupportsBytes', 0, '__bytes__')
SupportsComplex = _abc('SupportsComplex', 0, '__complex__')


def _contextlib_abc(name, alias_name, *methods):
    origin = _AbstractOrigin(name, methods)
    origin.__module__ = 'contextlib'
    return _AbstractAlias(origin, 1, alias_name)


ContextManager = _contextlib_abc('AbstractContextManager', 'ContextManager', '__enter__', '__exit__')
AsyncContextManager = _contextlib_abc('AbstractAsyncContextManager', 'AsyncContextManager',
                                      '__aenter__', '__aexit__')


# ------------------------------------------------------------------ NamedTuple, TypedDict

def _caller_module():
    # the module of the code that called our caller (NamedTuple(...), NewType(...)), as
    # CPython's typing._caller
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _make_namedtuple(name, fields, defaults, module):
    nt = _collections.namedtuple(name, [n for n, _ in fields], defaults=defaults, module=module)
    nt.__annotations__ = {n: _type_check(t) for n, t in fields}
    return nt


class _NamedTupleFactory:
    # NamedTuple('P', [('x', int)]) and `class P(NamedTuple): x: int`

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        return _make_namedtuple(typename, list(fields), None, _caller_module())

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return '<function NamedTuple at %#x>' % id(self)


NamedTuple = _NamedTupleFactory()


# what a NamedTuple class statement may not define (CPython's typing._prohibited)
_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults',
                                    '_make', '_replace', '_asdict', '_source'})


class _NamedTupleBase(tuple):
    # the base a `class P(NamedTuple)` statement gets: __init_subclass__ turns the new class
    # into the namedtuple its annotations describe (its own methods kept)

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if _NamedTupleBase not in cls.__bases__:
            # a subclass of a NamedTuple class is an ordinary subclass (CPython's
            # NamedTupleMeta makes the class statement's class only)
            return
        for base in cls.__bases__:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = cls.__dict__.get('__annotations__', {})
        fields = list(annotations.items())
        defaults = []
        default_names = []
        for name, _ in fields:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
                default_names.append(name)
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(default_names)}")
        for key in cls.__dict__:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
        nt = _make_namedtuple(cls.__name__, fields, defaults, cls.__module__)
        for key, value in vars(nt).items():
            if key in ('__dict__', '__weakref__', '__module__', '__qualname__'):
                continue
            if key == '__doc__':
                if cls.__dict__.get('__doc__') is None:   # no docstring: the namedtuple's
                    cls.__doc__ = value
                continue
            if key in cls.__dict__ and key not in annotations:
                continue
            setattr(cls, key, value)


class _TypedDictFactory:
    # TypedDict('TD', {'a': int}) and `class TD(TypedDict): a: int`: instances are dicts

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
        return type(typename, (_TypedDictBase,), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)


TypedDict = _TypedDictFactory()


class _TypedDictBase(dict):
    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, /, total=True, **kwargs):
        # CPython's _TypedDictMeta: the class keyword `total`, the annotations merged
        # from the TypedDict bases (then the class's own), and the required/optional keys
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in cls.__bases__:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, annotation in own.items():
            if isinstance(annotation, _AnnotatedAlias):
                annotation = annotation.__origin__
            qualifier = annotation.__origin__ if isinstance(annotation, _GenericAlias) else None
            if qualifier is Required or qualifier is not NotRequired and total:
                required.add(key)
            else:
                optional.add(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


# ------------------------------------------------------------------ functions

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'GenericAlias':
        return tp.__origin__
    if type(tp).__name__ == 'UnionType':
        return type(tp)        # types.UnionType (int | str), not typing.Union
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        if value is None:
            return _NoneType
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, string annotations evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            module = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(module, '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, dict(vars(base)) if localns is None else localns)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    hints = {name: _eval_hint(value, g, localns) for name, value in ann.items()}
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def overload(func):
    """Decorator for overloaded functions (the last, undecorated definition is the one called)."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    """Decorator marking a method or class final (not checked at run time; sets
    __final__ where it can, as CPython 3.11)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, type) and tp is not _TypedDictBase and issubclass(tp, _TypedDictBase)


def no_type_check(arg):
    return arg


_PROTOCOL_EXCLUDED_ATTRIBUTES = frozenset([
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__init_subclass__', '__qualname__'])


def _get_protocol_attrs(cls):
    # CPython's: the members a protocol class declares (methods, attributes, annotations)
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol: isinstance() checks that the object has
    its members (issubclass() too, for a protocol of methods only). gilvm has no
    metaclasses: as collections.abc's ABCs, the result is an object standing for the
    class (a typing._ProtocolMeta, after _collections_abc.ABCMeta) that answers them."""
    if not isinstance(cls, type) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return _protocol_meta()(cls)


_protocol_meta_class = []


def _protocol_meta():
    if _protocol_meta_class:
        return _protocol_meta_class[0]
    from _collections_abc import ABCMeta, _check_methods

    class _ProtocolMeta(ABCMeta):
        def __init__(self, cls):
            self._attrs = sorted(_get_protocol_attrs(cls))
            self._methods_only = all(callable(getattr(cls, a, None)) for a in self._attrs)
            attrs = self._attrs
            methods_only = self._methods_only

            def __subclasshook__(C):
                if not methods_only:
                    return NotImplemented
                return _check_methods(C, *attrs) if attrs else True
            cls.__subclasshook__ = __subclasshook__
            super().__init__(cls)

        def __instancecheck__(self, instance):
            cls = self._cls
            if issubclass(type(instance), cls):
                return True
            if self._methods_only and self.__subclasscheck__(type(instance)):
                return True
            for attr in self._attrs:
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True

        def __subclasscheck__(self, subclass):
            if not self._methods_only:
                raise TypeError("Protocols with non-method members don't support issubclass()")
            return super().__subclasscheck__(subclass)

    _ProtocolMeta.__module__ = 'typing'
    _ProtocolMeta.__qualname__ = '_ProtocolMeta'
    _protocol_meta_class.append(_ProtocolMeta)
    return _ProtocolMeta


class NewType:
    """NewType('UserId', int): a callable returning its argument, printing as __main__.UserId."""

    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]
