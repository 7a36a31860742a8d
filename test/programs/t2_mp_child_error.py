# An uncaught exception in a child: the child prints "Process Process-1:" and the
# traceback on stderr, its exit code is 1; the parent goes on.
from multiprocessing import Process


def fail(n):
    raise ValueError(f'child {n} failed')


if __name__ == '__main__':
    p = Process(target=fail, args=(1,))
    p.start()
    p.join()
    print('exitcode', p.exitcode, p.is_alive())
