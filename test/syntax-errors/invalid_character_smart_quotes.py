# invalid character smart quotes
print(“hello”)
