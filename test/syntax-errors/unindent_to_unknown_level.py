# unindent to unknown level
if 1:
    if 2:
        pass
  x = 1
