# __del__ runs when the last reference goes: del, rebinding, a function's locals at
# return, a container emptied, and at exit for what the main module still holds.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


class Child(Resource):
    pass


r = Resource("a")
del r
x = Resource("b")
x = Resource("c")


def work():
    tmp = Resource("local")
    print("working with", tmp.name)


work()
items = [Resource("item1"), Child("item2")]
items.pop()
items.clear()
print("after clear")
d = {"k": Resource("in-dict")}
d["k"] = None


class Lazy:
    pass


Lazy.__del__ = lambda self: print("lazy gone")
lz = Lazy()
del lz


class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")


b = Bad()
b = None
print("still running")
keeper = Resource("kept until exit")
print("end of program")
