# and and
if a && b:
    pass
