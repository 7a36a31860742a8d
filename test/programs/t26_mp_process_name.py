# gilvm-nogil: --workers 2
# A multiprocessing.Process subclass is named after its class (Worker-1), as CPython's
# BaseProcess does; sys.setswitchinterval checks its argument's type.
import multiprocessing as mp
import sys


class Worker(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n

    def run(self):
        self.q.put((self.n, self.name, mp.current_process().name))


if __name__ == "__main__":
    q = mp.Queue()
    ws = [Worker(q, i) for i in range(3)]
    print([w.name for w in ws])
    for w in ws:
        w.start()
    print(sorted(q.get() for _ in ws))
    for w in ws:
        w.join()
    print(mp.Process(target=print).name)
    print(mp.Process(target=print, name="custom").name)
    for bad in ["x", None, [1]]:
        try:
            sys.setswitchinterval(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        sys.setswitchinterval()
    except TypeError as e:
        print("TypeError", e)
    for bad in [0, -1, 0.0]:
        try:
            sys.setswitchinterval(bad)
        except ValueError as e:
            print("ValueError", e)
    sys.setswitchinterval(True)
    print(sys.getswitchinterval())
    sys.setswitchinterval(0.005)
    print(sys.getswitchinterval())
