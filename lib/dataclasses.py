"""dataclasses for gilvm: @dataclass and its helpers, after CPython 3.11's Lib/dataclasses.py.

CPython generates __init__, __repr__, __eq__, ... as source text and exec()s it. Here
__init__, __eq__, the order methods, __hash__ and a frozen class's __setattr__ /
__delattr__ are made the same way (the same text, so their argument errors, their "<string>"
traceback lines and what they read and store are CPython's, and a comparison reads the
fields with attribute loads, not getattr calls); __repr__ is a closure over the class's
field list. Supported: field() with default / default_factory / init / repr / compare / hash /
kw_only, KW_ONLY, inheritance of fields, __post_init__, eq, order, frozen (with
FrozenInstanceError), unsafe_hash and CPython's __hash__ rules, match_args, kw_only;
fields(), asdict(), astuple() (values that are not dataclasses, lists, tuples or dicts are
deep-copied, as CPython's), replace(), is_dataclass(), make_dataclass().
InitVar pseudo-fields (passed to __post_init__) and ClassVar annotations (typing.ClassVar,
recognised once typing is imported) are not fields. String annotations (written as strings,
or every annotation under `from __future__ import annotations`) are recognised as CPython
does (_is_type): 'ClassVar[int]' when the class's module binds ClassVar to
typing.ClassVar, 't.ClassVar[int]' when it binds t to the typing module; likewise
InitVar and KW_ONLY with the dataclasses module.
slots=True makes a new class with __slots__, as CPython.
"""
import sys
import _mappingproxy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return f'dataclasses.InitVar[{getattr(self.type, "__name__", repr(self.type))}]'


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _mappingproxy.mappingproxy({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _match_module_identifier(annotation):
    # CPython's _MODULE_IDENTIFIER_RE.match, r'^(?:\s*(\w+)\s*\.)?\s*(\w+)', without re:
    # (module name or None, identifier), or None when the text starts with no identifier
    def word_end(i):
        while i < len(annotation) and (annotation[i].isalnum() or annotation[i] == '_'):
            i += 1
        return i

    def skip_spaces(i):
        while i < len(annotation) and annotation[i].isspace():
            i += 1
        return i

    start = skip_spaces(0)
    end = word_end(start)
    if end == start:
        return None
    dot = skip_spaces(end)
    if dot < len(annotation) and annotation[dot] == '.':
        name_start = skip_spaces(dot + 1)
        name_end = word_end(name_start)
        if name_end > name_start:
            return annotation[start:end], annotation[name_start:name_end]
    return None, annotation[start:end]


def _is_type(annotation, cls, a_module, is_type_predicate):
    # CPython's _is_type: does the string annotation name the object is_type_predicate
    # looks for? 'ClassVar[int]' looks ClassVar up in the class's module;
    # 't.ClassVar[int]' looks it up in typing if the class's module binds t to typing.
    match = _match_module_identifier(annotation)
    if match is None:
        return False
    module_name, name = match
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    if module_name:
        if module.__dict__.get(module_name) is not a_module:
            return False
        module = a_module
    return is_type_predicate(module.__dict__.get(name))


def _is_kw_only_marker(cls, a_type):
    if a_type is KW_ONLY:
        return True
    return isinstance(a_type, str) and _is_type(a_type, cls, sys.modules[__name__],
                                                lambda t: t is KW_ONLY)


def _is_classvar_object(a_type, typing):
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_classvar(cls, a_type):
    # typing.ClassVar or ClassVar[...], only if typing was imported (as CPython)
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if isinstance(a_type, str):
        return _is_type(a_type, cls, typing, lambda t: _is_classvar_object(t, typing))
    return _is_classvar_object(a_type, typing)


def _is_initvar_object(a_type):
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_initvar(cls, a_type):
    if isinstance(a_type, str):
        return _is_type(a_type, cls, sys.modules[__name__], _is_initvar_object)
    return _is_initvar_object(a_type)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(cls, a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(cls, a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if (f._field_type is _FIELD and f.default is not MISSING
            and f.default.__class__.__hash__ is None):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _tuple_str(obj_name, names):
    # CPython's _tuple_str: the fields as a tuple display, '(self.a,self.b,)'
    if not names:
        return '()'
    return f'({",".join([f"{obj_name}.{name}" for name in names])},)'


def _cmp_fn(name, op, names):
    # CPython's _cmp_fn: exec()ed source, so a failing comparison's traceback shows
    # File "<string>", line 4, in __lt__, and the fields are read by attribute loads
    return _create_fn(name, ('self', 'other'),
                      ('if other.__class__ is self.__class__:',
                       f' return {_tuple_str("self", names)}{op}{_tuple_str("other", names)}',
                       'return NotImplemented'), {})


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only_marker(cls, a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    # the instance fields; __init__ also takes the InitVar pseudo-fields
    all_fields = [f for f in fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    if init:
        std_init_fields = [f for f in init_fields if f.init and not f.kw_only]
        kw_init_fields = [f for f in init_fields if f.init and f.kw_only]
        seen_default = False
        for f in std_init_fields:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        init_fn = _make_init(cls, [f for f in init_fields if f._field_type in (_FIELD, _FIELD_INITVAR)],
                             std_init_fields, kw_init_fields, frozen, hasattr(cls, _POST_INIT_NAME), slots)
        _set_new_attribute(cls, '__init__', init_fn)

    field_names = [f.name for f in all_fields]
    repr_names = [f.name for f in all_fields if f.repr]
    compare_names = [f.name for f in all_fields if f.compare]

    if repr:
        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return '...'
            _repr_running.add(key)
            try:
                parts = [f'{name}={getattr(self, name)!r}' for name in repr_names]
            finally:
                _repr_running.discard(key)
            return f'{self.__class__.__qualname__}({", ".join(parts)})'
        _set_new_attribute(cls, '__repr__', __repr__)

    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', compare_names))

    if order:
        __lt__ = _cmp_fn('__lt__', '<', compare_names)
        __le__ = _cmp_fn('__le__', '<=', compare_names)
        __gt__ = _cmp_fn('__gt__', '>', compare_names)
        __ge__ = _cmp_fn('__ge__', '>=', compare_names)

        if not eq:
            raise ValueError('eq must be true if order is true')
        for fn in (__lt__, __le__, __gt__, __ge__):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        # exec()ed source as CPython's _frozen_get_del_attr makes it, so a failing assignment's
        # traceback shows CPython's frame: File "<string>", line 4, in __setattr__
        frozen_locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
        condition = 'type(self) is cls'
        if field_names:
            condition += ' or name in {' + ', '.join(f'{n!r}' for n in field_names) + '}'  # (repr is a parameter here)
        __setattr__ = _create_fn('__setattr__', ('self', 'name', 'value'),
                                 (f'if {condition}:',
                                  ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                                  'super(cls, self).__setattr__(name, value)'), dict(frozen_locals))
        __delattr__ = _create_fn('__delattr__', ('self', 'name'),
                                 (f'if {condition}:',
                                  ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                                  'super(cls, self).__delattr__(name)'), dict(frozen_locals))
        for fn in (__setattr__, __delattr__):
            fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
        for fn in (__setattr__, __delattr__):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    hash_names = [f.name for f in all_fields
                  if (f.compare if f.hash is None else f.hash)]

    # CPython's _hash_fn: exec()ed source over the hashed fields
    __hash__ = _create_fn('__hash__', ('self',), (f'return hash({_tuple_str("self", hash_names)})',), {})

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        if frozen:
            __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
            cls.__hash__ = __hash__
        else:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        # CPython: str(inspect.signature(cls)), the __init__'s: keyword-only fields after a '*'
        positional = [_signature_part(f) for f in init_fields if f.init and not f.kw_only]
        keyword = [_signature_part(f) for f in init_fields if f.init and f.kw_only]
        cls.__doc__ = cls.__name__ + '(' + ', '.join(positional + (['*'] + keyword if keyword else [])) + ')'

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in init_fields if f.init and not f.kw_only))
    if slots:
        cls = _add_slots(cls)
    return cls


def _add_slots(cls):
    # CPython's _add_slots: a new class with __slots__ = the field names (class-level
    # defaults removed: __init__ sets every field), replacing the one the statement made
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, slots):
    """__init__ as CPython 3.11's _init_fn makes it: source text exec()ed as "<string>", so
    argument errors, the traceback line of a failing __post_init__ or default factory
    (File "<string>", line N, in __init__) and the instance __dict__ are CPython's."""
    self_name = '__dataclass_self__' if 'self' in [f.name for f in all_fields] else 'self'
    locals = {f'_type_{f.name}': f.type for f in all_fields}
    locals.update({'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                   '__dataclass_builtins_object__': object})
    body_lines = []
    for f in all_fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body_lines.append(f'{self_name}.{_POST_INIT_NAME}({params_str})')
    if not body_lines:
        body_lines = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_fields:
        params += ['*']
        params += [_init_param(f) for f in kw_fields]
    fn = _create_fn('__init__', [self_name] + params, body_lines, locals)
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, locals, self_name, slots):
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is not MISSING:
                locals[default_name] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            locals[default_name] = f.default
            value = default_name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=_HAS_DEFAULT_FACTORY'
    return f'{f.name}:_type_{f.name}{default}'


def _create_fn(name, args, body, locals):
    locals['_return_type'] = None
    args = ','.join(args)
    body = '\n'.join(f'  {b}' for b in body)
    txt = f' def {name}({args})->_return_type:\n{body}'
    local_vars = ', '.join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns = {}
    exec(txt, {}, ns)
    return ns['__create_fn__'](**locals)


def _type_name(a_type):
    if isinstance(a_type, type):
        if a_type.__module__ == 'builtins':
            return a_type.__qualname__
        return f'{a_type.__module__}.{a_type.__qualname__}'
    if isinstance(a_type, str):
        return repr(a_type)   # inspect.formatannotation: a string annotation keeps its quotes
    return repr(a_type).replace('typing.', '')   # inspect.formatannotation


def _signature_part(f):
    text = f'{f.name}: {_type_name(f.type)}'
    if f.default is not MISSING:
        text += f' = {f.default!r}'
    elif f.default_factory is not MISSING:
        text += ' = <factory>'
    return text


_repr_running = set()   # ids of the instances whose __repr__ is running (recursion guard)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy_leaf(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy_leaf(obj)


_ATOMIC_TYPES = frozenset((int, float, str, bool, type(None), bytes, complex))


def _copy_leaf(obj):
    # asdict()/astuple() deep-copy every other value (a set, an instance), as CPython's;
    # the atomic types are their own deep copy
    if type(obj) in _ATOMIC_TYPES:
        return obj
    import copy
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns['__module__'] = '__main__' if module is None else module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
