def sign(n):
    return "positive" if n > 0
