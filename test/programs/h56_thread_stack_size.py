# _thread.stack_size: remembered and returned as CPython's, with its argument checks
import _thread
import threading
print(_thread.stack_size(), _thread.stack_size(0), _thread.stack_size())
for v in [-1, 2**40, 2**70, 32767, 32768, True, 'a', 1.5]:
    try:
        print(_thread.stack_size(v))
    except Exception as e:
        print(type(e).__name__, e)
print(threading.stack_size())
try:
    _thread.stack_size(1, 2)
except TypeError as e:
    print(e)
print(threading.stack_size(0))
