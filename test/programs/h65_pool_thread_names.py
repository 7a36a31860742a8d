# Thread-N names after a multiprocessing Pool and a ThreadPool: CPython's pools start three handler threads after their workers, which take three numbers
import threading, multiprocessing as mp
from multiprocessing.pool import ThreadPool
def who(x):
    return threading.current_thread().name
if __name__ == "__main__":
    with mp.Pool(1) as p:
        p.map(abs, [1])
    print(threading.Thread(target=abs).name)
    with ThreadPool(2) as tp:
        names = sorted(set(tp.map(who, range(20))))
    print(threading.Thread(target=abs).name)
    print(threading.Thread().name)
