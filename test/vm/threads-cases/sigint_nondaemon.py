import sys
import time
import threading
stop = False


def worker():
    while not stop:  # never a deadlock: only Ctrl-C (or `stop`) ends the waits on it
        time.sleep(0.02)
    print("worker done", flush=True)


t = threading.Thread(target=worker)  # not a daemon: the end of the run waits for it
t.start()
time.sleep(0.001)  # on the executors from here on: the supervisor handles SIGINT
mode = sys.argv[1]
if mode == "catch":
    try:
        print("ready", flush=True)
        t.join()
    except KeyboardInterrupt:
        print("interrupted; alive:", t.is_alive(), flush=True)
    stop = True
    time.sleep(0.2)
    print("end")
elif mode == "join":
    print("ready", flush=True)
    t.join()
else:
    print("ready", flush=True)
    time.sleep(30)
