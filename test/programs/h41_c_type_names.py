# Error messages name CPython's C types by their tp_name, module included: a deque, a
# defaultdict, an OrderedDict, a functools.partial, itertools' and operator's objects
# ('collections.deque' object has no attribute ...), while __name__, __qualname__ and the
# class repr stay as they are, and a Python subclass of one is named plainly. Python
# classes of the same modules (Counter, namedtuple classes) keep their plain names too.
import collections
import functools
import itertools
import operator


def show(fn):
    try:
        print("ok", fn())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Jobs(collections.deque):
    pass


Point = collections.namedtuple("Point", "x y")
values = [collections.deque([1]), collections.defaultdict(list), collections.OrderedDict(a=1),
          functools.partial(print, "x"), itertools.count(), itertools.chain([1]), operator.itemgetter(0),
          collections.Counter("ab"), Point(1, 2), Jobs(), collections.OrderedDict().keys()]
for value in values:
    kind = type(value)
    print(kind.__name__, kind.__qualname__, kind.__module__, kind)
    show(lambda: value.no_such_attribute)
    show(lambda: value < 1)
show(lambda: len(itertools.count()))
show(lambda: collections.deque()[0:1])
show(lambda: {collections.deque(): 1})
show(lambda: collections.deque.no_such_attribute)
show(lambda: functools.partial(print)[0])
queue = collections.deque()
queue.append("job")
queue.push("job")
