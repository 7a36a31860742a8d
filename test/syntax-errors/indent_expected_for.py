# a for loop with no body
for i in range(3):
print(i)
