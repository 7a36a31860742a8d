# gilvm-nogil: --workers 2
# open(): tell()/seek() in text mode are byte offsets (non-ASCII text, append mode counts
# from the file's size), and the newline argument (reading and writing).
fn = "t25_open_tell.tmp"
with open(fn, "w") as f:
    print(f.tell()); f.write("añb\n"); print(f.tell()); f.write("xyz"); print(f.tell())
with open(fn) as f:
    print(f.readline(), f.tell()); print(f.read(2), f.tell())
    pos = f.tell(); rest = f.read(); f.seek(pos); print(f.read() == rest, f.seek(0), f.read(3), f.tell())
with open(fn, "a") as f:
    print(f.tell()); f.write("é"); print(f.tell())
import os; os.remove(fn)
fn = "t25_open_newline.tmp"
with open(fn, "w", newline="") as f: f.write("a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(fn, newline=nl) as f: print(repr(nl), repr(f.read()))
    with open(fn, newline=nl) as f: print(repr(nl), f.readlines())
with open(fn, "w", newline="\r\n") as f: print(f.write("x\ny\n"))
print(open(fn, "rb").read())
with open(fn, "w", newline="\r") as f: f.write("1\n2")
print(open(fn, "rb").read(), open(fn).read().splitlines())
for bad in ["x", 5]:
    try: open(fn, newline=bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: open(fn, "rb", newline="")
except ValueError as e: print(e)
import os; os.remove(fn)
