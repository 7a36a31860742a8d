"""Built-ins consuming a generator, as Python (gilvm's own helper module).

A call such as sum(x * x for x in data), made by the eval loop's CALL, runs the function of
the same name here instead of the native (src/vm/redirect.ts): the `for` loops below drive
the generator with FOR_ITER, which runs its frame on the caller's eval-loop activation,
where the native would enter a nested activation for every item. Each function does what
CPython's C code does, in its order (bltinmodule.c, listobject.c, ...): the same additions,
comparisons, truth tests and errors. Like every lib/_*.py module, its frames stand for C
code and show in no traceback; the ones standing for uncharged C calls count no recursion
level either (vm/frame.ts FRF_NO_LEVEL).

The names of built-ins used here are bound at import, so that a program replacing
builtins.set (say) does not change what set(gen) does.
"""

_list = list
_tuple = tuple
_set = set
_frozenset = frozenset


def sum(iterable, start=0):
    total = start
    for item in iterable:
        total = total + item
    return total


def any(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all(iterable):
    for item in iterable:
        if not item:
            return False
    return True


def max(iterable):
    empty = True
    for item in iterable:
        if empty:
            best = item
            empty = False
        elif item > best:
            best = item
    if empty:
        raise ValueError('max() arg is an empty sequence')
    return best


def min(iterable):
    empty = True
    for item in iterable:
        if empty:
            best = item
            empty = False
        elif item < best:
            best = item
    if empty:
        raise ValueError('min() arg is an empty sequence')
    return best


def list(iterable):
    items = []
    for item in iterable:
        items.append(item)
    return items


def sorted(iterable):
    items = []
    for item in iterable:
        items.append(item)
    items.sort()
    return items


def tuple(iterable):
    items = []
    for item in iterable:
        items.append(item)
    return _tuple(items)


def set(iterable):
    items = _set()
    for item in iterable:
        items.add(item)
    return items


def frozenset(iterable):
    items = _set()
    for item in iterable:
        items.add(item)
    return _frozenset(items)


def join(separator, iterable):
    items = []
    for item in iterable:
        items.append(item)
    return separator.join(items)
