# unclosed paren in if
if (x == 1:
    pass
