# the display of an unclosed bracket counts the line's UTF-8 bytes before it (CPython's tokenizer column)
names = ["é", "中文", "😀"] ; total = (len(names) +
