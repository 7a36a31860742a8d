# gilvm: -u
# With unbuffered stdout (python3 -u, PYTHONUNBUFFERED; gilvm -u), what a Pool worker
# prints is written before the pool ends it, and a child's lines come among the parent's
# in the order they were printed.
import multiprocessing
import time


def work(x):
    print("in worker", x)
    return x * x


def child(tag):
    time.sleep(0.2)
    print("child", tag)


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print("pool result", pool.apply(work, (3,)))
    print("parent start")
    p = multiprocessing.Process(target=child, args=("a",))
    p.start()
    print("parent after start")
    p.join()
    print("parent after join", p.exitcode)
