# for header then statement
for x in range(3) print(x)
