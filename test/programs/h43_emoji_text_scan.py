# gilvm-nogil: --workers 2
# Scanning text that holds astral characters (emoji): len(), s[i], s[a:b], find/startswith
# with a start offset. Each of these converted or re-counted the whole string per call on
# a string with surrogate pairs (s[i] built one JS string per character: a loop over a
# 6,000-character message took seconds); code-point indices must still match CPython's.
# `sub in s` also copied s, and found a lone surrogate inside a pair.
message = "".join(f"msg {i}: ok 👍 status={'✅' if i % 3 else '❌'} 🚀{i % 7}\n" for i in range(300))
print(len(message), message.count("👍"), message.count("\n"), ascii(message[:40]))

emoji_positions = [i for i in range(len(message)) if ord(message[i]) > 0xFFFF]
print(len(emoji_positions), emoji_positions[:6], emoji_positions[-3:])
print(ascii([message[i] for i in emoji_positions[:4]]), ascii(message[emoji_positions[-1]:]))

counts = {}
pos = 0
while True:
    pos = message.find("status=", pos)
    if pos < 0:
        break
    mark = message[pos + 7]
    counts[mark] = counts.get(mark, 0) + 1
    if message.startswith("❌", pos + 7) and counts[mark] <= 2:
        print("failure at", pos, ascii(message[pos - 12:pos + 10]))
    pos += 1
print(sorted((ascii(k), v) for k, v in counts.items()))

lines = message.splitlines()
widths = [len(line) for line in lines]
print(len(lines), min(widths), max(widths), sum(widths))
rocket = message.find("🚀", 1000)
print(rocket, ascii(message[rocket:rocket + 2]), message.rfind("🚀", 0, rocket), message.index("👍", rocket))
print(message.startswith("👍", message.find("👍")), message.endswith("🚀1\n", 0, message.find("\n") + 1),
      message.count("🚀", 100, 2000), ascii(message[-20:-10]), ascii(message[-3]), ascii(message[::500]))
print("\ud83d" in message, "\udc4d" in message, "👍" in message, "ok 👍 s" in message, "zzz" in message, "\n" in message)
reversed_tail = message[-30:][::-1]
print(ascii(reversed_tail), len(reversed_tail))
try:
    message[len(message)]
except IndexError as e:
    print("IndexError:", e)
