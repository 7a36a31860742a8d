# An uncaught KeyboardInterrupt (raised by the program itself) ends it with status 130,
# after the traceback; a caught one is an ordinary exception.
try:
    raise KeyboardInterrupt("first")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
print("raising again")
raise KeyboardInterrupt
