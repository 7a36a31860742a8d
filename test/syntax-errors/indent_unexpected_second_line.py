# indent unexpected second line
x = 1
    y = 2
