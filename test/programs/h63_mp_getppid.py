# os.getppid() in a multiprocessing child is its parent's os.getpid().
import os
from multiprocessing import Process, Queue
def info(q):
    q.put((os.getpid() != PARENT, os.getppid() == PARENT))
if __name__ == '__main__':
    PARENT = os.getpid()
    q = Queue()
    p = Process(target=info, args=(q,)); p.start(); p.join()
    print(q.get())
