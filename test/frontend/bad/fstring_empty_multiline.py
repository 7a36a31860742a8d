x = (f'{}'
  'abc')
