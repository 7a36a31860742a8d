s = f'{x}' + 'abc
