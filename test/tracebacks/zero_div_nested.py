def ratio(a, b):
    return (a + 1) / (b - b)
print(ratio(1, 2))
