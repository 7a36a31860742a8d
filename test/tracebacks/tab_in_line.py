def f():
	x = None
	return x.foo
f()
