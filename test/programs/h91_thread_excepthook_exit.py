# gilvm-nogil: --workers 2
# sys.exit() inside threading.excepthook ends the thread quietly (CPython's thread_run)
import threading, sys
def hook(a): print("hook"); sys.exit(5)
threading.excepthook = hook
t = threading.Thread(target=lambda: 1/0); t.start(); t.join()
print("main end")
