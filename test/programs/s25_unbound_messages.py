# Calling a built-in type's method without its instance: CPython names the method by the
# type's qualified name (deque.popleft, not collections.deque.popleft).
from collections import deque

calls = [
    lambda: deque.popleft(),
    lambda: deque.append(),
    lambda: deque.appendleft(),
    lambda: deque.append(1, 2),
    lambda: deque().append(),
    lambda: list.append(),
    lambda: dict.get(),
    lambda: str.upper(),
    lambda: set.add(),
    lambda: bytes.hex(),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(e)
print(repr(deque.append))
print(repr(deque().append).split(" object at ")[0])
