"""sum, any, all, max and min of a generator, as Python (gilvm's own helper module).

A call such as sum(size(c) for c in node.children), made by the eval loop's CALL, runs the
function of the same name here instead of the native (src/vm/redirect.ts): the `for` loops
below drive the generator with FOR_ITER, which runs its frame on the caller's eval-loop
activation. The native resumes it in a nested activation for every item, a level of JS
recursion, so a recursion through it met JavaScript's stack limit before CPython's
recursion limit (at a depth that depended on V8's compiled code). Each function does what
CPython's C code does, in its order (bltinmodule.c): the same additions, comparisons, truth
tests and errors. Like every lib/_*.py module, its frames stand for C code and show in no
traceback; sum's counts no recursion level either (vm/frame.ts FRF_NO_LEVEL).
"""


def sum(iterable):
    total = 0
    for item in iterable:
        total = total + item
    return total


def sum_start(iterable, start):
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
