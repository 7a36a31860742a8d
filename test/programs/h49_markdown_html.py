# gilvm-nogil: --workers 2
"""Tiny markdown-to-HTML converter using only str methods (no regex)."""

DOC = """# Title here
Some *emphasis* and **strong** text with `code`.

## List section
- first item
- second *item*
-   third   item

1. one
2. two
10. ten

> quoted line
> another quoted

A [link](http://example.com/a?b=1&c=2) and <tag> & stuff.
    indented code block
    second line

---
Final paragraph
spanning two lines.
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + inline(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        ch = text[i]
        if ch == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append(f"<em>{inline(text[i + 1:j])}</em>")
                i = j + 1
                continue
        if ch == "`":
            j = text.index("`", i + 1)
            out.append("<code>%s</code>" % escape(text[i + 1:j]))
            i = j + 1
            continue
        if ch == "[":
            close = text.find("](", i)
            end = text.find(")", close) if close != -1 else -1
            if close != -1 and end != -1:
                label, url = text[i + 1:close], text[close + 2:end]
                out.append('<a href="{}">{}</a>'.format(escape(url), inline(label)))
                i = end + 1
                continue
        out.append(escape(ch))
        i += 1
    return "".join(out)


def is_ordered(line):
    head, dot, rest = line.partition(". ")
    return bool(dot) and head.isdigit()


def convert(doc):
    html = []
    lines = doc.splitlines()
    para = []
    mode = None

    def flush():
        nonlocal mode
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if mode is not None:
            html.append(f"</{mode}>")
            mode = None

    def open_block(kind):
        nonlocal mode
        if mode != kind:
            flush()
            html.append(f"<{kind}>")
            mode = kind

    for raw in lines:
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if line.startswith("    ") and mode in (None, "pre"):
            if mode != "pre":
                flush()
                html.append("<pre>")
                mode = "pre"
            html.append(escape(line[4:]))
            continue
        if stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append("<h%d>%s</h%d>" % (level, inline(stripped[level:].strip()), level))
        elif stripped == "---":
            flush()
            html.append("<hr/>")
        elif stripped.startswith("- "):
            open_block("ul")
            html.append("  <li>" + inline(" ".join(stripped[2:].split())) + "</li>")
        elif is_ordered(stripped):
            open_block("ol")
            num, _, rest = stripped.partition(". ")
            html.append(f"  <li value={int(num)!r}>{inline(rest)}</li>")
        elif stripped.startswith(">"):
            open_block("blockquote")
            html.append("  " + inline(stripped.removeprefix(">").lstrip()))
        else:
            if mode is not None:
                flush()
            para.append(stripped)
    flush()
    return "\n".join(html)


result = convert(DOC)
print(result)
print("-" * 40)
tags = {}
for piece in result.split("<")[1:]:
    name = piece.split(">", 1)[0].split()[0].strip("/")
    tags[name] = tags.get(name, 0) + 1
for name, count in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<12}{count:>4}")
print(len(result), result.count("\n"), result.splitlines()[-1].title())
print(repr(inline("a*b")), repr(inline("**x*")), repr(escape("<&>")))
