"""itertools for gilvm, after the pure-Python equivalents in CPython's documentation.

Each tool is a class (so type(), isinstance and the repr of count/repeat are CPython's)
whose work is done by an iterator stored in _it: __iter__ returns it, so a `for` loop runs
it directly, and __next__ forwards to it. Consequence: iter(tool) is not tool itself.
The iterator is, for every tool but tee and groupby (whose groups are), a native stepper
over a state list (src/modules/itertools-native.ts: one native call per item, no Python
frame): as fast as CPython's C within a few times, and atomic per item as CPython's, so
threads can share one (a Python generator raised "generator already executing" when a
second thread reached it while the first was inside).
Arguments are checked eagerly, with CPython's messages for the common mistakes.
"""
# CPython's itertools is C: no frames in tracebacks.
# gilvm: c-frames *
import sys as _sys   # not a public name: CPython's itertools has no `sys`
from _itertools import stepper as _stepper, permutations_step as _permutations_step, \
    combinations_step as _combinations_step, cwr_step as _cwr_step, product_step as _product_step, \
    islice_step as _islice_step, accumulate_step as _accumulate_step, \
    zip_longest_step as _zip_longest_step, count_step as _count_step, \
    groupby_step as _groupby_step, grouper_step as _grouper_step, cycle_step as _cycle_step, \
    repeat_step as _repeat_step, chain_step as _chain_step, compress_step as _compress_step, \
    pairwise_step as _pairwise_step, starmap_step as _starmap_step, dropwhile_step as _dropwhile_step, \
    takewhile_step as _takewhile_step, filterfalse_step as _filterfalse_step

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _positional_count(name, least, most, nargs):
    """CPython's _PyArg_CheckPositional messages."""
    if nargs < least:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if least == most else 'at least ', least, '' if least == 1 else 's', nargs))
    if nargs > most:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if least == most else 'at most ', most, '' if most == 1 else 's', nargs))


def _keywords_check(name, names, minpos, maxpos, args, kwargs):
    """CPython's _PyArg_UnpackKeywords messages for name(*args, **kwargs) taking the
    parameters `names` (the first maxpos positional or keyword, the rest keyword-only),
    the first minpos required."""
    nargs = len(args)
    total = nargs + len(kwargs)
    maxargs = len(names)
    if total > maxargs:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (name, maxargs, 'keyword ' if nargs == 0 else '', '' if maxargs == 1 else 's', total))
    if nargs > maxpos:
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (name, 'at most' if minpos < maxpos else 'exactly', maxpos, '' if maxpos == 1 else 's', nargs))
    left = len(kwargs)
    for i in range(nargs, maxargs):
        if left and names[i] in kwargs:
            left -= 1
        elif i < minpos:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    if left:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))


def _guard_keywords(cls, names, minpos, maxpos):
    init = cls.__init__
    name = cls.__name__

    def __init__(self, *args, **kwargs):
        if kwargs or not minpos <= len(args) <= maxpos:
            _keywords_check(name, names, minpos, maxpos, args, kwargs)
        init(self, *args, **kwargs)
    __init__.__qualname__ = name + '.__init__'
    cls.__init__ = __init__


def _guard_positional(cls, least, most):
    init = cls.__init__
    name = cls.__name__

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('%s() takes no keyword arguments' % name)
        if not least <= len(args) <= most:
            _positional_count(name, least, most, len(args))
        init(self, *args)
    __init__.__qualname__ = name + '.__init__'
    cls.__init__ = __init__


class _Tool:
    __slots__ = ('_it',)

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)


def _as_index(v):
    # CPython's "n" argument (PyNumber_AsSsize_t): a plain int from an int, a bool, an int
    # subclass or an object with __index__ (the natives take plain ints only)
    if type(v) is int:
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


def _check_number(value, name):
    # CPython's PyNumber_Check: __index__, __int__ or __float__, or a complex
    if not isinstance(value, (int, float, complex)) and not hasattr(type(value), '__index__') \
            and not hasattr(type(value), '__float__') and not hasattr(type(value), '__int__'):
        raise TypeError('a number is required')


