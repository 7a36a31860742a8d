# gilvm-nogil:
# eval() of a source without a final line break: a string-decoding error (f-string field, bytes mixed with str) at the tokenizer's cursor with no end, as CPython 3.11; invalid_group's "cannot use double starred expression here" for ('**' expression).
for s in ["f'{}'", "(1,\n f'{}')", "f'{}'   ", "f'{}' + 1", "f'{a!x}'", "'a' f'{}'", "f'}'", "f'{}'  # c", "b'a' 'b'", "[f'{}']", "(1,\n f'{}'\n)", "f'{}'\n", "b'a' 'b'\n"]:
    try:
        compile(s, '<s>', 'eval'); print('ok', s)
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ['x = **a', '**a', '[**a]', '(**a)', 'f(**a)', 'x = 1, **a', 'a[**b]', 'for x in **a: pass', 'return **a', 'print(f"{**a}")', '{1, **a}', 'x = (**a,)', 'x = **a if b else c']:
    try:
        compile(s, '<s>', 'exec'); print('ok', s)
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['(**a b)', '(**)', '(** a if b else c)', '(**a, b)', 'f((**a))', '(**a:=1)']:
    try:
        compile(s, '<s>', 'exec'); print('ok', s)
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
