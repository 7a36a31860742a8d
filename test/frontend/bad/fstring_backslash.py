x = f'{x\n}'
