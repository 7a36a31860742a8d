# gilvm-nogil:
# input() reads through sys.stdin once the program uses it or replaces it (CPython's non-terminal path): after sys.stdin.read(n)/readline(), from an io.StringIO, bytes from readline, lost sys.stdin, a closed sys.stdin
import sys, io
print(repr(sys.stdin.read(3)))
print(repr(input()))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("it", repr(line))
    break
print(repr(input("p:")))
first = sys.stdin.readline()
print("first", repr(first))
print("input", repr(input("q? ")))
sys.stdin = io.StringIO("from stringio\nsecond\n")
print(repr(input("prompt> ")))
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOF", e)
out = io.StringIO()
sys.stdout = out
x = input("hidden prompt") if False else None
sys.stdout = sys.__stdout__
class R:
    def readline(self):
        return b"bytes"
sys.stdin = R()
print(input())
class N:
    def readline(self):
        return 5
sys.stdin = N()
try:
    input()
except TypeError as e:
    print(e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = sys.__stdin__
print(repr(input()))
sys.stdin.close()
try:
    input("closed? ")
except ValueError as e:
    print(e)
