# gilvm-nogil: --workers 2
# Teaching script: an asyncio "crawler" fan-out: fake fetches with asyncio.sleep, a Semaphore limiting concurrency, retries, per-request timeouts and gather.
import asyncio
import random

PAGES = {f'/page/{i}': [f'/page/{(i * 3 + k) % 12}' for k in range(1, 3)] for i in range(12)}
FLAKY = {'/page/5': 1, '/page/7': 2}   # fail this many times before succeeding
SLOW = {'/page/9'}

async def fetch(url, attempts):
    attempts[url] = attempts.get(url, 0) + 1
    await asyncio.sleep(0.001 * (len(url) % 3))
    if url in SLOW:
        await asyncio.sleep(5)
    if attempts[url] <= FLAKY.get(url, 0):
        raise ConnectionError(f'{url} flaked')
    return PAGES[url]

async def fetch_with_retry(url, sem, attempts, retries=3):
    for attempt in range(retries):
        async with sem:
            try:
                return await asyncio.wait_for(fetch(url, attempts), 2.0)  # generous: a loaded CI machine
            except ConnectionError:
                continue
            except TimeoutError:
                return 'timeout'
    return 'gave up'

async def crawl(start):
    sem = asyncio.Semaphore(3)
    attempts = {}
    seen = {start}
    frontier = [start]
    results = {}
    while frontier:
        batch = await asyncio.gather(*(fetch_with_retry(u, sem, attempts) for u in frontier))
        next_frontier = []
        for url, links in zip(frontier, batch):
            results[url] = links
            if isinstance(links, list):
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        next_frontier.append(link)
        frontier = sorted(next_frontier)
    return results, attempts

async def main():
    results, attempts = await crawl('/page/0')
    for url in sorted(results, key=lambda u: int(u.rsplit('/', 1)[1])):
        print(url, results[url])
    print('attempts for flaky', {u: attempts[u] for u in sorted(FLAKY)})
    print('pages', len(results))
    random.seed(7)
    slots = list(range(5))
    random.shuffle(slots)
    delays = [0.05 * k for k in slots]  # 50 ms apart: the tasks start in one loop pass, but a loaded machine may stall it
    async def job(i, d):
        await asyncio.sleep(d)
        return i
    finished = []
    for coro in asyncio.as_completed([job(i, d) for i, d in enumerate(delays)]):
        finished.append(await coro)
    print('as_completed follows delays', finished == sorted(range(5), key=lambda i: delays[i]))

asyncio.run(main())
