if a or b = 1:
    pass
