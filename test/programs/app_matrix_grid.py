# Grid and matrix work with nested lists: matrix multiplication, transpose,
# determinant by recursion, Conway's game of life, flood fill with a stack.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), [list(r) for r in zip(*A)], det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(identity, matmul(identity, [[1], [2], [3]]))
fib_matrix = [[1, 1], [1, 0]]
result = identity[:2]
result = [row[:2] for row in result]
for _ in range(50):
    result = matmul(result, fib_matrix)
print("fib(50) =", result[0][1])


def life_step(cells):
    rows, cols = len(cells), len(cells[0])
    nxt = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = sum(cells[(r + dr) % rows][(c + dc) % cols]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            nxt[r][c] = 1 if n == 3 or (n == 2 and cells[r][c]) else 0
    return nxt


grid = [[0] * 6 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(4):
    grid = life_step(grid)
print("\n".join("".join("#" if v else "." for v in row) for row in grid))
print("alive:", sum(map(sum, grid)))
image = ["..##....", ".#..#...", ".#...#..", "..###...", "........"]
pixels = [list(row) for row in image]
stack = [(2, 3)]
filled = 0
while stack:
    r, c = stack.pop()
    if 0 <= r < len(pixels) and 0 <= c < len(pixels[0]) and pixels[r][c] == ".":
        pixels[r][c] = "o"
        filled += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
print(filled)
print("\n".join("".join(row) for row in pixels))
spiral, top, left, bottom, right = [], 0, 0, 3, 3
m = [[r * 4 + c for c in range(4)] for r in range(4)]
while top <= bottom and left <= right:
    spiral += m[top][left:right + 1]
    spiral += [m[r][right] for r in range(top + 1, bottom + 1)]
    if top < bottom:
        spiral += m[bottom][left:right][::-1]
    if left < right:
        spiral += [m[r][left] for r in range(bottom - 1, top, -1)]
    top, left, bottom, right = top + 1, left + 1, bottom - 1, right - 1
print(spiral)
