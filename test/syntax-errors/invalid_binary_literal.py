# invalid binary literal
x = 0b2
