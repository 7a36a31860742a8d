# C.__dict__ is a read-only mappingproxy; changes go through setattr (type cache stays right)
class A:
    x = 1

    def f(self):
        return 2


mp = A.__dict__
print(type(mp).__name__, type(mp), "x" in mp, mp["x"], mp.get("f").__name__, mp.get("nope", "-"))
print(isinstance(mp, dict), len(mp) > 2, sorted(k for k in mp if not k.startswith("__")))
for op in ("set", "del"):
    try:
        if op == "set":
            mp["x"] = 2
        else:
            del mp["x"]
    except TypeError as e:
        print("TypeError:", e)
print(dict(mp)["x"], mp == A.__dict__, mp.copy()["x"], [k for k, v in mp.items() if k == "x"])
a = A()
print(a.x)
A.x = 7
print(A.__dict__["x"], a.x, A().x)
setattr(A, "y", 8)
print(a.y, "y" in A.__dict__, vars(A)["y"])
del A.y
print(hasattr(a, "y"), "y" in vars(A))


class B(A):
    pass


print("x" in B.__dict__, B.x, sorted(k for k in vars(B) if not k.startswith("__")))
try:
    A.__dict__.x = 1
except AttributeError as e:
    print("AttributeError:", e)
for i in range(3):
    A.x = i
    print(A.__dict__["x"], a.x, end=" ")
print()
