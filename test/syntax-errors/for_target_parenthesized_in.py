z = [1]
for (x in y) in z:
    pass
