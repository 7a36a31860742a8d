# starred comprehension element
xs = [*x for x in y]
