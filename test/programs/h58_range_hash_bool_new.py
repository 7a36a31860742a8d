# hash(range) is the hash of (len, start, step) (equal ranges hash alike, and a set of
# ranges keeps the distinct ones); bool.__new__ is bool's constructor, not object's.
print(hash(range(3)), hash(range(-10, 10**20, 3)), hash(range(1, 2)) == hash(range(1, 2, 7)))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(3)) == hash(range(0, 3, 1)))
ranges = {range(0, 10, 2), range(0, 9, 2), range(1), range(0, 1, 5), range(2, 8)}
print(len(ranges), sorted(len(r) for r in ranges))
d = {range(5): 'five'}
print(d[range(0, 5)])
print(bool.__new__(bool, 5), bool.__new__(bool), bool.__new__(bool, ''), bool.__new__(bool, [0]))
