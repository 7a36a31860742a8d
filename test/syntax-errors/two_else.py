# two else
if 1:
    pass
else:
    pass
else:
    pass
