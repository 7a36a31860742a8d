# unmatched bracket
x = 1]
