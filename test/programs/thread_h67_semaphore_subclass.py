# A Semaphore subclass's own release() is what `with` calls on exit (threading.py's
# __exit__ calls self.release()); the count stays right.
import threading


count_lock = threading.Lock()


class CountingSemaphore(threading.Semaphore):
    releases = 0

    def release(self, n=1):
        # under --no-gil the threads run at once: an unlocked `+=` can lose a count
        with count_lock:
            CountingSemaphore.releases += n
        super().release(n)


sem = CountingSemaphore(2)
done = []


def work(i):
    with sem:
        done.append(i)


threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done), CountingSemaphore.releases, sem._value)


class Bounded(threading.BoundedSemaphore):
    def release(self, n=1):
        print('release', n)
        super().release(n)


with Bounded(1):
    print('inside')
try:
    Bounded(1).release()
except ValueError as e:
    print('ValueError:', e)
