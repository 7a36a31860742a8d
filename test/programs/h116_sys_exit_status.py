# gilvm-nogil:
# sys.exit(status) raises what PyErr_SetObject(SystemExit, status) makes: SystemExit() for
# None (no argument too), SystemExit(*status) for a tuple (a tuple subclass kept as args)
import sys
class T(tuple): pass
for v in [None, (1, 2), (), (5,), T((7, 8)), T((9,)), [1], "msg", 0, 7]:
    try:
        sys.exit(v)
    except SystemExit as e:
        print(repr(e), e.code, e.args, type(e.args).__name__)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.code, e.args)
try:
    raise KeyError('k')
except KeyError:
    sys.exit((4,))
