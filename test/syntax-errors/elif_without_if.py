# elif without if
elif x:
    pass