class count(_Tool):
    """Return a count object whose .__next__() method returns consecutive values."""

    # Threads share a count to hand out ids, and CPython's next(count) is one atomic C
    # step: _count_step advances the state [value, step] in one native step (under the
    # list's lock with --no-gil). A for loop runs a stepper over the same state.
    __slots__ = ('_state',)

    def __init__(self, start=0, step=1):
        _check_number(start, 'start')
        _check_number(step, 'step')
        if type(start) is not int and isinstance(start, int) and isinstance(step, int) and step == 1:
            # CPython's "fast mode" (an int start, an int step of 1) counts in a C
            # integer: count(True) gives 1, 2, ... as plain ints
            start = int(start)
        self._state = [start, step]

    def __iter__(self):
        return _stepper(_count_step, self._state)

    def __next__(self):
        return _count_step(self._state)

    def __repr__(self):
        value, step = self._state
        if isinstance(step, int) and step == 1:
            return f'{type(self).__name__}({value!r})'
        return f'{type(self).__name__}({value!r}, {step!r})'


class cycle(_Tool):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = _stepper(_cycle_step, [iter(iterable), [], 0, 0])


class repeat(_Tool):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    # state [object, times left (-1: endless)], advanced by one native step per item
    __slots__ = ('_state',)

    def __init__(self, object, times=None):
        if times is None:
            left = -1
        else:
            times = _as_index(times)
            left = times if times > 0 else 0
        self._state = [object, left]
        self._it = _stepper(_repeat_step, self._state)

    def __length_hint__(self):
        if self._state[1] < 0:
            raise TypeError('len() of unsized object')
        return self._state[1]

    def __repr__(self):
        object, left = self._state
        if left < 0:
            return f'{type(self).__name__}({object!r})'
        return f'{type(self).__name__}({object!r}, {left})'


class accumulate(_Tool):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = _stepper(_accumulate_step, [iter(iterable), func, initial, 0])


class chain(_Tool):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._it = _stepper(_chain_step, [iter(iterables), None])

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._it = _stepper(_chain_step, [iter(iterable), None])
        return self


class compress(_Tool):
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._it = _stepper(_compress_step, [iter(data), iter(selectors)])


class dropwhile(_Tool):
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._it = _stepper(_dropwhile_step, [predicate, iter(iterable), 0])


class takewhile(_Tool):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._it = _stepper(_takewhile_step, [predicate, iter(iterable), 0])


class filterfalse(_Tool):
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._it = _stepper(_filterfalse_step, [function, iter(iterable)])


class starmap(_Tool):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._it = _stepper(_starmap_step, [function, iter(iterable)])


class islice(_Tool):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        _positional_count('islice', 2, 4, len(args))
        iterable = args[0]
        args = args[1:]
        nargs = len(args)
        start, step = 0, 1
        if nargs == 1:
            stop = args[0]
        else:
            start, stop = args[0], args[1]
            if nargs == 3:
                step = args[2]
        if start is None:
            start = 0
        if step is None:
            step = 1
        # objects with __index__ are indices too (CPython's PyNumber_AsSsize_t)
        stop = _islice_index(stop)
        start = _islice_index(start)
        step = _islice_index(step)
        # CPython's islice_new: -1 (what a failed conversion also gives) names the stop
        # argument; a stop below -1 falls to the indices' message with a negative start
        if stop is not None and (not isinstance(stop, int) or stop == -1 or stop > _sys.maxsize):
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if not isinstance(start, int) or start < 0 or start > _sys.maxsize or (stop is not None and stop < 0):
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if not isinstance(step, int) or step < 1 or step > _sys.maxsize:
            raise ValueError('Step for islice() must be a positive integer or None.')
        # the native step keeps its counters as small ints: beyond 2**29 items no loop ends
        # anyway (CPython's counters are C ssize_t)
        big = 1 << 29
        self._it = _stepper(_islice_step, [iter(iterable), min(start, big), -1 if stop is None else min(stop, big),
                                           min(step, big), 0, 0])


def _islice_index(v):
    if v is None or type(v) is int:
        return v
    index = getattr(type(v), '__index__', None)
    return v if index is None else index(v)


class pairwise(_Tool):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable, /):
        self._it = _stepper(_pairwise_step, [iter(iterable), None, 0])


class zip_longest(_Tool):
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) > 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        iterators = [iter(it) for it in iterables]
        self._it = _stepper(_zip_longest_step, [iterators, fillvalue, len(iterators), 0])


class groupby(_Tool):
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        # [iterator, keyfunc, tgtkey, currkey, currvalue, token, marker, grouper step]:
        # _groupby_step and _grouper_step (src/modules/itertools-native.ts) are CPython's
        # groupby_next and _grouper_next; a group is the stepper of _grouper_step
        self._it = _stepper(_groupby_step, [iter(iterable), key, _MARKER, _MARKER, _MARKER, 0, _MARKER,
                                            _grouper_step])


