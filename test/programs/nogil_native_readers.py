# gilvm-nogil: --workers 2
# Natives reading a list / dict / set given as an argument (sum, str.join, dict(d),
# sorted, max, list(d.items())) while other threads append, pop and update the
# same containers. Every read must see a consistent container: only the values the
# writers ever store, sizes within the bounds the writers keep, no crash.
import threading

lst = [1] * 50
words = ["a"] * 50
d = {i: i for i in range(50)}
s = set(range(50))
problems = []
ROUNDS = 3000


def writer(k):
    for i in range(ROUNDS):
        lst.append(1)
        words.append("a")
        d[1000 + k * ROUNDS + i] = 1000 + k * ROUNDS + i
        s.add(1000 + k * ROUNDS + i)
        if len(lst) > 60:
            lst.pop()
            words.pop()
        if i % 3 == 0:
            d.pop(1000 + k * ROUNDS + i, None)
            s.discard(1000 + k * ROUNDS + i)


def reader():
    for i in range(ROUNDS // 3):
        total = sum(lst)
        if not 1 <= total <= 200:
            problems.append(("sum", total))
        joined = "".join(words)
        if set(joined) != {"a"}:
            problems.append(("join", joined[:10]))
        copy = dict(d)
        for key, value in list(copy.items())[:20]:
            if key != value:
                problems.append(("dict", key, value))
        if max(lst) != 1 or min(lst) != 1:
            problems.append(("max/min",))
        snapshot = sorted(s)
        if snapshot[:50] != list(range(50)):
            problems.append(("sorted",))


threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("problems:", problems[:5])
print("list all ones:", set(lst) == {1})
print("dict keys == values:", all(k == v for k, v in d.items()))
print("dict size:", len(d) == 50 + 2 * (ROUNDS - (ROUNDS + 2) // 3))
print("set size:", len(s) == 50 + 2 * (ROUNDS - (ROUNDS + 2) // 3))
