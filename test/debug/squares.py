def square(x):
    y = x * x
    return y


total = 0
for i in range(3):
    total += square(i)
print("total", total)
