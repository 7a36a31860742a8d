# attr keyword
x = a.class
