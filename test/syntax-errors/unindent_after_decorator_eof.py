# unexpected unindent at the end of the file
class A:
    @dec
