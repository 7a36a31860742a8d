# gilvm: --workers 2 --switch-interval 100
# gilvm-nogil:
# A timed wait inside a nested call (map(step) calling sem.acquire(timeout=0)) that ends
# at its deadline, then more work in the same nested call while another thread is queued:
# the expired deadline must not look like a due timer for ever (the nested slice boundary
# handed the GIL over to an idle executor that found nothing to run, and waited forever:
# the multiprocessing children of thread_gil_demo_pools.py at --switch-interval 100).
import threading

sem = threading.Semaphore(0)
ready = threading.Event()
threads = []


def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def step(i):
    got = sem.acquire(timeout=0)
    timed = ready.wait(0.001)
    if i == 0:
        t = threading.Thread(target=work, args=(20000,))
        t.start()
        threads.append(t)
    return (got, timed, work(3000))


first = threading.Thread(target=work, args=(10,))
first.start()
first.join()
print(list(map(step, range(3))))
print(sorted(range(5), key=lambda k: (sem.acquire(timeout=0), work(500), -k)[2]))
for t in threads:
    t.join()
print("done", threading.active_count())
