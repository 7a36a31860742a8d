if x:
	\
 z
	w
