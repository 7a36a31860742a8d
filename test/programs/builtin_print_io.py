# print with sep, end, file=sys.stderr and flush; sys.stdout.write; input() at EOF.
# (The test harness gives an empty stdin, so input() raises EOFError.)
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(1, 2, 3, sep="\n")
print()
print("no newline", end="")
print(" -> continued")
print(*range(5), sep=",")
print("x", None, True, 1.5, [1], sep=None)
print("flushed", flush=True)
print("to stderr", file=sys.stderr)
print("stderr, no newline", end="", file=sys.stderr, flush=True)
print(file=sys.stderr)
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("two " + "parts\n")
sys.stdout.flush()
sys.stderr.write("direct stderr line\n")
print("", end="")
print("sep only applies between items", sep="XXX")
print("tab\tand\nnewline in one call")
print("unicode: é ü 世界 🐍")
try:
    print("bad sep", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("bad end", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    value = input("prompt> ")
    print("read", repr(value))
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(print("inner") is None)


class Custom:
    def __str__(self):
        return "custom-str"


print(Custom(), [1, "s"], ("t",), sep=" / ")
print("last line goes to stderr", file=sys.stderr)
