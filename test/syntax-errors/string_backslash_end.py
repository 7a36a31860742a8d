# string backslash end
x = 'abc\'
