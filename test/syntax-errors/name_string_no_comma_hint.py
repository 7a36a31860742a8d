print(a "b")
