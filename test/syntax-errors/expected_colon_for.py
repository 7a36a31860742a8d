# expected colon for
for i in range(3)
    pass
