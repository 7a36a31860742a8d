# sys.intern returns the one interned str equal to its argument
import sys
a = sys.intern("hello world!")
b = sys.intern("".join(["hello", " world!"]))
print(a is b, a == "hello world!")
c = "".join(["x", "y"])
print(sys.intern(c) is c)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
class S(str):
    pass
try:
    sys.intern(S("abc"))
except TypeError as e:
    print(e)
d = {sys.intern("key" + str(1)): 1}
print(d["key1"])
