# gilvm-nogil:
# Text files: seek in "w" mode then write over what was written, seek / tell results as
# byte offsets (utf-8), text seek's argument errors, truncate, buffering=1 line buffering,
# write(None)'s message, append mode ignoring seeks, binary seeks; and sys.stdin.readlines().
import os, sys
print(sys.stdin.readlines())
P = f'/tmp/gilvm-h208-{os.getpid()}-'  # per run: both modes may run at once
with open(P + "r3.txt", "w") as f:
    f.write("abc")
    print(f.seek(0))
    f.write("X")
    print(f.tell())
print(open(P + "r3.txt").read())
with open(P + "r3b.txt", "w") as f:
    f.write("hello world")
    f.seek(6)
    f.write("W")
    f.write("ORLD!!")
    print(f.seek(0, 2), f.tell())
    f.write("?")
print(open(P + "r3b.txt").read())
with open(P + "r2.txt", "w", encoding="utf-8") as f:
    f.write("é\n")
    print(f.seek(0, 2))
with open(P + "r2.txt", encoding="utf-8") as f:
    print(f.seek(0, 2), f.tell())
with open(P + "r2.txt", encoding="utf-8") as f:
    for bad in ((-1, 0), (1, 1), (-1, 2), (0, 3)):
        try:
            print(f.seek(*bad))
        except Exception as e:
            print(type(e).__name__, e)
open(P + "r5.txt", "w").write("hello world")
with open(P + "r5.txt", "r+") as f:
    print(f.truncate(5), f.read(), f.tell())
    f.seek(2)
    print(f.truncate(), f.tell())
print(repr(open(P + "r5.txt").read()))
with open(P + "r5.txt", "w") as f:
    f.write("abcdef")
    print(f.truncate(3))
    f.write("Z")
print(repr(open(P + "r5.txt").read()))
with open(P + "r21.txt", "w", buffering=1) as g:
    g.write("line\n")
    print(repr(open(P + "r21.txt").read()), g.line_buffering)
    g.write("partial")
    print(repr(open(P + "r21.txt").read()))
try:
    open(P + "r22.txt", "w", buffering=0)
except ValueError as e:
    print(e)
with open(P + "r6.txt", "w") as f:
    for v in (None, 5):
        try:
            f.write(v)
        except TypeError as e:
            print(e)
with open(P + "r7.txt", "a") as f:
    f.write("x")
    f.seek(0)
    f.write("y")
print(open(P + "r7.txt").read()[-2:])
with open(P + "r8.txt", "wb") as f:
    f.write(b"abcdef")
    f.seek(1)
    f.write(b"Z")
    print(f.seek(-2, 2), f.tell())
print(open(P + "r8.txt", "rb").read())
print(open(P + "r3.txt").line_buffering)
for name in ("r3", "r3b", "r2", "r5", "r21", "r22", "r6", "r7", "r8"):
    if os.path.exists(P + name + ".txt"):
        os.remove(P + name + ".txt")
