# gilvm-nogil:
# float.fromhex is METH_O in CPython: its count, keyword and non-str messages
class F(float):
    pass
for f in [lambda: float.fromhex(), lambda: float.fromhex("0x1p1", "x"), lambda: float.fromhex(s="0x1p1"),
          lambda: float.fromhex(5), lambda: float.fromhex(None), lambda: float.fromhex(b"0x1"), lambda: (1.0).fromhex(),
          lambda: float.fromhex("0x1.8p1"), lambda: F.fromhex("-0x1p-2"), lambda: type(F.fromhex("0x1")).__name__]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
