# A daemonic process may not start children (CPython's AssertionError), a Pool worker included
import multiprocessing as mp
def inner(x):
    return x + 1
def outer(x):
    with mp.Pool(2) as p:
        return p.map(inner, [x])
def child():
    p = mp.Process(target=inner, args=(1,))
    try:
        p.start()
        p.join()
        print("started")
    except AssertionError as e:
        print("AssertionError:", e)
if __name__ == "__main__":
    d = mp.Process(target=child, daemon=True)
    d.start(); d.join()
    n = mp.Process(target=child)
    n.start(); n.join()
    with mp.Pool(1) as p:
        print(p.map(outer, [1]))
