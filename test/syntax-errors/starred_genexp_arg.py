# iterable unpacking in a generator expression argument
print(*a for a in b)
