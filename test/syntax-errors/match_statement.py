# gilvm-only: SyntaxError
# CPython 3.11 accepts `match`; gilvm rejects it as outside the subset.
command = 'go'
match command:
    case 'go':
        print('going')
    case _:
        print('unknown')
