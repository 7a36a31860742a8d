# unterminated double quote
x = "abc
print(x)
