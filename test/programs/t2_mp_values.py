# Values that cross to a child and back: plain data by value, functions and classes by
# reference, instances by class + state, container subclasses, exceptions.
from multiprocessing import Process, Pipe
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque

Point = namedtuple('Point', 'x y')


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'


class Secret:
    def __init__(self, value):
        self.value = value
        self.cache = 'not sent'

    def __getstate__(self):
        return {'value': self.value}

    def __setstate__(self, state):
        self.value = state['value']
        self.cache = 'rebuilt'


class Tagged(list):
    pass


def double(x):
    return 2 * x


def echo(conn):
    while True:
        item = conn.recv()
        if item == 'STOP':
            break
        conn.send(item)


if __name__ == '__main__':
    here, there = Pipe()
    p = Process(target=echo, args=(there,))
    p.start()
    tagged = Tagged([1, 2])
    tagged.label = 'x'
    counts = defaultdict(int)
    counts['a'] += 2
    values = [
        None, True, False, 0, -1, 2**31, -2**100, 3.5, float('inf'), -0.0, '', 'héllo ✓', b'\x00\xff', bytearray(b'ab'),
        (), (1,), [[], {}], {'k': {1: (2, 3)}}, {1, 2, 3}, frozenset('ab'), range(2, 8, 3), slice(None, 5),
        OrderedDict(b=1, a=2), counts, Counter('hello'), Point(1, y=2), deque([1, 2]), tagged,
        Account('ann', 10), Secret(42), double, Account, len, int, ValueError('bad', 7), KeyError('k'),
    ]
    for v in values:
        here.send(v)
        back = here.recv()
        same = back == v or (isinstance(v, (Account, Secret)) and type(back) is type(v))
        print(type(back).__name__, repr(back) if not isinstance(back, (Secret, type(double), type, type(len))) else '', same)
    s = Secret(1)
    here.send(s)
    r = here.recv()
    print(r.value, r.cache, s.cache)
    here.send(tagged)
    print(here.recv().label)
    f = here.send(double) or here.recv()
    print(f is double, f(21))
    e = here.send(ValueError('bad', 7)) or here.recv()
    print(type(e).__name__, e.args)
    here.send('STOP')
    p.join()
    print('exit', p.exitcode)
