with open("f") as x in y:
    pass
