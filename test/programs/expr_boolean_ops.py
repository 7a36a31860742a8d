# and/or short-circuit and return one of their operands; not returns a bool.
trace = []


def t(value, label):
    trace.append(label)
    return value


print(0 or "default", "" or [] or None, 5 or 6, [] and 1, 3 and 4, None and 1 / 0)
print(t(0, "a") and t(1, "b"), trace)
trace.clear()
print(t(1, "a") or t(1, "b"), trace)
trace.clear()
print(t(1, "a") and t(0, "b") or t(2, "c"), trace)
trace.clear()
print(t(0, "a") or t(0, "b") or t("", "c"), trace)
print(not 0, not 1, not "", not "x", not [], not None, not 0.0, not {}, not set())
print(bool(0), bool(-1), bool(0.0), bool("0"), bool([0]))


class Truthy:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print("bool called", self.flag)
        return self.flag

    def __repr__(self):
        return f"Truthy({self.flag})"


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(Truthy(False) or "fallback")
print(Truthy(True) and "next")
print(not Truthy(True))
print(bool(Sized(0)), bool(Sized(3)), Sized(0) or "empty")
x = None
name = x or "anonymous"
print(name)
values = [0, 1, 2, 0, 3]
print([v or -1 for v in values], [v and v * 10 for v in values])
print(all([]), any([]), all([1, 2]), any([0, ""]), all(x > 0 for x in [1, -1]))
if 1 and not 0 and (0 or 2):
    print("compound condition true")
while "" or 0:
    print("never")
print(1 if Truthy(False) else 2)
