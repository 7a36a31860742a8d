# eval/exec with a locals mapping that is not a dict: names are looked up with
# __getitem__ (a KeyError goes on to the globals, another error is raised), dict
# subclasses' __missing__ answers, `del` goes through __delitem__; the globals messages
# for non-dicts. A text file that is not valid UTF-8 opens, and its first read raises
# UnicodeDecodeError.
import os


class Mapping:
    def __getitem__(self, k):
        if k == "x":
            return 42
        raise KeyError(k)

    def __setitem__(self, k, v):
        print("set", k, v)

    def __delitem__(self, k):
        if k != "y":
            raise KeyError(k)
        print("del", k)


print(eval('x + len("ab")', {}, Mapping()))
exec("z = 5\ndel y", {}, Mapping())
try:
    exec("del q", {}, Mapping())
except NameError as e:
    print("NameError:", e)


class Upper(dict):
    def __missing__(self, k):
        return k.upper()


print(eval("abc", {}, Upper()))
u = Upper(foo=1)
exec("y = foo + 1\nz = bar", {}, u)
print(sorted(u.items()))
for loc in ([1], "ab"):
    try:
        eval("x", {}, loc)
    except TypeError as e:
        print("TypeError:", e)
for g in ([], 5, "ab", (1,), {1: 2}.keys(), range(3)):
    try:
        eval("1", g)
    except TypeError as e:
        print(type(g).__name__, "TypeError:", e)

path = "h60_decode_probe.bin"
with open(path, "wb") as f:
    f.write(b"ok \xff\xfe end\nline2\n")
try:
    with open(path) as f:
        print(f.isatty(), f.errors, f.encoding)
        try:
            print(repr(f.read()))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
    with open(path, encoding="latin-1") as f:
        print(repr(f.read()))
    with open(path) as f:
        for line in f:
            print(repr(line))
finally:
    os.remove(path)
