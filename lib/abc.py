"""abc for gilvm: ABC and abstractmethod (CPython's Lib/abc.py semantics without metaclasses).

gilvm has no metaclass keyword, so ABCMeta's work is done for every class with a base
deriving from ABC by _abc_init, which class creation calls after __init_subclass__ (as
ABCMeta.__new__ runs after type.__new__; objects/typecall.ts runAbcInit): it computes the
class's __abstractmethods__ (names whose value is abstract, in the class or inherited and
not overridden). Storing a true __abstractmethods__ marks the class abstract and
object.__new__ refuses it, natively, as CPython's (typelayout.ts TPF_IS_ABSTRACT; CPython
3.11's message "Can't instantiate abstract class X with abstract method(s) a, b").
abstractmethod marks functions, and properties / classmethods / staticmethods over abstract
functions count. ABC.register() and a __subclasshook__ make virtual subclasses:
isinstance()/issubclass() with a class deriving from ABC ask _abc_subclasscheck when the MRO
says no (the class is marked by _types.mark_abc; modules/builtins.ts). ABCMeta can be
imported, and `metaclass=ABCMeta` makes a class derive from ABC (the class's type stays
`type`).
"""

# ABCMeta.__new__ is C code in CPython (_abc._abc_init): its frames here are left out of
# tracebacks
# gilvm: c-frames _abc_init _compute_abstracts _is_abstract

import _types

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractproperty', 'abstractclassmethod',
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
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


# ABCMeta's state, per ABC class: the classes register()ed with it, the ABCs derived from
# it, and the answers of _abc_subclasscheck (dropped when a register() changes them)
_registries = {}
_derived = {}
_answers = {}


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _registries.setdefault(cls, []).append(subclass)
        _answers.clear()
        _cache_token[0] += 1
        return subclass

ABC.__abstractmethods__ = frozenset()
_types.mark_abc(ABC)


def _abc_init(cls):
    """ABCMeta.__new__'s work on a new class with a base deriving from ABC (objects/typecall.ts
    runAbcInit calls it after __init_subclass__)."""
    cls.__abstractmethods__ = _compute_abstracts(cls)
    _types.mark_abc(cls)
    for base in cls.__bases__:
        if base is not ABC and ABC in base.__mro__:
            _derived.setdefault(base, []).append(cls)
    _answers.clear()


def _abc_subclasscheck(cls, subclass):
    """ABCMeta.__subclasscheck__ after the MRO said no (modules/builtins.ts calls it)."""
    key = (cls, subclass)
    answer = _answers.get(key)
    if answer is not None:
        return answer
    answer = False
    hook = cls.__subclasshook__(subclass)
    if hook is not NotImplemented:
        answer = bool(hook)
    else:
        for registered in _registries.get(cls, ()):
            if issubclass(subclass, registered):
                answer = True
                break
        else:
            for below in _derived.get(cls, ()):
                if issubclass(subclass, below):
                    answer = True
                    break
    _answers[key] = answer
    return answer


class ABCMeta(type):
    """Importable as in CPython; `class X(metaclass=ABCMeta)` makes X derive from ABC."""
    __gilvm_metaclass_base__ = ABC


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


_cache_token = [0]


def get_cache_token():
    return _cache_token[0]
