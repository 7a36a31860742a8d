# ThreadPoolExecutor workers that sit idle while the main thread runs stay alive (their
# initializer runs once each), and a script that never calls shutdown() still ends after
# its queued work is done, as CPython's exit handler does.
import atexit
import threading
import time
from concurrent.futures import ThreadPoolExecutor

inits = []


def init(tag):
    inits.append((tag, threading.current_thread().name))


ex = ThreadPoolExecutor(2, thread_name_prefix='pool', initializer=init, initargs=('x',))
print(ex.submit(pow, 2, 5).result())
time.sleep(0.6)
print(ex.submit(pow, 3, 3).result())
time.sleep(0.6)
print(ex.submit(pow, 4, 2).result())
print(inits)

done = []
atexit.register(lambda: print(done))
ex2 = ThreadPoolExecutor(1)
ex2.submit(time.sleep, 0.3)
ex2.submit(done.append, 'queued work ran')
print('main done')
