# expected colon else
if 1:
    pass
else
    pass
