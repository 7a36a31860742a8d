"""The built-in BaseExceptionGroup and ExceptionGroup (CPython's Objects/exceptions.c), for
gilvm: loaded the first time a program names either (vm/evalhelpers.ts lazyBuiltin), which
puts both in the builtins. Construction with CPython's checks and messages, a
BaseExceptionGroup of Exceptions made an ExceptionGroup, message/exceptions, str,
derive/subgroup/split (the parts keep the group's traceback, cause, context and notes).
The group traceback of an uncaught one is printed by vm/traceback.ts, which reads the
sub-exceptions from the instance's '_excs'. gilvm has no except* (LANGUAGE.md: out).
"""
import builtins


def _is_sequence(obj):
    t = type(obj)
    return not isinstance(obj, dict) and hasattr(t, '__getitem__') and hasattr(t, '__len__')


class BaseExceptionGroup(BaseException):
    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f"{cls.__name__}() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)")
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
        if not _is_sequence(exceptions):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, exceptions)
        self._msg = message
        self._excs = excs
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(f"{type(self).__name__}() takes no keyword arguments")
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._msg

    @property
    def exceptions(self):
        return self._excs

    def __str__(self):
        n = len(self._excs)
        return f"{self._msg} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self._msg, excs)

    def subgroup(self, condition):
        return self._split(_matcher(condition), False)[0]

    def split(self, condition):
        return self._split(_matcher(condition), True)

    def _split(self, match, want_rest):
        if match(self):
            return self, None
        matched = []
        rest = []
        for e in self._excs:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(match, want_rest)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            elif want_rest:
                rest.append(e)
        return _subset(self, matched), (_subset(self, rest) if want_rest else None)

    def __class_getitem__(cls, item):
        return cls


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return lambda e: bool(condition(e))
    raise TypeError("expected a function, exception type or tuple of exception types")


def _subset(group, excs):
    # CPython's exceptiongroup_subset: the part keeps the group's metadata
    if not excs:
        return None
    part = group.derive(excs)
    if not isinstance(part, BaseExceptionGroup):
        raise TypeError("derive must return an instance of BaseExceptionGroup")
    part.__traceback__ = group.__traceback__
    part.__context__ = group.__context__
    part.__cause__ = group.__cause__
    notes = getattr(group, '__notes__', None)
    if notes is not None and _is_sequence(notes):
        part.__notes__ = list(notes)
    return part


for _cls in (BaseExceptionGroup, ExceptionGroup):
    _cls.__module__ = 'builtins'
builtins.BaseExceptionGroup = BaseExceptionGroup
builtins.ExceptionGroup = ExceptionGroup
del _cls
