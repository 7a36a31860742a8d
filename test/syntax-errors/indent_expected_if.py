# an if statement with no indented block
x = 3
if x:
print(x)
