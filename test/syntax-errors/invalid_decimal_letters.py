# invalid decimal letters
x = 123abc
