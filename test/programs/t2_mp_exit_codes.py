# gilvm-nogil: --workers 2
# multiprocessing: a child's exit code reaches Process.exitcode whatever it is (exit code 4
# was once taken for the VM's internal "retry this call" marker and crashed join()).
import multiprocessing as mp
import sys


def exit_with(code):
    sys.exit(code)


def raise_system_exit(code):
    raise SystemExit(code)


def fail():
    raise RuntimeError("child failed")


if __name__ == "__main__":
    # the exception classes live in multiprocessing.context, as CPython's
    print([cls.__module__ for cls in (mp.ProcessError, mp.TimeoutError, mp.AuthenticationError)])
    for code in (3, 4, None):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print("sys.exit", code, "->", p.exitcode)
    p = mp.Process(target=raise_system_exit, args=(4,))
    p.start()
    p.join(timeout=30)
    print("SystemExit(4) ->", p.exitcode, p.is_alive())
    p = mp.Process(target=fail)
    p.start()
    p.join()
    print("exception ->", p.exitcode)
