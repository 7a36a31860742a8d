# positional after keyword arg
f(a=1, 2)
