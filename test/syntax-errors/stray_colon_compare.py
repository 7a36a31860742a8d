# A stray colon after an expression that cannot be annotated (a forgotten `if`): the
# caret is under the colon
x = 1
x == 1:
    print(x)
