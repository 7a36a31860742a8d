# gilvm-nogil: --workers 2
# Exit codes of forked children: a normal end (0), sys.exit(3), sys.exit(None), sys.exit
# with a message (1, the message on stderr), and an uncaught exception last (1, with
# "Process Process-N:" and the traceback on the child's stderr: its last line is this
# program's last stderr line); the parent goes on after each.
import multiprocessing as mp
import sys


def fine():
    print('fine ran', flush=True)


def leave(code):
    sys.exit(code)


def fail(n):
    raise ValueError(f'child {n} failed')


if __name__ == '__main__':
    for target, args in [(fine, ()), (leave, (3,)), (leave, (None,)), (leave, (0,))]:
        p = mp.Process(target=target, args=args)
        p.start(); p.join()
        print(p.name, 'exitcode', p.exitcode)
    p = mp.Process(target=leave, args=('bye from child',))
    p.start(); p.join()
    print('message exitcode', p.exitcode)
    p = mp.Process(target=fail, args=(7,))
    p.start(); p.join()
    print('failed exitcode', p.exitcode, 'alive', p.is_alive())
