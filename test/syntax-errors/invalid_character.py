# a non-ASCII character that is not an identifier character
x = 5 – 3
