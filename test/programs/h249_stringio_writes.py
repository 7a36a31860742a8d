# io.StringIO writes: appends at the end (the fast path), after getvalue(), after a seek
# into the middle (overwrite), past the end (NUL fill), with newline translation, on a
# closed buffer, and with a non-str argument, in CPython's order of checks.
import io

b = io.StringIO()
for i in range(1000):
    b.write(str(i % 10))
print(len(b.getvalue()), b.getvalue()[:12], b.tell())
b.write("END")
print(b.getvalue()[-6:], b.tell())
b.seek(2)
print(b.write("xy"), b.getvalue()[:8], b.tell())
b.write("z")
print(b.getvalue()[:8], b.tell(), len(b.getvalue()))
b.seek(0, 2)
b.write("!")
print(b.getvalue()[-4:])
c = io.StringIO("abc")
c.seek(6)
c.write("q")
print(repr(c.getvalue()))
d = io.StringIO(newline=None)
d.write("a\r\nb\rc\n")
print(repr(d.getvalue()))
e = io.StringIO(newline="\r\n")
e.write("1\n2\n")
print(repr(e.getvalue()))
f = io.StringIO("start", newline="")
f.write("X\r\n")
print(repr(f.getvalue()), f.tell())
g = io.StringIO()
print(g.write(""), g.write("héllo"), g.getvalue(), g.tell())
for bad in (lambda: g.write(5), lambda: g.write(b"x")):
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
g.close()
for bad in (lambda: g.write("x"), lambda: g.write(5)):
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
class Log(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
h = Log()
print(h.write("abc"), h.getvalue(), file=h)
print(repr(h.getvalue()))
