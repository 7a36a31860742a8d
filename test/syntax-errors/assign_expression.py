# assigning to an operator expression
a + b = 10
