# Constructing exception groups: CPython's checks and messages, BaseExceptionGroup of
# Exceptions made an ExceptionGroup, args/exceptions/str/repr.
cases = [
    "ExceptionGroup('x')", "ExceptionGroup(1, [ValueError()])", "ExceptionGroup('x', 5)", "ExceptionGroup('x', [])",
    "ExceptionGroup('x', [1])", "ExceptionGroup('x', [KeyboardInterrupt()])", "ExceptionGroup('x', [ValueError()], y=1)",
    "BaseExceptionGroup('x', [ValueError()])", "BaseExceptionGroup('x', [KeyboardInterrupt()])",
    "ExceptionGroup('x', (ValueError(1),)).split(3)", "ExceptionGroup('x', [ValueError()]).derive([KeyError()])",
    "repr(ExceptionGroup('x', (ValueError(1),)))", "str(ExceptionGroup('x', [ValueError(1), KeyError(2)]))",
    "ExceptionGroup('x', [ValueError(1)]).args", "ExceptionGroup('x', [ValueError(1)]).exceptions",
    "ExceptionGroup.__mro__", "ExceptionGroup('x', 'ab')",
]
for c in cases:
    try:
        r = eval(c)
        print(c, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
