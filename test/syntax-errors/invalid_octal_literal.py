# invalid octal literal
x = 0o8
