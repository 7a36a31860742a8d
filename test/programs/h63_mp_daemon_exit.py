# At the main program's end daemonic children are terminated before the non-daemonic ones
# are waited for (CPython's multiprocessing exit handler): the daemon never sees the event
# the non-daemon child sets after that.
import time
from multiprocessing import Event, Process


def daemon_job(ev):
    ev.wait()
    print("daemon saw the event (CPython never prints this)", flush=True)


def normal_job(ev):
    time.sleep(0.3)
    ev.set()
    time.sleep(0.3)
    print("normal finished", flush=True)


if __name__ == '__main__':
    ev = Event()
    d = Process(target=daemon_job, args=(ev,), daemon=True)
    n = Process(target=normal_job, args=(ev,))
    d.start()
    n.start()
    print("main done", flush=True)