class _Marker:
    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)


_MARKER = _Marker()


class product(_Tool):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(f'product() takes at most 1 keyword argument ({len(kwargs)} given)')
            for key in kwargs:
                if key != 'repeat':
                    raise TypeError(f"'{key}' is an invalid keyword argument for product()")
            repeat = _as_index(kwargs['repeat'])
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = tuple([tuple(pool) for pool in iterables] * repeat)
        self._it = _stepper(_product_step, [pools, len(pools), 0, 0] + [0] * len(pools))


class permutations(_Tool):
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is not None:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = int.__index__(r)   # True is 1
            if r < 0:
                raise ValueError('r must be non-negative')
        n = len(pool)
        r = n if r is None else r
        state = [pool, n, r, 0]
        if r <= n:
            state += list(range(n)) + list(range(n, n - r, -1))
        self._it = _stepper(_permutations_step, state)


class combinations(_Tool):
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        r = _as_index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        pool = tuple(iterable)
        state = [pool, len(pool), r, 0]
        if r <= len(pool):
            state += list(range(r))
        self._it = _stepper(_combinations_step, state)


class combinations_with_replacement(_Tool):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        r = _as_index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        pool = tuple(iterable)
        state = [pool, len(pool), r, 0]
        if pool:
            state += [0] * r
        self._it = _stepper(_cwr_step, state)


class _tee(_Tool):
    # a branch's state is [buffer, position] in the shared list `states`: the values the
    # source gave that this branch has not taken are buffer[position:] (a taken slot is
    # cleared, and the taken front is dropped once it is over half the buffer: list.pop(0)
    # made a branch far ahead of another quadratic)
    def __init__(self, it, states, index):
        self._source = it
        self._states = states
        self._state = states[index]
        self._it = _tee_gen(it, states, self._state)

    def __copy__(self):
        # a new tee at this one's position: its values still to come, then the shared source
        buf, pos = self._state
        self._states.append([buf[pos:], 0])
        return _tee(self._source, self._states, len(self._states) - 1)


def _tee_gen(it, states, mine):
    while True:
        buf, pos = mine
        if pos == len(buf):
            if pos:
                mine[0] = buf = []
                mine[1] = pos = 0
            try:
                value = next(it)
            except StopIteration:
                return
            for state in states:
                state[0].append(value)
        value = buf[pos]
        buf[pos] = None
        pos += 1
        if pos > 64 and pos + pos > len(buf):
            del buf[:pos]
            pos = 0
        mine[1] = pos
        yield value


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    _positional_count('tee', 1, 2, len(args))
    iterable = args[0]
    n = args[1] if len(args) > 1 else 2
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    # (a tee's iter() is itself in CPython; _Tool's __iter__ hands out the stepper)
    it = iterable if type(iterable) is _tee else iter(iterable)
    if n == 0:
        return ()
    # CPython's tee: an iterator that can copy itself (a tee) is the first result itself,
    # the others its copies
    first = it if hasattr(it, '__copy__') else _tee(it, [[[], 0]], 0)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


# CPython's argument errors for the constructors (Argument Clinic's messages): each
# __init__ is wrapped by a check that runs only when the call is not plainly well formed.
_guard_keywords(count, ('start', 'step'), 0, 2)
_guard_keywords(repeat, ('object', 'times'), 1, 2)
_guard_keywords(accumulate, ('iterable', 'func', 'initial'), 1, 2)
_guard_keywords(compress, ('data', 'selectors'), 2, 2)
_guard_keywords(groupby, ('iterable', 'key'), 1, 2)
_guard_keywords(permutations, ('iterable', 'r'), 1, 2)
_guard_keywords(combinations, ('iterable', 'r'), 2, 2)
_guard_keywords(combinations_with_replacement, ('iterable', 'r'), 2, 2)
_guard_positional(cycle, 1, 1)
_guard_positional(dropwhile, 2, 2)
_guard_positional(takewhile, 2, 2)
_guard_positional(filterfalse, 2, 2)
_guard_positional(starmap, 2, 2)
_guard_positional(pairwise, 1, 1)

for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, starmap, islice, pairwise, zip_longest, groupby,
             product, permutations, combinations, combinations_with_replacement, _tee):
    _cls.__module__ = 'itertools'
_tee.__name__ = _tee.__qualname__ = '_tee'
del _cls
del _guard_keywords, _guard_positional
