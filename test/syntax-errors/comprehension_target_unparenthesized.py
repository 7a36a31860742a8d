# comprehension target unparenthesized
xs = [x, y for x, y in z]
