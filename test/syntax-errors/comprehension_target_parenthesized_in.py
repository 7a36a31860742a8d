print([a for (x in y) in [1]])
