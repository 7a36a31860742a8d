x = f'{a}' f'{b!r' + 3
