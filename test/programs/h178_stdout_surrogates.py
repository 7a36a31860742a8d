# gilvm-nogil:
# Writing a lone surrogate to stdout raises CPython's UnicodeEncodeError (print after the pieces
# before it, sys.stdout.write, writelines); an uncaught one ends the program with exit 1.
import sys
s = "\ud800"
print(len(s), repr(s), ascii(s))
for t in ("\ud800", "ab\udc00\ud800x", "\udfff"):
    try:
        print("x", t)
    except UnicodeEncodeError as e:
        print(repr(e), e.start, e.end, e.reason)
try:
    sys.stdout.write("\udfff")
except UnicodeEncodeError as e:
    print(e)
try:
    sys.stdout.writelines(["ok\n", "\ud801"])
except UnicodeEncodeError as e:
    print(e)
print("fine \U0001f600", "é")
print(s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"))
print(s)
