# gilvm-nogil: --workers 4
# One exception object raised by several threads at once: each raise prepends to its
# __traceback__ and sets its __context__, and each thread resets __traceback__; under
# --no-gil these word swaps ran unlocked (tracebacks leaked or released twice)
import threading

shared_exc = ValueError("shared")
res = [0] * 4


def inner(i):
    local_list = [i, i + 1]
    raise shared_exc


def worker(k):
    n = 0
    for i in range(1000):
        try:
            try:
                {}[i]
            except KeyError:
                inner(i)
        except ValueError as e:
            n += e is shared_exc
        try:
            raise shared_exc
        except ValueError as e:
            n += e is shared_exc
        shared_exc.__traceback__ = None
    res[k] = n


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(res, type(shared_exc.__context__).__name__)
shared_exc.__traceback__ = None
shared_exc.__context__ = None
