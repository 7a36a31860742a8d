# gilvm-nogil:
# A coroutine never awaited that dies as part of cyclic garbage: the collector's finalizer
# pass gives the "never awaited" RuntimeWarning at the gc.collect() line (once), as
# CPython's _PyGen_Finalize does before the garbage is cleared
import gc, io, sys

async def fetch(n):
    return n

class Job:
    pass

def run_collect():
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        gc.collect()
    finally:
        sys.stderr = saved
    return buf.getvalue()

job = Job()
job.me = job
job.coro = fetch(1)
del job
text = run_collect()
print(text.count("RuntimeWarning: coroutine 'fetch' was never awaited"))
print("gc.collect()" in text)

# two coroutines in one cycle: fetch's warning is not repeated (the registry keys on the
# message and the line, gc.collect()'s again), other's is new
async def other():
    pass
a = Job(); b = Job()
a.b = b; b.a = a
a.c = fetch(2); b.c = other()
del a, b
text = run_collect()
print(text.count("coroutine 'fetch' was never awaited"), text.count("coroutine 'other' was never awaited"))

# a started coroutine (closed by the collector) gives no warning
class Holder:
    pass
h = Holder(); h.h = h
c = fetch(3)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
h.c = c
del h, c
print(repr(run_collect()))
print("done")
