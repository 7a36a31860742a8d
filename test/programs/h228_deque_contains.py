# value in deque: a native step per item from the left, identity first, RuntimeError when a comparison changed the deque (CPython's deque_contains)
from collections import deque
d = deque([1, 2, 3])
d.appendleft(0)
print(0 in d, 3 in d, 4 in d, 'x' in d, 2.0 in d)
class E:
    def __init__(self, dq): self.dq = dq
    def __eq__(self, o):
        self.dq.append(9)
        return False
e = deque([5, 6])
try: print(E(e) in e)
except RuntimeError as ex: print('RE', ex)
class F:
    def __eq__(self, o): raise ValueError('boom')
try: print(F() in deque([1]))
except ValueError as ex: print('VE', ex)
nan = float('nan'); print(nan in deque([nan]), float('nan') in deque([nan]))
print(1 in deque(), [1] in deque([[1]]), deque([1]).__contains__(1))
try: deque().__contains__()
except TypeError as ex: print('TE', ex)
class D(deque):
    def __contains__(self, x): return 'sub'
print(5 in D([1]))
big = deque(range(100000)); big.appendleft(-1)
print(99999 in big, -1 in big, 100000 in big)
