# Event loops in threads: asyncio.run per thread, run_coroutine_threadsafe, call_soon_threadsafe.
import asyncio
import threading
import concurrent.futures as cf

results = {}
lock = threading.Lock()


async def compute(tag, n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return tag, total, asyncio.get_running_loop() is not None


def run_loop(tag):
    r = asyncio.run(compute(tag, 200))
    with lock:
        results[tag] = r


ts = [threading.Thread(target=run_loop, args=("loop%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])

# a loop running forever in a background thread, fed from the main thread
loop = asyncio.new_event_loop()
started = threading.Event()


def serve():
    asyncio.set_event_loop(loop)
    loop.call_soon(started.set)
    loop.run_forever()


bg = threading.Thread(target=serve)
bg.start()
started.wait()
futs = [asyncio.run_coroutine_threadsafe(compute("bg%d" % i, 50 * i), loop) for i in range(3)]
print([f.result(timeout=30) for f in futs])
print(isinstance(futs[0], cf.Future))
got = []
done = threading.Event()
loop.call_soon_threadsafe(got.append, "from main")
loop.call_soon_threadsafe(done.set)
done.wait(30)
print(got)


async def failing():
    raise LookupError("inside loop thread")


f = asyncio.run_coroutine_threadsafe(failing(), loop)
try:
    f.result(timeout=30)
except LookupError as e:
    print("LookupError:", e)
loop.call_soon_threadsafe(loop.stop)
bg.join()
print("running:", loop.is_running())
loop.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
