# fstring empty expression
x = f'{}'
