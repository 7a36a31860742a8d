# walrus statement level
x := 1
