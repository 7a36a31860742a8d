# uncaught format-spec error after some output
rows = [("alpha", 1.5, 10), ("beta", -2.25, 200), ("gamma", 1e10, -3)]
for name, f, n in rows:
    print(f"{name:<8}|{f:>12.3f}|{n:+05d}|{n:#06x}|{f:e}")
print("{:>10}".format("done"))
print(format(2.5, "d"))
