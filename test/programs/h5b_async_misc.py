# gilvm-nogil: --workers 2
# asynccontextmanager, explicit event loops, many tasks, nested gather, semaphores crawler.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def session(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    except KeyError:
        log.append("handled KeyError in " + name)
    finally:
        log.append("close " + name)


async def fetch(url, sem, stats):
    async with sem:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        await asyncio.sleep(0.001 * (len(url) % 3))
        stats["active"] -= 1
        return url, len(url)


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    log = []
    async with session("db", log) as s:
        log.append("using " + s)
    async with session("cache", log):
        raise KeyError("k")
    print(log)
    sem = asyncio.Semaphore(3)
    stats = {"active": 0, "peak": 0}
    urls = ["http://site/%s" % ("x" * i) for i in range(10)]
    pages = {}
    for coro in asyncio.as_completed([fetch(u, sem, stats) for u in urls]):
        u, n = await coro
        pages[u] = n
    print(len(pages), stats["peak"] <= 3, stats["active"], sorted(pages.values())[:3])
    res = await asyncio.gather(*(square(i) for i in range(1000)))
    print(sum(res), len(res))
    nested = await asyncio.gather(asyncio.gather(square(1), square(2)), square(3), asyncio.gather())
    print(nested)
    tasks = [asyncio.create_task(square(i), name="sq%d" % i) for i in range(3)]
    print([t.get_name() for t in tasks], [await t for t in tasks])


asyncio.run(main())

loop = asyncio.new_event_loop()
try:
    print("run_until_complete:", loop.run_until_complete(square(12)))
    print("running:", loop.is_running(), "closed:", loop.is_closed())
finally:
    loop.close()
print("closed:", loop.is_closed())
asyncio.set_event_loop(asyncio.new_event_loop())
loop2 = asyncio.get_event_loop()
print(loop2.run_until_complete(asyncio.gather(square(2), square(3))))
loop2.close()
co = square(1)
try:
    loop.run_until_complete(co)
except RuntimeError as e:
    print("RuntimeError:", e)
co.close()
