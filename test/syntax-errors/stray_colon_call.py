# A stray colon after a call (a forgotten `def`?): the caret is under the colon
foo():
    pass
