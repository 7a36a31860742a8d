# gilvm-nogil:
# A generator or coroutine that finishes by raising: its traceback entry keeps the frame's
# local variables alive until the exception is cleared, as CPython's frame object does (an
# object it held dies after the except block, not when the generator finished), and
# tb_frame.f_locals shows them
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)

def gen():
    res = Resource("gen")
    yield 1
    raise ValueError("from gen")

async def coro():
    res = Resource("coro")
    await asyncio.sleep(0)
    raise KeyError("from coro")

def frames(tb, name):
    # f_locals only of the frame asked for: CPython's f_locals of a running frame would be a
    # snapshot holding the exception (a cycle, freed later by the collector)
    out = []
    while tb is not None:
        if tb.tb_frame.f_code.co_name == name:
            out.append((name, sorted(k for k in tb.tb_frame.f_locals if k == "res")))
        tb = tb.tb_next
    return out

try:
    for x in gen():
        print("got", x)
except ValueError as e:
    print("caught", e)
    print(frames(e.__traceback__, "gen"))
print("after gen")

async def main():
    try:
        await coro()
    except KeyError as e:
        print("caught", e)
        print(frames(e.__traceback__, "coro"))
    print("after coro")

asyncio.run(main())

# the never-awaited coroutine a failing call left in the raising coroutine's locals is
# dropped with the traceback too
async def job():
    return 1

async def failing(items):
    pending = [job() for _ in items]
    raise RuntimeError("no")

async def main2():
    try:
        await failing([1])
    except RuntimeError as e:
        print("caught", e)
    print("end main2")

import io, sys
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    asyncio.run(main2())
finally:
    text, sys.stderr = sys.stderr.getvalue(), saved
print("coroutine 'job' was never awaited" in text, text.count("RuntimeWarning: coroutine"))
print("print(\"caught\", e)" in text)
