def divide(a, b):
    return a / b


items = [1, 2, 3]
print(divide(10, 4))
print(divide(1, 0))
