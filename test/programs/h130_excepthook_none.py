# gilvm-nogil:
# threading.excepthook / sys.excepthook set to None: Thread() raises CPython's RuntimeError; a hook set to None after the Thread was made falls back to the one it was made with; a failing threading.excepthook is reported through a user's sys.excepthook
import threading, sys
def f(): raise OSError("x")
seen = []
def myhook(a): seen.append(("my", a.exc_type.__name__))
threading.excepthook = myhook
t = threading.Thread(target=f, name="A")
threading.excepthook = None
t.start(); t.join()
print(seen)
try:
    threading.Thread(target=f)
except RuntimeError as e:
    print("RuntimeError", e)
threading.excepthook = threading.__excepthook__
old = sys.excepthook
sys.excepthook = None
try:
    threading.Thread(target=f)
except RuntimeError as e:
    print("RuntimeError", e)
sys.excepthook = lambda et, ev, tb: print("sys hook:", et.__name__, ev, file=sys.stderr)
def bad(a): raise KeyError("inhook")
threading.excepthook = bad
t = threading.Thread(target=f, name="B"); t.start(); t.join()
sys.excepthook = old
print(threading.Thread(target=f).name)
