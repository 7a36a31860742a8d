# Many short threads: finished threads' records are freed once their Thread objects die
# (or at once for _thread.start_new_thread threads), while enumerate(), active_count(),
# idents, joins and is_alive() of the threads still referenced keep working.
import threading
import _thread

lock = threading.Lock()
count = [0]


def bump():
    with lock:
        count[0] += 1


idents = set()
for i in range(400):
    t = threading.Thread(target=bump)
    t.start()
    t.join()
    idents.add(t.ident)
print(count[0], all(type(i) is int for i in idents), t.is_alive(), t.name)

kept = [threading.Thread(target=bump) for _ in range(30)]
for t in kept:
    t.start()
for i in range(300):
    threading.Thread(target=bump).start()  # fire and forget
done = threading.Semaphore(0)


def low():
    bump()
    done.release()


for i in range(100):
    _thread.start_new_thread(low, ())
for i in range(100):
    done.acquire()
for t in kept:
    t.join()
while threading.active_count() > 1:
    threading.Event().wait(0.001)
print(count[0], [t.is_alive() for t in kept].count(False), all(t.ident is not None for t in kept))
print(threading.enumerate() == [threading.main_thread()])


def lister(out):
    for _ in range(50):
        names = [t.name for t in threading.enumerate()]
        out.append('MainThread' in names)
        threading.Thread(target=bump).start()


results = []
listers = [threading.Thread(target=lister, args=(results,)) for _ in range(3)]
for t in listers:
    t.start()
for t in listers:
    t.join()
while threading.active_count() > 1:
    threading.Event().wait(0.001)
print(len(results), all(results), count[0])
joiner_out = []
target = threading.Thread(target=bump)


def joiner():
    target.join()
    joiner_out.append(target.is_alive())


j = threading.Thread(target=joiner)
target.start()
j.start()
j.join()
del target
print(joiner_out, count[0])
