# closer mismatch multiline
x = [
    1,
    2
)
