# gilvm-nogil:
# len() exact above 2**53: a big range's length and a class's __len__ returning up to
# 2**63-1 (they had been rounded through a float)
big = range(0, 10**20, 3)
s = big[::7]
print(s, len(s), s[-1], s[1], s.__len__())
print(len(range(10**18, 10**20, 7)[5::11]), len(range(2**53 + 1)), len(range(-2**62, 2**62, 3)))
print(len(range(2**53 + 5, 0, -1)), len(range(2**63 - 1)))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(2**60 + 1)), len(L(2**63 - 1)), len(L(5)), len(L(True)))
for n in (2**63, -1, 2**64):
    try:
        print(len(L(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(len(range(2**63)))
except OverflowError as e:
    print(e)
class LL(list):
    pass
print(len(LL([1, 2])), len("héllo"), len(b"ab"), len({1: 2}.items()))
