# gilvm-nogil: --workers 2
# Loop callbacks: handle reprs, exceptions in callbacks reach the loop's exception handler.
import asyncio
import functools


class Greeter:
    def hello(self, who):
        raise ValueError("hello " + who)


def failing(*args, **kwargs):
    raise KeyError("in callback")


seen = []


def show(*parts):
    # the callback's source file is an absolute path: print it as FILE
    print(*(str(p).replace(__file__, "FILE") for p in parts))


def handler(loop, context):
    exc = context.get("exception")
    seen.append(context["message"])
    show("handler:", context["message"])
    print("   keys:", sorted(context), type(exc).__name__ if exc else None)
    if "handle" in context:
        show("   handle:", context["handle"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    fut = loop.create_future()
    fut.add_done_callback(failing)
    fut.set_result(1)
    loop.call_soon(failing, "a" * 50, 10 ** 50, [1, 2, 3, 4, 5, 6, 7, 8], {"k": 1})
    loop.call_soon(Greeter().hello, "world")
    loop.call_soon(functools.partial(failing, 1, k=2), 3)
    h = loop.call_soon(failing)
    show(h)
    h.cancel()
    show(h, h.cancelled())
    t = loop.call_later(10, failing, "x")
    show(repr(t).replace(str(t.when()), "WHEN"))
    t.cancel()
    show(repr(t).replace(str(t.when()), "WHEN"))
    loop.call_exception_handler({"message": "custom report", "detail": [1, 2]})
    await asyncio.sleep(0.01)
    print(len(seen), "reports")
    loop.set_exception_handler(None)
    loop.call_soon(failing, "default handler")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after")
