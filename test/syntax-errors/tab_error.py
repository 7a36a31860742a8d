# inconsistent use of tabs and spaces in one block
if True:
        x = 1
	y = 2
