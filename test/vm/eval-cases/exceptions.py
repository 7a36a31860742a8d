try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e, type(e).__name__)
try:
    {}['k']
except KeyError as e:
    print("key", e)
finally:
    print("finally")
class MyErr(Exception):
    pass
try:
    try:
        raise MyErr("one")
    except MyErr:
        x = [][1]
except IndexError as e:
    print(type(e.__context__).__name__, e)
for bad in ["1 + 'a'", "undefined", "[].pop()", "int('x')", "None.attr"]:
    try:
        eval_like = {"1 + 'a'": lambda: 1 + 'a', "undefined": lambda: undefined, "[].pop()": lambda: [].pop(), "int('x')": lambda: int('x'), "None.attr": lambda: None.attr}[bad]
        eval_like()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(n):
    if n == 0:
        raise ValueError("bad value")
    return f(n - 1)
def g():
    try:
        f(2)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
g()
