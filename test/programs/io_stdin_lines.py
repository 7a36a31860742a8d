# sys.stdin (made on first use) shares standard input with input(): readline with and
# without a size, read(n), iteration, readlines, read() to the end; '\r\n' is not
# translated (POSIX); PEP 562 module __getattr__ (mod_lazy_getattr.py)
import sys
import mod_lazy_getattr
print(mod_lazy_getattr.x, mod_lazy_getattr.dyn)
try:
    mod_lazy_getattr.bad
except AttributeError as e:
    print("AttributeError:", e)
print(sys.stdin is sys.__stdin__, type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode, sys.stdin.fileno(), repr(sys.stdin))
name = input()
print("input:", repr(name))
from sys import stdin
print(repr(stdin.readline(3)), repr(stdin.readline()), repr(stdin.readline()))
print(repr(stdin.read(4)), repr(stdin.readline()))
total = 0
for line in stdin:
    if line.strip() == "END":
        break
    total += int(line)
print("total", total)
print(stdin.readlines(1))
rest = stdin.read()
print(repr(rest), repr(stdin.read()), repr(stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
try:
    sys.nothere
except AttributeError as e:
    print("AttributeError:", e)
