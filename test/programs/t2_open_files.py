# open(): text and binary files, modes, iteration, print(file=), errors with errno;
# every file made here is removed again.
import os
fn = "_t2_open_a.tmp"
with open(fn, "w") as f:
    f.write("line1\nline2\n")
    print("third", file=f)
    f.writelines(["a\n", "b\n"])
with open(fn) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(fn, "a") as f: f.write("appended")
with open(fn, encoding="utf-8") as f:
    for i, line in enumerate(f): print(i, repr(line))
with open(fn) as f: print(f.read(3), f.read())
print(os.path.exists(fn), os.path.getsize(fn) if hasattr(os.path, "getsize") else "")
try: open("/nonexistent/x.txt")
except FileNotFoundError as e: print(e, e.errno, e.filename)
try:
    with open(fn) as f: f.write("x")
except Exception as e: print(type(e).__name__, e)
f = open(fn); f.close()
try: f.read()
except ValueError as e: print(e)
os.remove(fn) if hasattr(os, "remove") else None
print(os.path.exists(fn))
import os
fn = "_t2_open_b.tmp"
f = open(fn, "w")
for i in range(5):
    f.write(f"row {i}\n")
f.close()
with open(fn) as f:
    total = sum(int(line.split()[1]) for line in f)
print(total)
with open(fn, "rb") as f:
    data = f.read()
print(data[:6], type(data).__name__, len(data))
with open(fn, "wb") as f:
    f.write(b"\x00\x01binary")
with open(fn, "rb") as f:
    print(f.read())
try:
    open(fn, "x")
except FileExistsError as e:
    print("exists:", e.errno, e.strerror)
with open(fn, "w") as f:
    print(repr(f)[:40], f.name, f.mode, f.closed, f.writable(), f.readable())
print(f.closed)
try: open(fn, "rw")
except ValueError as e: print(e)
try: open(fn, "z")
except ValueError as e: print(e)
try: open(".")
except IsADirectoryError as e: print(e)
with open(fn, "w") as f:
    f.write("a\nb\nc")
with open(fn, "r+") as f:
    print(f.readline().strip(), f.read())
with open(fn) as f:
    lines = f.read().splitlines()
print(lines)
os.remove(fn)
print(os.path.exists(fn), issubclass(FileExistsError, OSError), IOError is OSError)
