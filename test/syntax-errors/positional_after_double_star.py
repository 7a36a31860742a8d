# positional after double star
f(**k, 1)
