# legacy not equal
if 1 <> 2:
    pass
