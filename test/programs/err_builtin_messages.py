# The runtime's own exceptions with CPython's exact messages, each caught and printed
# as `type(e).__name__, e`.
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


class Widget:
    size = 1


five = 5
nothing = None
one_list = [1]
text = "abc"


def import_missing():
    import no_such_module_zz


def use_before_assign():
    total += 1
    total = 0


def use_before_assign_read():
    print(value)
    value = 1


show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: 3 * None)
show(lambda: "x" * 2.0)
show(lambda: undefined_variable)
show(use_before_assign)
show(use_before_assign_read)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: divmod(1, 0))
show(lambda: [1, 2, 3][3])
show(lambda: [][-1])
show(lambda: (1,)[5])
show(lambda: "abc"[10])
show(lambda: {"a": 1}["b"])
show(lambda: {1: 0}[2])
show(lambda: {(1, "x"): 0}[(2, "y")])
show(lambda: Widget().colour)
show(lambda: Widget.colour)
show(lambda: (5).foo)
show(lambda: [].push(1))
show(lambda: int("x"))
show(lambda: int("3.5"))
show(lambda: float("one"))
show(lambda: next(iter([])))
show(lambda: [1, 2].index(5))
show(lambda: "abc".index("z"))
show(lambda: list.remove([], 0))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: len(42))
show(lambda: abs("a"))
show(lambda: iter(3))
show(lambda: five())
show(lambda: nothing[0])
show(lambda: five[0])
show(lambda: {}[[]])
show(lambda: hash([]))
show(lambda: "a" < 1)
show(lambda: [] > {})
show(lambda: -"a")
show(lambda: chr("a"))
show(lambda: ord(""))
show(lambda: "{}{}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "%d" % "s")
show(lambda: "%s %s" % (1,))
show(lambda: (lambda a: a)())
show(lambda: (lambda: 0)(1))
show(lambda: (lambda *, k: k)(1))
show(lambda: dict(1))
show(lambda: one_list[1.0])
show(lambda: text["x"])
show(lambda: range(3)[5])
show(lambda: tuple(5))
show(lambda: max())
show(lambda: 2 ** 10000 * 1.0)
show(lambda: 10 ** 400 / 1)
show(lambda: round(float("inf")))
show(lambda: "a".join(["b", 3]))
show(lambda: sum([1], "s"))
show(lambda: isinstance(1, "int"))
show(lambda: getattr(object(), "x"))
show(lambda: setattr(1, "x", 2))
show(lambda: ValueError.xyz)
show(import_missing)
