# gilvm-nogil:
# sys.set_int_max_str_digits below 4300 (the minimum is 640): str(), repr(), f-strings
# (with ',' / '_' grouping, 'n', 'd'), '%d' and str.format of a 641..4300-digit int raise
# the ValueError (the check was skipped below 2**14000); hex/bin/'e' are not limited
import sys
sys.set_int_max_str_digits(640)
big = 10**640
ok = 10**639
tests = [
    lambda: str(big), lambda: str(-big), lambda: repr(big), lambda: f"{big}", lambda: f"{big:,}", lambda: f"{-big:_}",
    lambda: f"{big:n}", lambda: f"{big:>700d}", lambda: "%d" % big, lambda: "%i" % -big, lambda: "{}".format(big),
    lambda: len(str(ok)), lambda: len(str(-ok)), lambda: len(f"{ok:,}"), lambda: len(hex(big)), lambda: len(f"{big:b}"),
    lambda: f"{10**300:.3e}", lambda: b"%d" % big, lambda: len(str(10**3000)),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except ValueError as e:
        print(i, type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), len("%d" % 10**5000), len(b"%d" % -10**5000), len("%5i|" % 10**5000), len(f"{10**5000:,}"))
sys.set_int_max_str_digits(4300)
print(len(str(10**4299)))
try:
    str(10**4300)
except ValueError as e:
    print(e)
