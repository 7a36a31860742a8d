# legacy octal literal
x = 0777
