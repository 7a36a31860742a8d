def gen(n):
    for i in range(n):
        yield i * 2


class Point:
    def __init__(self, x):
        self.x = x


total = 0
for v in gen(2):
    total += v
p = Point(3)
sq = [k * k for k in range(2)]
print(total, p.x, sq)
