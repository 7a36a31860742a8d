# non printable nbsp
x = 1 + 2
