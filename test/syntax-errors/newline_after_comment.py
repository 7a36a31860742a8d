total = 1 + # the rest is missing
