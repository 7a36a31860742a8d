# starred assignment target alone
*a = 1
