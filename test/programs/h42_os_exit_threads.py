# gilvm-nogil: --workers 2
# os._exit from a worker thread and from a child process: the status is the process's,
# no finally block, no __del__, no SystemExit handling (unlike sys.exit in a thread).
import multiprocessing as mp
import os
import sys
import threading
import time


class Resource:
    def __del__(self):
        print("__del__ must not run at os._exit")


def child_exits():
    try:
        os._exit(7)
    finally:
        print("child finally must not run")


def child_thread_exits():
    t = threading.Thread(target=lambda: os._exit(9))
    t.start()
    t.join()
    print("child main must not continue")


def quiet_sys_exit():
    sys.exit(5)  # in a thread: ends only that thread, silently


def watchdog():
    time.sleep(0.05)
    print("watchdog: giving up", flush=True)
    try:
        os._exit(4)
    finally:
        print("thread finally must not run")


if __name__ == "__main__":
    keep = Resource()
    p = mp.Process(target=child_exits)
    p.start(); p.join()
    print("child exitcode:", p.exitcode)
    p = mp.Process(target=child_thread_exits)
    p.start(); p.join()
    print("child (thread) exitcode:", p.exitcode)
    t = threading.Thread(target=quiet_sys_exit)
    t.start(); t.join()
    print("sys.exit in a thread ended only the thread")
    threading.Thread(target=watchdog).start()
    try:
        time.sleep(5)
        print("main must not wake up")
    finally:
        print("main finally must not run")
