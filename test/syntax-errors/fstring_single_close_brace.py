# fstring single close brace
x = f'a}'
