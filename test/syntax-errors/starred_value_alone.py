# starred value alone
x = *a
