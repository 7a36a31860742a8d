# tab error after spaces
if True:
        x = 1
	y = 2
