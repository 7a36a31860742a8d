# expected colon with
with open('x') as f
    pass
