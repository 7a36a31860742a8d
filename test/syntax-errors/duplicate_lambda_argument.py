# duplicate lambda argument
f = lambda x, x: 1
