# legacy exec statement
exec "x = 1"
