# list methods and operations: append, extend, insert, remove, pop, clear, index,
# count, sort (key, reverse, stability), reverse, copy, comparisons, errors.
nums = [5, 3, 8, 1]
nums.append(7)
nums.extend([2, 9])
nums.extend(range(2))
nums.insert(0, 100)
nums.insert(-1, 50)
nums.insert(999, "end")
print(nums)
nums.pop()
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(1), nums.index(9, 2), nums.count(3))
copy = nums.copy()
copy.sort()
print(copy, nums)
copy.sort(reverse=True)
print(copy)
nums.reverse()
print(nums, nums[::-1])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)                       # stable: equal keys keep their order
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
records.sort(key=lambda r: r[1])
print(records)
empty = []
for op, call in [("pop", lambda: empty.pop()), ("remove", lambda: [1].remove(2)),
                 ("index", lambda: [1, 2].index(3)), ("pop idx", lambda: [1].pop(5))]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(op, "->", type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
b = a
a += [4]
a *= 2
print(a, b is a, [0] * 3, 2 * [None], [[0]] * 2)
c = a.copy()
c.clear()
print(c, a[:2], len(a))
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list())
matrix = [[3, 1], [2, 2], [1, 3]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]), min(matrix), max(matrix, key=sum))
stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
x = [3, 1, 2]
print(x.sort(), x, x.reverse(), x.append(0), x)
alias_test = [[]] * 3
alias_test[0].append("shared")
print(alias_test)
print([i for i in [1, 2, 3]].__len__(), list.__name__, [1, 2, 3].__getitem__(1))
nested = [1, [2, [3]]]
shallow = nested.copy()
shallow[1].append("x")
print(nested)
print(sum([[1], [2, 3]], []), [1, 2, 3, 2, 1].count(2), [None, None].index(None))
letters = list("hello")
del letters[1:3]
letters[0:0] = ["H"]
print(letters, "".join(letters))
