# gilvm-nogil:
# time.process_time() and time.thread_time() see a loop of a few hundred microseconds: the
# thread's CPU clock read from schedstat moved only at scheduler ticks (4 ms), so a short
# loop measured 0.0 s of CPU
import time


def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total


spin(50_000)  # the loop's first runs, before the measured ones
for clock in (time.process_time, time.thread_time):
    deltas = []
    for _ in range(20):
        start = clock()
        spin(3_000)
        deltas.append(clock() - start)
    print(clock.__name__, "every short loop took CPU:", all(d > 0 for d in deltas), "all under 0.1 s:", all(d < 0.1 for d in deltas))
readings = [time.process_time() for _ in range(50)]
print("never goes back:", readings == sorted(readings))
