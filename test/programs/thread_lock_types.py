# The lock types as CPython shows them (_thread.lock, _thread.RLock), their reprs through
# __repr__, RLock() ignoring its arguments, and the struct-sequence ExceptHookArgs and
# _thread._local type names.
import threading
import _thread


def mask(s):
    # hide addresses and thread idents (they differ between runs)
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out.append('0x?')
            i = j
        elif s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(s[i:j] if j - i < 3 else 'N')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


L = threading.Lock()
R = threading.RLock()
print(type(L), type(R), type(L).__name__, type(R).__name__)
print(type(L) is _thread.LockType, type(R) is _thread.RLock)
print(mask(L.__repr__()), mask(R.__repr__()))
with L:
    print(mask(L.__repr__()))
with R:
    with R:
        text = R.__repr__()
        print(mask(text), ("owner=%d" % threading.get_ident()) in text)


def other():
    with R:
        print(("owner=%d" % threading.get_ident()) in R.__repr__())


t = threading.Thread(target=other)
t.start()
t.join()
print(mask(threading.RLock(1, x=2).__repr__()))
print(threading.ExceptHookArgs)
a = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(a)
print(len(a), a.exc_type, a.exc_value, a.thread, tuple(a)[2])
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError:', e)
seen = []
threading.excepthook = lambda args: seen.append((type(args).__name__, args.exc_type.__name__, args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name='div')
t.start()
t.join()
print(seen)
print(type(threading.local()), threading.local.__name__)
try:
    threading.local().missing
except AttributeError as e:
    print('AttributeError:', e)
b = threading.Barrier(3)
print(mask(repr(b)))
b.abort()
print(mask(repr(b)), hex(id(b)) in repr(b))
s = threading.Semaphore(2)
print(mask(s.__repr__()), mask(threading.BoundedSemaphore(2).__repr__()))
e = threading.Event()
print(mask(e.__repr__()))
e.set()
print(mask(e.__repr__()))
c = threading.Condition()
print(mask(c.__repr__()))
print(mask(threading.Condition(threading.Lock()).__repr__()))
print(type(c), type(e), type(s), type(c).__name__, threading.Event.__name__)


class MyEvent(threading.Event):
    pass


print(MyEvent.__mro__)
try:
    e.nope
except AttributeError as x:
    print('AttributeError:', x)
import queue
print(type(queue.SimpleQueue()), type(queue.Queue()), queue.Empty)
