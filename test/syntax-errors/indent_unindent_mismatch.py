# a dedent to a column that matches no outer block
if True:
        x = 1
    y = 2
