# unclosed call eof
print('hi'
