# keyword argument expression
f(a.b=1)
