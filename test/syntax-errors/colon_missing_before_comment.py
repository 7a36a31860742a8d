for item in items  # loop over them
    print(item)
