# a generator expression argument with a trailing comma must be parenthesized
f(x for x in y, )
