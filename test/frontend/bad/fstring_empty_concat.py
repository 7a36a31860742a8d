x = f'a' f'{ }' 'b'
y = 2
