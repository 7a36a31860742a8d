x = b'\x1' ; y = 1
