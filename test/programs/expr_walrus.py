# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)
values = [y for x in data if (y := x * x) > 10]
print(values, y)          # y leaks to the enclosing scope
print([last := i for i in range(4)], last)
total = 0
print([total := total + x for x in data], total)


def f(x):
    return x * 10


print([(v := f(i), v + 1) for i in range(3)])
print((z := 5) * 2, z)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(stack, top)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)


def outer():
    [inner := k for k in "xyz"]
    return inner


print(outer())
m = {"a": 1}
if (val := m.get("b")) is None:
    print("missing b, val =", val)
print(max(data, key=lambda q: (r := q % 5, -q)), (w := 1, 2))
