# arrow
x => 1
