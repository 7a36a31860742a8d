# invalid hex literal
x = 0xg1
