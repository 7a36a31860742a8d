# gilvm-nogil: --workers 2
# Process basics: names, pids, exit codes, is_alive, daemon flags, terminate.
import multiprocessing
import os
import sys
import time


def greet(name, results):
    proc = multiprocessing.current_process()
    results.put((name, proc.name, os.getpid() != PARENT_PID))


def fail():
    raise RuntimeError("child failed")


def exit_with(code):
    sys.exit(code)


def sleeper():
    time.sleep(10)


PARENT_PID = os.getpid()

if __name__ == "__main__":
    print("main process:", multiprocessing.current_process().name)
    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=greet, args=(n, results), name=f"greeter-{n}")
             for n in ["x", "y", "z"]]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(sorted(results.get() for _ in procs))
    print("exitcodes:", [p.exitcode for p in procs])
    print("alive:", [p.is_alive() for p in procs])

    p = multiprocessing.Process(target=exit_with, args=(3,))
    p.start(); p.join()
    print("sys.exit(3) ->", p.exitcode)
    p = multiprocessing.Process(target=exit_with, args=("message",))
    p.start(); p.join()
    print("sys.exit('message') ->", p.exitcode)

    p = multiprocessing.Process(target=sleeper, daemon=True)
    print("before start:", p.exitcode, p.is_alive())
    p.start()
    print("started alive:", p.is_alive(), "daemon:", p.daemon)
    p.terminate()
    p.join()
    print("terminated exitcode:", p.exitcode)

    p = multiprocessing.Process(target=sleeper)
    p.start()
    p.join(timeout=0.05)
    print("join timeout still alive:", p.is_alive(), p.exitcode)
    p.kill()
    p.join()
    print("killed:", p.exitcode)
    print("active children:", multiprocessing.active_children())
    sys.stdout.flush()
    p = multiprocessing.Process(target=fail, name="failing")
    p.start(); p.join()
    print("failing exitcode:", p.exitcode)
