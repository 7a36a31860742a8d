# yield outside function
yield 1
