x = 1
y = 'ab
z=1
