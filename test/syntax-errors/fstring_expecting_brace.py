# fstring expecting brace
x = f'{a'
