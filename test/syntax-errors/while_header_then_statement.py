# while header then statement
while True print(1)
