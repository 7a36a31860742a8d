# two statements one line
x = 1 y = 2
