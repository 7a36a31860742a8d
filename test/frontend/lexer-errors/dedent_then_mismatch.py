if x:
        a
    b = (1,
  2]
