with open("f") as lambda: 1:
    pass
