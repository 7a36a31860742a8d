# gilvm-nogil: --workers 2
# Tier 2 asyncio: "asyncio is for waiting, not computing". Coroutines that only compute
# never yield, so gather runs them one after another (no interleaving); coroutines that
# wait interleave; CPU work sent to threads with to_thread gives the same results.
# Only deterministic facts are printed (order of events), never timings.
import asyncio

events = []


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


async def compute(name, limit):
    events.append(f"{name} start")
    result = count_primes(limit)  # no await: holds the event loop
    events.append(f"{name} end")
    return result


async def wait(name, delay):
    events.append(f"{name} start")
    await asyncio.sleep(delay)
    events.append(f"{name} end")
    return delay


async def compute_politely(name, limit, chunk):
    events.append(f"{name} start")
    total = 0
    for lo in range(0, limit, chunk):
        total += sum(1 for n in range(max(lo, 2), min(lo + chunk, limit)) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
        await asyncio.sleep(0)  # give the others a turn
        events.append(f"{name} chunk {lo}")
    events.append(f"{name} end")
    return total


async def main():
    print(await asyncio.gather(compute("A", 3000), compute("B", 2000), compute("C", 1000)))
    print(events)
    events.clear()
    print(await asyncio.gather(wait("X", 0.25), wait("Y", 0.05), wait("Z", 0.15)))
    # every wait starts before any ends: they overlap (their end order is the timers')
    print(events[:3], sorted(events[3:]))
    events.clear()
    print(await asyncio.gather(compute_politely("P", 600, 200), compute_politely("Q", 400, 200)))
    print(events)
    in_threads = await asyncio.gather(*(asyncio.to_thread(count_primes, n) for n in (3000, 2000, 1000)))
    print(in_threads, in_threads == [count_primes(n) for n in (3000, 2000, 1000)])


asyncio.run(main())
