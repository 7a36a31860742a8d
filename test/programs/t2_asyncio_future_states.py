# asyncio.Future / Task state errors, with the messages of CPython's C accelerator
# (set_result / set_exception on a done future: "invalid state").
import asyncio


def attempt(label, action):
    try:
        print(label, "->", action())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    attempt("result pending", f.result)
    attempt("exception pending", f.exception)
    f.set_result(1)
    attempt("set_result done", lambda: f.set_result(2))
    attempt("set_exception done", lambda: f.set_exception(ValueError("v")))
    attempt("result", f.result)
    cancelled = loop.create_future()
    cancelled.cancel()
    attempt("set_result cancelled", lambda: cancelled.set_result(1))
    attempt("result cancelled", cancelled.result)
    fresh = loop.create_future()
    attempt("set_exception StopIteration", lambda: fresh.set_exception(StopIteration))
    later = loop.create_future()
    loop.call_later(0.01, later.set_result, "called later")
    print(await later)
    attempt("set_result after await", lambda: later.set_result(0))
    task = asyncio.create_task(asyncio.sleep(0))
    attempt("task set_result", lambda: task.set_result(1))
    attempt("task set_exception", lambda: task.set_exception(ValueError()))
    await task
    print(task.done(), task.result())


asyncio.run(main())
