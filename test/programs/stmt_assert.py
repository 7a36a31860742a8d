# assert with and without messages, message evaluated lazily, AssertionError args.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args, str(e) == "")
evaluated = []


def message():
    evaluated.append("msg")
    return "lazy message"


assert True, message()
print("message not evaluated on success:", evaluated)
try:
    assert [], message()
except AssertionError as e:
    print(e, evaluated)
try:
    assert None, ("tuple", "message")
except AssertionError as e:
    print(e.args, e)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args[0] + 1)


def invariant(stack):
    assert isinstance(stack, list), "stack must be a list"
    assert all(a <= b for a, b in zip(stack, stack[1:])), "stack must be sorted"
    return len(stack)


print(invariant([1, 2, 3]))
for bad in ((1, 2), [3, 1]):
    try:
        invariant(bad)
    except AssertionError as e:
        print("invariant failed:", e)
x = 10
assert x == 10
assert (x, "parenthesised tuple is always true") if False else True
print("done")
