# gilvm-nogil: --workers 2
# str slices with step 1 take CPython's shortcuts: s[:] of an exact str is s itself, a
# one-character latin-1 slice is the shared character, an empty slice is ''
s = "abcdefghij" * 3
print(s[:] is s, s[::1] is s, s[0:len(s)] is s, s[0:1] is s[0], s[3:3] == "", s[5:2] == "")
print(s[::-1], s[1:20:3], s[-5:], s[2:4], s[25:100], s[-100:2], s[::-7], s[7:6:-1])
long = "xy" * 50000
print(all(long == long[:] for _ in range(100)), len(long[1:]), long[1:] == long[:-1][::-1])


class S(str):
    pass


t = S("hello")
print(type(t[:]).__name__, t[:] is t, t[:] == t, t[1:3], type(t[1:2]).__name__)
u = "é€😀x"
print(u[:], u[:] is u, u[1:3], u[::-1], u[2:3], len(u[:]), u[3:4], u[0:1])
e = ""
print(e[:] == "", "abc"[5:], "ĀĀ"[0:1], "abc"[1:2] == "b")
words = "the quick brown fox".split()
print([w[:1] for w in words], [w[1:] for w in words], [w[::-1] for w in words])
