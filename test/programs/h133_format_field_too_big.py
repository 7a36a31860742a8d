# gilvm-nogil:
# str.format / format_map: a field number or [index] of digits beyond Py_ssize_t is
# "Too many decimal digits in format string" (it was an IndexError), raised before the
# numbering-switch and positional-field checks; a large index that fits is an int key
big = "9" * 20
class Keys(dict):
    def __missing__(self, k): return "missing " + repr(k)
tests = [
    lambda: ("{" + big + "}").format(1), lambda: ("{0[" + big + "]}").format([1]), lambda: ("{}{" + big + "}").format(1, 2),
    lambda: ("{" + big + ".real}").format(1), lambda: ("{" + big + "}").format_map({}), lambda: ("{x[" + big + "]}").format_map({"x": {}}),
    lambda: "{9223372036854775807}".format(1), lambda: "{9223372036854775808}".format(1), lambda: "{0[9223372036854775808]}".format({}),
    lambda: "{0[1000000000000000001]}".format({1000000000000000001: "int key"}), lambda: "{0[9223372036854775807]}".format(Keys()),
    lambda: "{0[00000000000000000000000000001]}".format(["a", "b"]), lambda: "{000000000000000000000000}".format("zero"),
    lambda: "{x[12345678901234567890123]}".format(x=Keys()), lambda: "{0[1x]}".format(Keys()), lambda: ("{:" + big + "}").format(1),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except (ValueError, IndexError, KeyError) as e:
        print(i, type(e).__name__, e)
