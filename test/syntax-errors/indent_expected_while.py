# a while loop with no body
n = 0
while n < 3:
n += 1
