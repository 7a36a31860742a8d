# Name resolution: LEGB order, global and nonlocal declarations, class scope not
# visible from methods, builtins shadowed and restored, loop variables in functions.
x = "global x"


def read_global():
    return x


def shadow_local():
    x = "local x"
    return x


def enclosing():
    x = "enclosing x"

    def inner():
        return x
    return inner()


print(read_global(), shadow_local(), enclosing(), x)


def set_global():
    global x, brand_new
    x = "rebound by set_global"
    brand_new = "created"


set_global()
print(x, brand_new)
counter = 0


def nested_nonlocal():
    count = 0

    def level1():
        def level2():
            nonlocal count
            count += 10
        level2()
        return count
    return level1(), count


print(nested_nonlocal())


class Scoped:
    attr = "class attr"

    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"

    def via_self(self):
        return self.attr


print(Scoped().method(), "|", Scoped().via_self())


def use_builtin():
    return len("abc")


len = lambda obj: "shadowed len"
print(use_builtin())
del len
print(use_builtin())


def global_in_loop():
    global counter
    for _ in range(5):
        counter += 1


global_in_loop()
print(counter)


def make_funcs():
    result = {}
    for name in ("a", "b"):
        def f(name=name):
            return name
        result[name] = f
    return result


print([f() for f in make_funcs().values()])


def nonlocal_shared():
    value = []

    def add(v):
        value.append(v)

    def rebind():
        nonlocal value
        value = ["rebound"]

    add(1)
    rebind()
    add(2)
    return value


print(nonlocal_shared())
y = 1


def conditional_local(flag):
    if flag:
        y = 2
    return y


print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


class Outer:
    value = 1

    class Inner:
        try:
            seen = value
        except NameError:
            seen = "Outer.value not visible in nested class body"


print(Outer.Inner.seen)
