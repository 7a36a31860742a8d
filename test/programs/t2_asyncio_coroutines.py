# Tier 2: coroutine objects driven by hand (no asyncio): send/throw/close, awaiting a
# Python-level future whose __await__ is a generator, coroutine.__await__(), the
# errors of reuse; and generators closed when dropped (finally runs after `break`, on
# del, inside yield from), as CPython's refcounting does; a generator's own handled
# exception (sys.exc_info) is kept apart from its caller's.
import sys


class Future:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        value = yield self
        return f"{self.name}={value}"


async def step(name):
    return await Future(name)


async def pipeline():
    a = await step("a")
    b = await step("b")
    try:
        c = await step("c")
    except KeyError as e:
        c = f"c failed with {e!r}"
    return [a, b, c]


def drive(coro, answers):
    """A tiny event loop: answers each future the coroutine yields."""
    try:
        fut = coro.send(None)
        while True:
            print("coroutine waits on", fut.name)
            answer = answers.pop(0)
            if isinstance(answer, BaseException):
                fut = coro.throw(answer)
            else:
                fut = coro.send(answer)
    except StopIteration as stop:
        return stop.value


coro = pipeline()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(drive(coro, [1, 2, KeyError("k")]))
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = pipeline()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
fresh.close()


async def wrapper():
    return await step("w")


it = wrapper().__await__()
print(next(it).name)
try:
    it.send("ok")
except StopIteration as stop:
    print("wrapper result", stop.value)


async def guarded():
    try:
        await Future("g")
    finally:
        print("guarded finally")


g = guarded()
g.send(None)
g.close()
print("closed coroutine")


# generators closed when dropped
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(f"{tag}: finally")


for n in numbers("break"):
    if n == 2:
        break
print("after break")

gen = numbers("del")
next(gen)
del gen
print("after del")


def outer():
    try:
        yield from numbers("inner")
    finally:
        print("outer: finally")


for n in outer():
    break
print("after nested break")


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


gen = catches_exit()
next(gen)
gen = None
print("after rebinding")


def handler_gen():
    try:
        raise TypeError("inside the generator")
    except TypeError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])


hg = handler_gen()
print(next(hg), sys.exc_info()[1])
try:
    raise IndexError("in the caller")
except IndexError:
    print(next(hg), repr(sys.exc_info()[1]))
print([n for n in numbers("listcomp") if n < 3])
print(next(numbers("next only")))
print("end")
