X = 1
Y = X / 0
