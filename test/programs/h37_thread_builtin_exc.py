# An uncaught exception in a thread whose target is a built-in (no Python frame of its own):
# the hook gets the thread and the exception; the default hook's report (stderr) is
# "Exception in thread Thread-N (name):", the Traceback header (CPython's frames there are
# threading.py's own, which gilvm's threading has not), then the exception line.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


lock = threading.Lock()
threading.excepthook = hook
for target, args in [(lock.release, ()), (int, ("x",)), ({}.pop, ("k",)), (divmod, (1, 0))]:
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()
for item in seen:
    print(item)

# the default hook again: the reports go to stderr
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("alive after join:", t.is_alive())


def python_target():
    int("y")


t = threading.Thread(target=python_target, name="py")
t.start()
t.join()
t = threading.Thread(target=int, args=("z",), name="last")
t.start()
t.join()
print("done")
