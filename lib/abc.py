"""abc for gilvm: ABC and abstractmethod (CPython's Lib/abc.py semantics without metaclasses).

gilvm has no metaclass keyword, so ABC does ABCMeta's work from __init_subclass__ (it
computes __abstractmethods__: names whose value is abstract, in the class or inherited and
not overridden) and __new__ (refusing an abstract class with CPython 3.11's message "Can't
instantiate abstract class X with abstract method(s) a, b", names sorted). abstractmethod
marks functions, and properties / classmethods / staticmethods over abstract functions count.
Not provided: ABCMeta.register and virtual subclasses.
"""

# CPython refuses an abstract class in object.__new__ (C): the frames of ABC.__new__ and its
# helpers are left out of tracebacks
# gilvm: c-frames ABC.__new__ _abstracts_of _compute_abstracts _is_abstract

__all__ = ['ABC', 'abstractmethod', 'abstractproperty', 'abstractclassmethod',
           'abstractstaticmethod', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


# the deprecated decorators as functions (gilvm cannot subclass classmethod/staticmethod/
# property): each marks the function abstract and wraps it

def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in _abstracts_of(base) if issubclass(base, ABC) else getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _abstracts_of(cls):
    # cls's own __abstractmethods__, computed now when ABC.__init_subclass__ did not run
    # for it (a class on the way overrode __init_subclass__ without calling super(): the
    # plugin-registry pattern), as ABCMeta.__new__ always computes it
    abstracts = cls.__dict__.get('__abstractmethods__')
    if abstracts is None:
        abstracts = _compute_abstracts(cls)
        cls.__abstractmethods__ = abstracts
    return abstracts


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)

    def __new__(cls, /, *args, **kwargs):
        abstracts = _abstracts_of(cls)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return object.__new__(cls)


ABC.__abstractmethods__ = frozenset()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


_cache_token = [0]


def get_cache_token():
    return _cache_token[0]
