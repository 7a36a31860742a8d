# open() in text mode: tell()/seek() count the bytes of each "\r\n" read as "\n", and errors= is the codec error handler for reading and writing
import os
path = f"h65_io_newlines_errors_{os.getpid()}.tmp"
with open(path, "wb") as f:
    f.write(b"ab\r\ncd\r\nef\r\ngh\rij\nkl")
with open(path) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell())
    print(repr(f.read(2)), f.tell())
    f.seek(4)
    print(repr(f.readline()), f.tell())
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.read(3)), f.tell())
    print(f.readlines())
with open(path, "w", encoding="utf-8") as f:
    f.write("caf\u00e9\r\nna\u00efve\r\nend\n")
with open(path, newline="") as f:
    print(repr(f.readline()), f.tell())
with open(path) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
with open(path, encoding="ascii", errors="replace") as f:
    print(repr(f.read()), f.errors)
with open(path, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("x\u00e9y\n")
    print(f.errors)
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, encoding="ascii", errors="strict") as f:
        f.write("\u00e9")
except Exception as e:
    print(type(e).__name__)
try:
    open(path, errors=5)
except TypeError as e:
    print(e)
os.remove(path)
