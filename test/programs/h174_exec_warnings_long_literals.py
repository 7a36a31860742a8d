# gilvm-nogil:
# exec/eval/compile of a string print its compile-time SyntaxWarnings to stderr (no source line);
# a decimal int literal past sys.get_int_max_str_digits() is a SyntaxError, as CPython's parser.
import sys
src = "x = " + "7" * 5000
try:
    exec(src)
except SyntaxError as e:
    print("SyntaxError", e.msg[:60], e.lineno)
sys.set_int_max_str_digits(6000)
exec(src)
print(x % 1000)
sys.set_int_max_str_digits(0)
exec("y = " + "3" * 9000)
print(y % 7)
sys.set_int_max_str_digits(4300)
print(eval("1" * 4300) % 9)
exec("x = 1\nprint(x is 1)")
print(eval("(1, 2) is ()"))
exec(compile("assert (1, 2)", "myfile", "exec"))
exec("y = 1if True else 2")
c = compile("z = 5 is 5", "<thing>", "single")
exec(c)
print(eval("[] is 'a'"))
print("done")
