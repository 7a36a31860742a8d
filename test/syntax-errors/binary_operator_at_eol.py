# binary operator at eol
x = 1 +
