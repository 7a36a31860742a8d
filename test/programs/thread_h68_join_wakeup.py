# More CPU-bound threads than executors while the main thread waits on child processes:
# its timed polls must keep waking it. Under --no-gil a poll's deadline could be dropped by
# another executor's timer scan between the thread's block and its park, and the main
# thread then slept forever in Process.join() (or mp.Queue.get, Pipe.recv).
import multiprocessing as mp
import threading

stop = False


def spin():
    while not stop:
        pass


def send(q, i):
    q.put(i * i)


if __name__ == '__main__':
    spinners = [threading.Thread(target=spin) for _ in range(3)]
    for t in spinners:
        t.start()
    q = mp.Queue()
    codes = []
    for i in range(16):
        p = mp.Process(target=send, args=(q, i))
        p.start()
        p.join()
        codes.append(p.exitcode)
    got = sorted(q.get() for _ in range(16))
    stop = True
    for t in spinners:
        t.join()
    print(codes)
    print(got)
