# for c style
for (i = 0; i < 3; i++):
    pass
