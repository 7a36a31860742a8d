# assign keyword
for = 1
