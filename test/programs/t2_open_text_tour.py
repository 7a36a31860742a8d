# open() text and binary files: write, append, readline(s), iteration, print(file=),
# r+ mode, errors on closed files and bad modes.
import os
fn = "_t2_sweep_tmp.txt"
with open(fn, "w", encoding="utf-8") as f:
    n = f.write("line one\nline two\n")
    print(n, f.name, f.mode, f.closed, f.encoding)
    f.writelines(["three\n", "four"])
print(f.closed)
with open(fn, "a") as f:
    f.write("\nfive\n")
with open(fn) as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(fn, "r", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(fn) as f:
    print(len(f.read(5)), f.tell() if hasattr(f, 'tell') else 5)
    print(f.read())
f = open(fn)
print(next(f), end="")
print(list(f)[-1])
f.close()
try:
    f.read()
except ValueError as e:
    print("VE", e)
try:
    open("_does_not_exist.txt")
except FileNotFoundError as e:
    print("FNF", e, e.errno, e.filename)
try:
    open(fn, "z")
except ValueError as e:
    print("VE", e)
with open(fn, "w") as f:
    print("via print", 42, file=f)
    print("second", file=f, end="!")
print(open(fn).read())
with open(fn, "r+") as f:
    print(f.read(3))
with open(fn + "2", "x") as f:
    pass
print(os.path.exists(fn), os.path.basename("/a/b/c.txt"), os.path.join("a", "b"), os.path.splitext("x.tar.gz"))
os.remove(fn)
if os.path.exists(fn + "2"): os.remove(fn + "2")
print(os.path.exists(fn))
with open(fn, "w") as f:
    f.write("é ü\n")
with open(fn, encoding="utf-8") as f:
    print(f.read().strip())
with open(fn, "rb") as f:
    print(f.read())
with open(fn, "wb") as f:
    f.write(b"bin\x00\xff")
with open(fn, "rb") as f:
    print(f.read())
os.remove(fn)
with open(fn, "w") as f:
    try:
        f.write(5)
    except TypeError as e:
        print("TE", e)
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
os.remove(fn)
