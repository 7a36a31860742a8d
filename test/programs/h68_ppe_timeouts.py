# gilvm-nogil: --workers 2
# ProcessPoolExecutor: result(timeout) and map(timeout) raise TimeoutError at their deadline
# while the pool's one worker is busy (the wait for the pool's drain lock, which the result
# handler thread kept taking again, outlasted the deadline: the caller waited for the job).
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def nap(x):
    time.sleep(x)
    return x


if __name__ == '__main__':
    with ProcessPoolExecutor(1) as ex:
        busy = ex.submit(nap, 1.0)
        f = ex.submit(nap, 0.01)
        time.sleep(0.05)
        t0 = time.monotonic()
        try:
            print(f.result(timeout=0.2))
        except TimeoutError:
            print('timeout')
        print('returned before the busy job ended:', time.monotonic() - t0 < 0.7)
        t0 = time.monotonic()
        try:
            print(list(ex.map(nap, [0.01], timeout=0.2)))
        except TimeoutError:
            print('map timeout')
        print('returned before the busy job ended:', time.monotonic() - t0 < 0.7)
        print(busy.result(), f.result())
