import os

path = f"h40_file_report_{os.getpid()}.tmp"
rows = [("alice", 34, 72.5), ("bob", 29, 88.0), ("carol", 41, 65.25)]
with open(path, "w") as fh:
    fh.write("name,age,score\n")
    for r in rows:
        print(*r, sep=",", file=fh)
    fh.writelines(["dave,22,90.0\n", "# comment\n"])
with open(path) as fh:
    header = fh.readline().strip().split(",")
    records = []
    for line in fh:
        if line.startswith("#"):
            continue
        name, age, score = line.rstrip("\n").split(",")
        records.append({"name": name, "age": int(age), "score": float(score)})
print(header, len(records))
for r in sorted(records, key=lambda r: r["score"], reverse=True):
    print(f"{r['name']:<8}{r['age']:>4}{r['score']:>8.2f}")
with open(path, "a") as fh:
    fh.write("eve,50,70\n")
with open(path, "r", encoding="utf-8") as fh:
    content = fh.read()
print(content.count("\n"), repr(content[-10:]), len(content.splitlines()))
with open(path) as fh:
    print(fh.readlines()[1:3])
with open(path) as fh:
    print(fh.read(4), fh.read(5), fh.closed)
print(fh.closed, os.path.exists(path), os.path.basename("/a/b/c.txt"), os.path.join("a", "b"), os.path.splitext("x.tar.gz"))
try:
    fh.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
print(os.path.exists(path))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
except OSError as e:
    print("OSError", e)
with open(path, "w") as fh:
    n = fh.write("héllo\nwörld")
print(n)
with open(path) as fh:
    for i, line in enumerate(fh, 1):
        print(i, repr(line))
os.remove(path)
open("definitely_missing_file.txt")
