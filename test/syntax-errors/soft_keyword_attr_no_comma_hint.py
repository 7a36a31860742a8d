print(match.x b)
