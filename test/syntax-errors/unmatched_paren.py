# a closing parenthesis with no partner
value = 1 + 2)
