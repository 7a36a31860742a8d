# sys.exit() in a thread ends only that thread: the default threading.excepthook is silent
# about SystemExit, a custom hook sees it.
import sys
import threading


def leave(code):
    sys.exit(code)


t = threading.Thread(target=leave, args=(3,))
t.start()
t.join()
print("after the default hook:", t.is_alive())

seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, args.exc_value.code, args.thread.name))
t = threading.Thread(target=leave, args=(5,), name="leaver")
t.start()
t.join()
print("custom hook saw:", seen)
threading.excepthook = threading.__excepthook__
