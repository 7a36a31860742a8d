# keyword argument without value
f(a=)
