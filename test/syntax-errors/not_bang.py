# not bang
if !a:
    pass
