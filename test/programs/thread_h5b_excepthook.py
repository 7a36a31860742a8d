# Exceptions in threads: the default excepthook prints, the program continues; custom hooks.
import threading
import sys

def boom(n):
    raise ValueError("bad value %d" % n)

t = threading.Thread(target=boom, args=(1,), name="Boom-1")
t.start()
t.join()
print("main continues after", t.name, "alive:", t.is_alive())
sys.stderr.flush()

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
ts = [threading.Thread(target=boom, args=(i,), name="T%d" % i) for i in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
threading.excepthook = old
print(sorted(seen))

class Failing(threading.Thread):
    def run(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            self.error = e
            raise KeyError("wrapped") from e
f = Failing(name="F")
threading.excepthook = lambda a: seen.append(("hook", a.exc_type.__name__, type(a.exc_value.__cause__).__name__))
f.start()
f.join()
threading.excepthook = threading.__excepthook__
print(seen[-1], type(f.error).__name__)

# SystemExit in a thread is silent
def quitter():
    sys.exit(3)
q = threading.Thread(target=quitter)
q.start()
q.join()
print("SystemExit in thread is silent")
t2 = threading.Thread(target=boom, args=(2,), name="Last")
t2.start()
t2.join()
print("done")
