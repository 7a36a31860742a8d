# bytearray: an empty value deletes an extended slice
ba = bytearray(b"abcdefgh")
ba[::2] = b""
print(ba)
ba = bytearray(b"abcdefgh")
ba[1::3] = []
print(ba)
ba = bytearray(b"abc")
ba[::-1] = b""
print(ba)
try:
    ba = bytearray(b"abcdef")
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
# repr of super objects
class B:
    def who(self):
        return repr(super())
class C(B):
    pass
print(repr(super(B, B())).split(" at ")[0])
print(repr(super(B, B)))
print(C().who())
print(repr(super(int, True)))
# os.environ and os.getenv take str keys only
import os
for f in (lambda: os.environ[5], lambda: os.environ.get(5), lambda: 5 in os.environ, lambda: os.getenv(5), lambda: os.getenv("GILVM_SURELY_UNSET", 3)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
