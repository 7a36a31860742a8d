# l *= k keeps l's items and appends k - 1 more copies (it released them first: an item only
# the list held was freed before it was appended again, and the program hung).
L = [[1], [2]]
L *= 2
print(L, L[0] is L[2])
L *= 1
print(L)
M = [object()]
M *= 3
print(len(M), M[0] is M[2])
N = [[i] for i in range(3)]
N *= 0
print(N)
N = [{'a': 1}]
N *= -2
print(N)
T = [(1, [2])]
T *= 2
print(T, [1, 2] * 2, [[0]] * 2, [] * 5)


class Shrink:
    def __init__(self, owner):
        self.owner = owner

    def __eq__(self, other):
        self.owner.clear()
        return True


A = []
B = []
A.append(Shrink(A))
A.append(1)
B.append(Shrink(B))
B.append(2)
print(A == B, len(A), len(B))
