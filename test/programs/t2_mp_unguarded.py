# A multiprocessing script without the `if __name__ == '__main__':` guard, as learners
# write it on Linux (fork): the children must not re-run the top-level code (no repeated
# prints, no recursive process start), and top-level prints appear once.
from multiprocessing import Process, Pool, Queue
print('top of script')


def square(x):
    return x * x


def report(q, name):
    q.put(f'hello from {name}')


q = Queue()
p = Process(target=report, args=(q, 'child'))
p.start()
print(q.get())
p.join()
print('exitcode', p.exitcode)

with Pool(2) as pool:
    print(pool.map(square, range(6)))
print('end of script')
