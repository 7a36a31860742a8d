# Classes CPython 3.11 lets you subscript (annotations evaluate when a def runs), and
# subclasses of them; classes it does not.
import asyncio, collections, concurrent.futures, contextlib, dataclasses, queue, weakref


def consume(q: asyncio.Queue[int], f: asyncio.Future[str], t: "asyncio.Task[int]") -> concurrent.futures.Future[int]:
    return None


print(consume.__annotations__['q'], consume.__annotations__['f'], consume.__annotations__['return'])
for cls in [queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue, asyncio.Queue,
            asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.Task, collections.deque,
            collections.defaultdict, collections.OrderedDict, collections.Counter,
            weakref.WeakKeyDictionary, weakref.WeakValueDictionary, weakref.ref,
            contextlib.AbstractContextManager, dataclasses.Field, list, dict, tuple, set,
            frozenset, type, enumerate]:
    alias = cls[int]
    print(alias.__origin__ is cls, alias.__args__)


class Stack(list):
    pass


class Jobs(queue.Queue):
    pass


print(Stack[int], Jobs[str].__origin__ is Jobs)
for cls in [zip, map, filter, range, slice, object, int]:
    try:
        cls[int]
    except TypeError as e:
        print(e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(e)
