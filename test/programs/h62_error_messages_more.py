# Argument Clinic's messages name None itself ("must be str, not None"); deleting a class
# attribute through an instance; int.to_bytes with an absurd length; a tuple nested deep
import sys

def attempt(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, bytes) else len(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: "abc".replace("a", None))
attempt(lambda: "abc".replace(None, "x"))
attempt(lambda: "x".encode(None))
attempt(lambda: "x".encode("utf-8", None))
attempt(lambda: b"x".decode(None))
attempt(lambda: format(1, None))
attempt(lambda: "a".removeprefix(None))
attempt(lambda: "a".removesuffix(3))
attempt(lambda: "a".count(None))
attempt(lambda: str.maketrans("a", None))
attempt(lambda: (1).to_bytes(2, None))
attempt(lambda: int.from_bytes(b"\x01", None))
attempt(lambda: bytes.fromhex(None))
attempt(lambda: sys.stdout.write(None))
attempt(lambda: (1).to_bytes(10**20, "big"))
attempt(lambda: (255).to_bytes(1, "big"))
attempt(lambda: (256).to_bytes(1, "big"))
attempt(lambda: (5).to_bytes(100, "little")[:2])
attempt(lambda: (-129).to_bytes(1, "big", signed=True))
attempt(lambda: (-128).to_bytes(1, "big", signed=True))
attempt(lambda: (0).to_bytes(0, "big"))


class Cache:
    data = None
    __slots__ = ()


class Plain:
    data = None


p = Plain()
try:
    del p.data
except AttributeError as e:
    print("AttributeError", e)
p.data = 1
del p.data
print(p.data)
try:
    del p.data
except AttributeError as e:
    print("AttributeError", e)
try:
    del Cache().data
except AttributeError as e:
    print("AttributeError", e)

t = ()
for _ in range(600):
    t = (t,)
print(hash(t) == hash(t), len(str(t)) > 0 if False else "skip")
