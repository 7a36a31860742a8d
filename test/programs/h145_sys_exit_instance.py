# gilvm-nogil:
# sys.exit(status) is PyErr_SetObject(SystemExit, status): a SystemExit instance (or a
# subclass's) is raised as it is, not wrapped in another SystemExit; a tuple is the args
import sys

class MyExit(SystemExit):
    pass

for status in [SystemExit(4), MyExit(6), MyExit('msg', 2), SystemExit(), (1, 2), (5,), ValueError(3), None, 'text']:
    try:
        sys.exit(status)
    except SystemExit as e:
        print(type(e).__name__, repr(e), repr(e.code), e.args, e is status)
e = MyExit(3)
try:
    sys.exit(e)
except MyExit as caught:
    print('same object', caught is e)
sys.exit(SystemExit(7))
