# print() writes to sys.stdout as it is at the call: a replaced stdout gets each piece
# (items, separators, end) as one write() call; None swallows the output.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


cap = Capture()
sys.stdout = cap
print("captured", 42)
print("x", "y", sep="-", end="!\n", flush=True)
sys.stdout = sys.__stdout__
print("parts:", cap.parts)
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
log = Capture()
print(1, 2, file=log)
print("explicit file:", log.parts)
print("done")
