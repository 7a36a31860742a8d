print(_ b)
