# unterminated triple double
x = """abc
print(x)
