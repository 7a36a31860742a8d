# print's paths to stdout: short ASCII lines copied into the output buffer, non-ASCII text,
# long lines, lines that cross the buffer's end, sep/end, stderr interleaved, file objects
import sys

for i in range(3):
    print(i, -i, i * 2.5, True, None, "ascii", sep=" | ")
print("naïve café", "☃", "𝄞", sep="·", end="¶\n")
print("x" * 700)
print("é" * 300 + "tail")
for i in range(4000):
    # ~70 KB in all: several buffer flushes fall inside lines
    print("line %05d" % i, "abcdefghij" * (i % 3), "é" if i % 997 == 0 else "")
print("no newline", end="")
print(" ... continued")
print()
print("", end="")
print(*range(12), sep=",")
print("a", "b", sep="", end="\n\n")
sys.stdout.write("direct write\n")
sys.stdout.write("mixé\n")
print("to stderr", file=sys.stderr)
print("after stderr")

class Counting:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append("<flush>")

c = Counting()
print("one", 2, 3.0, file=c, sep="-", flush=True)
print(c.calls)

class Bad:
    def __str__(self):
        raise ValueError("no str")

c2 = Counting()
try:
    print("before", Bad(), "after", file=c2)
except ValueError as e:
    print("ValueError", e, c2.calls)
try:
    print("kept", 1, Bad())
except ValueError as e:
    print()
    print("ValueError", e)

saved = sys.stdout
sys.stdout = Counting()
print("captured", 42)
captured = sys.stdout.calls
sys.stdout = saved
print("captured calls:", captured)
print(2 ** 100, -2 ** 64, 1e300, -0.0, float("inf"), 1 / 3, [1, "x"], {"k": (1,)})
print(*["é", "e"], sep="\n")
