# keys() and items() views compare with sets and with each other as sets do.
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.keys() != {"a"}, d.keys() < {"a", "b", "c"}, d.keys() <= {"a"})
print(d.items() == {("a", 1), ("b", 2)}, d.items() > {("a", 1)})
print(d.keys() == {"b": 0, "a": 0}.keys(), d.keys() == ["a", "b"], d.values() == d.values())
print(d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"]), d.items().isdisjoint({("a", 2)}))
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}))
