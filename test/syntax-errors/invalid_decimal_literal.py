# a number running into a name
value = 1abc
