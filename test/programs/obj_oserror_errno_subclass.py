# OSError(errno, strerror[, filename]) creates the subclass of the errno, as CPython does
for args in [(2, "No such file"), (13, "denied", "f.txt"), (17, "exists"), (999, "weird"), (2,), ("2", "x"), (110, "timed out")]:
    e = OSError(*args)
    print(type(e).__name__, e, e.args, isinstance(e, OSError))
try:
    raise OSError(2, "No such file or directory", "data.txt")
except FileNotFoundError as e:
    print("caught FNF", e.errno, e.strerror, e.filename)
print(type(FileNotFoundError(13, "x")).__name__)
