# a stray keyword in an expression
x = 1 +* 2
