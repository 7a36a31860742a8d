# valid: is literal warning
x = 5
print(x is 5)
