# gilvm-nogil: --workers 2
# asyncio: a concurrent "downloader" with gather, create_task, Semaphore and wait_for.
import asyncio
import time

# Two at a time, the four pages take 0.4 s; one after another, 0.7 s (the margin allows for a
# loaded machine).
PAGES = {"a.html": 0.2, "b.html": 0.1, "c.html": 0.3, "d.html": 0.1, "slow.html": 1.0}
log = []


async def download(name, limit):
    async with limit:
        log.append(f"start {name}")
        await asyncio.sleep(PAGES[name])
        log.append(f"end {name}")
        return name, len(name) * 100


async def download_with_timeout(name, limit, timeout):
    try:
        return await asyncio.wait_for(download(name, limit), timeout)
    except asyncio.TimeoutError:
        return name, "timed out"


async def main():
    limit = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    results = await asyncio.gather(*(download(n, limit) for n in ["a.html", "b.html", "c.html", "d.html"]))
    elapsed = time.perf_counter() - t0
    print("results in call order:", results)
    print("ran concurrently (sequential would take 0.7s):", elapsed < 0.6)
    print("log:", log)

    limit2 = asyncio.Semaphore(5)
    tasks = [asyncio.create_task(download_with_timeout(n, limit2, 0.5), name=f"dl-{n}")
             for n in ["slow.html", "b.html"]]
    print("task names:", [t.get_name() for t in tasks])
    done = await asyncio.gather(*tasks)
    print("with timeout:", done)
    print("tasks done:", [t.done() for t in tasks])

    async def boom():
        await asyncio.sleep(0)
        raise ConnectionError("server hung up")
    res = await asyncio.gather(download("a.html", limit), boom(), return_exceptions=True)
    print("return_exceptions:", [type(r).__name__ for r in res], res[1])
    try:
        await asyncio.gather(boom(), download("b.html", limit))
    except ConnectionError as e:
        print("gather raised:", repr(e))
    await asyncio.sleep(0.05)
    return "finished"


print(asyncio.run(main()))
