x = 1
y = [1]
x in y = 5
