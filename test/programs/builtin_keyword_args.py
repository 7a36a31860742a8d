# builtins called with keyword arguments: round(number=, ndigits=), pow(base=, exp=, mod=),
# str(object=, encoding=, errors=), and the ones that refuse keywords
tests = ["int('5', base=10)", "int('12', 8)", "int(5, base=10)", "float(x=1)", "str(object=1)", "str(b'ab', encoding='utf-8')",
         "str(b'ab', 'utf-8', errors='strict')", "str(b'caf\\xc3\\xa9', errors='strict')", "str('x', 'utf-8')", "str(3, 'utf-8')",
         "str(1, 2)", "str(object=1, x=2)", "str(1, object=2)", "bool(x=1)", "list(x=1)", "tuple(iterable=[1])", "dict(a=1)", "set(x=1)",
         "frozenset(x=1)", "range(stop=3)", "sorted(iterable=[1])", "print(sep='', x=1)", "max(1, 2, key=None, default=3)",
         "min([], default=None)", "round(number=2.5)", "round(2.567, ndigits=2)", "round(ndigits=1)", "round(1.25, number=2)",
         "divmod(a=1, b=2)", "abs(x=1)", "len(obj=[])", "isinstance(obj=1, class_or_tuple=int)", "getattr(1, 'real', default=2)",
         "iter([], sentinel=1)", "next(iterator=iter([1]))", "sum([1], start=5)", "pow(base=2, exp=3)", "pow(2, 3, mod=5)",
         "pow(2, mod=5)", "pow(2, 3, modulo=5)", "repr(obj=1)", "hash(obj=1)", "object(x=1)", "type(object=1)",
         "[3, 1].sort(key=None, reverse=True)", "'a'.split(sep=',', maxsplit=1)", "'x'.encode(encoding='ascii')",
         "dict.fromkeys(iterable='ab')", "'{a}'.format(a=1)", "'a b'.split(maxsplit=1)"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except TypeError as e:
        print(t, '-> TypeError:', e)
