# threading.excepthook called directly: a value that is no exception is refused as CPython's
# PyErr_Display refuses it (was an internal error), no traceback means no traceback header,
# and an argument that is not ExceptHookArgs is a TypeError.
import threading
threading.excepthook(threading.ExceptHookArgs([KeyError, None, None, threading.Thread(name='m')]))
threading.excepthook(threading.ExceptHookArgs([KeyError, KeyError('x'), None, threading.Thread(name='n')]))
try:
    threading.excepthook(5)
except TypeError as e:
    print(e)
print('end')
