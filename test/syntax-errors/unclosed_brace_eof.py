# unclosed brace eof
d = {
    'a': 1,
