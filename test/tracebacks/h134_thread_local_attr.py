# threading.local is CPython's C type _thread._local: an AttributeError from reading a
# missing attribute shows only the caller's frame, not gilvm's Python __getattribute__
import threading

data = threading.local()
data.seen = 1


def lookup():
    return data.missing


print(data.seen)
lookup()
