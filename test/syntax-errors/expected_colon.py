# missing colon after if condition
x = 1
if x > 0
    print(x)
