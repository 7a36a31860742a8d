g = lambda *, /: 1
