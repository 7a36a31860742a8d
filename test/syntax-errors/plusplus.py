# plusplus
x = 1
x++
