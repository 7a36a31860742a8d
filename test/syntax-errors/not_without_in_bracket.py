flags = [a not b]
