# multiprocessing pickles partials, itemgetter/attrgetter, built-in methods and descriptors, and int/str/float subclasses by value (session 33 probe)
import multiprocessing as mp, functools, operator
def f(a, b):
    return a * 10 + b
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
class Flag(int):
    def __init__(self, v):
        self.label = f"flag{v}"
def ident(x):
    return (type(x).__name__, x, getattr(x, "label", None))
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=q.put, args=(functools.partial(f, 1),))
    p.start()
    print(q.get()(2))
    p.join()
    with mp.Pool(2) as pool:
        print(pool.map(functools.partial(f, 1), [2, 3]))
        print(pool.map(operator.itemgetter(0), [(1, 2)]), pool.map(operator.itemgetter(1, 0), [(1, 2)]))
        print(pool.map(operator.attrgetter("real"), [3]), pool.map(operator.attrgetter("real", "imag"), [3]))
        for fn, arg in [(str.upper, "a"), (int.__neg__, 4), ("-".join, "ab"), (dict.fromkeys, "ab"), (list.copy, [1]), (str.split, "a b"), (int.bit_length, 8)]:
            print(pool.map(fn, [arg]))
        print(pool.map(ident, [MyInt(7), MyStr("hi"), MyFloat(2.5), Flag(3), True]))
