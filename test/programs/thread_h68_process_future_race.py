# A ProcessPoolExecutor future is completed by the pool's result-handler thread while the
# main thread waits in result(): both find the job done, and exactly one may complete it
# (the other completing it again raised InvalidStateError, 1 run in 6 under --no-gil).
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        total = 0
        for i in range(120):
            f = ex.submit(square, i)
            total += f.result()
        print(total)
