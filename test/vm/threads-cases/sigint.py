import sys
import time
import threading
ev = threading.Event()


def waiter():
    while not ev.is_set():  # a timer is pending: never a deadlock, only Ctrl-C ends the join
        time.sleep(0.02)


t = threading.Thread(target=waiter, daemon=True)
t.start()
if sys.argv[1] == "catch":
    try:
        time.sleep(0.001)  # on the executors from here on: the supervisor handles SIGINT
        print("ready", flush=True)
        t.join()
    except KeyboardInterrupt:
        print("caught KeyboardInterrupt in join")
    print("done")
else:
    time.sleep(0.001)
    print("ready", flush=True)
    t.join()
