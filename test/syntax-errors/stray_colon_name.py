# A stray colon after a name: an annotation is missing, the caret is past the colon
x:
