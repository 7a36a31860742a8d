# dedent partial else
if True:
    pass
  else:
    pass
