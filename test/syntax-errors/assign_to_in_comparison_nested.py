a = 0
(a, x in y) = 7, 8
print(a)
