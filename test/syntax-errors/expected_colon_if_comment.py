# expected colon if comment
if x == 1  # check
    pass
