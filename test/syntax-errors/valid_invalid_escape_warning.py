# valid: invalid escape warning
x = '\d'
print(x)
