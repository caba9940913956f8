#!/usr/bin/env python3
"""Test extraction, checking and rendering for the WG21 paper in proposal/.

Usage:
  paper.py extract PAPER.md OUTDIR    write one lit test per tested code block
  paper.py render  PAPER.md OUT.html  render the paper to standalone HTML (pandoc)
  paper.py check   [PAPER.md]         extract to a temporary directory and verify counts

Every fenced code block in the paper must carry exactly one kind marker among its
pandoc classes, for example ```{.cpp .run}:

  .compile   C++ that must compile with the patched compiler (to an object file).
  .verify    C++ compiled with -fsyntax-only -Xclang -verify; its diagnostics are
             annotated inline (// expected-error {{...}}, expected-note, ...).
             Annotations must use relative (@-1, @+1) or wildcard (@*:*) locations,
             never absolute line numbers: the generated test has a header.
  .run       a C++ program; it is built and run, and its standard output must equal
             the .output block that follows it (only blank lines may separate them).
  .output    the exact expected standard output of the preceding .run block.
  .requires-init  (with a test kind) the block declares init parameters: its test
             runs only on a compiler that defines __cpp_init_parameters.
  .fragment  a C++ snippet that cannot stand alone. The test wraps it: a fixed prelude
             of standard headers (FRAGMENT_PRELUDE below) is included first, and the
             snippet is placed at namespace scope, or, with the attribute wrap=function,
             inside the body of `void paper_fragment()`. It must then compile
             (-fsyntax-only). Use sparingly.
  .wording   proposed standard wording (grammar, examples in the proposed syntax);
             not compiled.
  .quote     quoted non-C++ material (Rust code, compiler output); not compiled.

Test blocks (.compile, .verify, .run, .fragment) must also have the class .cpp.
Generated tests are named block-NNN-<kind>.cpp, where NNN is the ordinal of the block
among all fenced blocks of the paper, and use the lit substitution %clangxx (the patched
clang++) and FileCheck. The lit configuration is provided by the test directory's owner.

`check` also compares the counts with an optional marker in the paper:
  <!-- paper-test-counts: compile=N verify=N run=N fragment=N -->

Standard library only; `render` needs pandoc (>= 2.17).
"""

import os
import re
import subprocess
import sys
import tempfile

TEST_KINDS = ("compile", "verify", "run", "fragment")
OTHER_KINDS = ("output", "wording", "quote")
KINDS = TEST_KINDS + OTHER_KINDS

STD = "-std=c++23"
RUN_LINES = {
    "compile": ["%clangxx {std} -c %s -o %t.o"],
    "verify": ["%clangxx {std} -fsyntax-only -Xclang -verify %s"],
    "fragment": ["%clangxx {std} -fsyntax-only %s"],
    "run": [
        "%clangxx {std} %s -o %t",
        "%t | FileCheck --strict-whitespace --match-full-lines --implicit-check-not='{{{{.}}}}' %s",
    ],
}
RUN_EMPTY_OUTPUT = ["%clangxx {std} %s -o %t", "%t | count 0"]

FRAGMENT_PRELUDE = [
    "cstddef", "cstdint", "cstdio", "cstdlib", "cstring", "expected", "memory",
    "new", "optional", "system_error", "type_traits", "utility",
]

FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*?)[ \t]*$")
ABSOLUTE_VERIFY_RE = re.compile(r"expected-(?:error|warning|note|remark)(?:-re)?@\d")
VERIFY_DIRECTIVE_RE = re.compile(r"expected-(?:error|warning|note|remark|no-diagnostics)")
COUNTS_RE = re.compile(r"<!--\s*paper-test-counts:\s*(?P<body>[^>]*?)\s*-->")


class PaperError(Exception):
    """A problem in the paper, reported as path:line: message."""

    def __init__(self, path, line, message):
        super().__init__(f"{path}:{line}: {message}")


class Block:
    def __init__(self, ordinal, line, end_line, classes, attrs, lines):
        self.ordinal = ordinal      # 1-based position among all fenced blocks
        self.line = line            # line number of the opening fence
        self.end_line = end_line    # line number of the closing fence
        self.classes = classes
        self.attrs = attrs
        self.lines = lines          # content lines, without the fences
        self.kind = None
        self.output = None          # for .run: the following .output block

    @property
    def text(self):
        return "".join(line + "\n" for line in self.lines)


def parse_info(info):
    """Return (classes, attributes) of a fence info string (pandoc syntax)."""
    info = info.strip()
    if not info:
        return [], {}
    if info.startswith("{") and info.endswith("}"):
        classes, attrs = [], {}
        for token in re.findall(r'[^\s"=]+="[^"]*"|[^\s"=]+=\S+|\S+', info[1:-1]):
            if token.startswith("."):
                classes.append(token[1:])
            elif token.startswith("#"):
                attrs["id"] = token[1:]
            elif "=" in token:
                key, value = token.split("=", 1)
                attrs[key] = value.strip('"')
            else:
                classes.append(token)
        return classes, attrs
    return [info.split()[0]], {}


def read_blocks(path):
    """Parse all fenced code blocks of a pandoc markdown file and classify them."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    start = 0
    if lines and lines[0].strip() == "---":  # YAML metadata block
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                start = i + 1
                break

    blocks = []
    i = start
    while i < len(lines):
        m = FENCE_RE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, indent = m.group("fence"), len(m.group("indent"))
        classes, attrs = parse_info(m.group("info"))
        open_line = i + 1
        body = []
        i += 1
        while True:
            if i >= len(lines):
                raise PaperError(path, open_line, "fenced code block is never closed")
            close = FENCE_RE.match(lines[i])
            if (close and close.group("info") == "" and close.group("fence")[0] == fence[0]
                    and len(close.group("fence")) >= len(fence)):
                break
            text = lines[i]
            strip = min(indent, len(text) - len(text.lstrip(" ")))
            body.append(text[strip:])
            i += 1
        blocks.append(Block(len(blocks) + 1, open_line, i + 1, classes, attrs, body))
        i += 1

    classify(path, lines, blocks)
    return blocks, lines


def classify(path, lines, blocks):
    for b in blocks:
        kinds = [c for c in b.classes if c in KINDS]
        if not kinds:
            raise PaperError(path, b.line,
                             "fenced code block has no recognized marker; add one of "
                             + ", ".join("." + k for k in KINDS)
                             + (f" (classes: {' '.join('.' + c for c in b.classes)})" if b.classes else ""))
        if len(set(kinds)) > 1:
            raise PaperError(path, b.line, "fenced code block has more than one marker: "
                             + " ".join("." + k for k in kinds))
        b.kind = kinds[0]
        if b.kind in TEST_KINDS and "cpp" not in b.classes:
            raise PaperError(path, b.line, f".{b.kind} block must be C++ (add the class .cpp)")

    for n, b in enumerate(blocks):
        if b.kind == "run":
            nxt = blocks[n + 1] if n + 1 < len(blocks) else None
            between = lines[b.end_line:nxt.line - 1] if nxt else []
            if nxt is None or nxt.kind != "output" or any(t.strip() for t in between):
                raise PaperError(path, b.line, ".run block is not immediately followed by an .output block")
            b.output = nxt
        elif b.kind == "output":
            prev = blocks[n - 1] if n > 0 else None
            if prev is None or prev.kind != "run":
                raise PaperError(path, b.line, ".output block does not follow a .run block")

        if b.kind == "verify":
            if not VERIFY_DIRECTIVE_RE.search(b.text):
                raise PaperError(path, b.line, ".verify block has no expected-... annotation "
                                 "(use // expected-no-diagnostics, or mark it .compile)")
            for k, text in enumerate(b.lines):
                if ABSOLUTE_VERIFY_RE.search(text):
                    raise PaperError(path, b.line + 1 + k,
                                     "verify annotation with an absolute line number; use @-N, @+N or @*:*")
        elif b.kind in ("compile", "run", "fragment"):
            for k, text in enumerate(b.lines):
                if VERIFY_DIRECTIVE_RE.search(text):
                    raise PaperError(path, b.line + 1 + k,
                                     f"expected-... annotation in a .{b.kind} block; mark the block .verify")
        if b.kind == "fragment" and b.attrs.get("wrap", "namespace") not in ("namespace", "function"):
            raise PaperError(path, b.line, "fragment attribute wrap must be 'namespace' or 'function'")


def filecheck_literal(text):
    """Turn a line of expected output into a FileCheck pattern that matches it literally."""
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair == "[[":
            out.append(r"{{\[\[}}")
            i += 2
        elif pair == "{{":
            out.append(r"{{\{\{}}")
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def test_source(block, paper_name):
    kind = block.kind
    header = []
    if kind == "run" and not block.output.lines:
        run_lines = RUN_EMPTY_OUTPUT
    else:
        run_lines = RUN_LINES[kind]
    for r in run_lines:
        header.append("// RUN: " + r.format(std=STD))
    if "requires-init" in block.classes:
        # Blocks that declare init parameters run once the compiler defines
        # __cpp_init_parameters; until then lit reports them as unsupported.
        header.append("// REQUIRES: init-parameters")
    header.append(f"// Generated by tools/paper.py from {paper_name}:{block.line} "
                  f"(block {block.ordinal}, .{kind}); edit the paper, not this file.")
    body = list(block.lines)
    if kind == "fragment":
        wrapped = [f"#include <{h}>" for h in FRAGMENT_PRELUDE]
        if block.attrs.get("wrap") == "function":
            wrapped += ["void paper_fragment() {"] + body + ["}"]
        else:
            wrapped += body
        body = wrapped
    footer = []
    if kind == "run" and block.output.lines:
        footer.append("")
        footer.append(f"// Expected standard output ({paper_name}:{block.output.line}):")
        first = True
        for line in block.output.lines:
            if line == "":
                footer.append("// CHECK-EMPTY:")
            else:
                footer.append(("// CHECK:" if first else "// CHECK-NEXT:") + filecheck_literal(line))
            first = False
    return "\n".join(header + body + footer) + "\n"


def test_name(block):
    return f"block-{block.ordinal:03d}-{block.kind}.cpp"


def count_kinds(blocks):
    counts = {k: 0 for k in KINDS}
    for b in blocks:
        counts[b.kind] += 1
    return counts


def summary(blocks):
    counts = count_kinds(blocks)
    tests = sum(counts[k] for k in TEST_KINDS)
    first = f"{len(blocks)} blocks, {tests} tests"
    second = ("(" + ", ".join(f"{k} {counts[k]}" for k in TEST_KINDS) + "; "
              + ", ".join(f"{k} {counts[k]}" for k in OTHER_KINDS) + ")")
    return first, second


def extract(paper, outdir, quiet=False):
    blocks, _ = read_blocks(paper)
    os.makedirs(outdir, exist_ok=True)
    for name in os.listdir(outdir):
        if re.fullmatch(r"block-\d+-[a-z]+\.cpp", name):
            os.remove(os.path.join(outdir, name))
    paper_name = os.path.relpath(paper, os.path.dirname(os.path.dirname(os.path.abspath(paper))))
    written = []
    for b in blocks:
        if b.kind in TEST_KINDS:
            path = os.path.join(outdir, test_name(b))
            with open(path, "w", encoding="utf-8") as f:
                f.write(test_source(b, paper_name))
            written.append(path)
    if not quiet:
        first, second = summary(blocks)
        print(first)
        print(second)
    return blocks, written


def check(paper):
    blocks, lines = read_blocks(paper)
    counts = count_kinds(blocks)
    problems = []
    with tempfile.TemporaryDirectory(prefix="paper-tests-") as tmp:
        _, written = extract(paper, tmp, quiet=True)
        on_disk = {k: 0 for k in TEST_KINDS}
        for path in written:
            kind = re.fullmatch(r"block-\d+-([a-z]+)\.cpp", os.path.basename(path)).group(1)
            on_disk[kind] += 1
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if "// RUN: " not in text:
                problems.append(f"{path}: no RUN line")
        for b in blocks:
            if b.kind == "run":
                with open(os.path.join(tmp, test_name(b)), encoding="utf-8") as f:
                    text = f.read()
                checks = len(re.findall(r"^// CHECK(?:-NEXT|-EMPTY)?:", text, re.M))
                if checks != len(b.output.lines):
                    problems.append(f"{test_name(b)}: {checks} CHECK lines for "
                                    f"{len(b.output.lines)} output lines")
        for k in TEST_KINDS:
            if on_disk[k] != counts[k]:
                problems.append(f"{counts[k]} .{k} blocks but {on_disk[k]} .{k} tests written")

    declared = None
    for n, text in enumerate(lines, 1):
        m = COUNTS_RE.search(text)
        if m:
            declared = {}
            for item in m.group("body").split():
                key, _, value = item.partition("=")
                if key not in TEST_KINDS or not value.isdigit():
                    raise PaperError(paper, n, f"bad paper-test-counts entry '{item}'")
                declared[key] = int(value)
            for k, v in declared.items():
                if counts[k] != v:
                    problems.append(f"{paper}:{n}: paper declares {k}={v}, but it has {counts[k]} .{k} blocks")

    first, second = summary(blocks)
    print(first)
    print(second)
    if problems:
        for p in problems:
            print("error: " + p, file=sys.stderr)
        return 1
    print("check: OK" + ("" if declared is not None else " (no paper-test-counts marker)"))
    return 0


HTML_TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="pandoc, tools/paper.py">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>$if(document)$$document$: $endif$$pagetitle$</title>
<style>
$highlighting-css$
</style>
$for(header-includes)$
$header-includes$
$endfor$
</head>
<body>
<header id="title-block-header">
<h1 class="title">$title$</h1>
$if(subtitle)$
<p class="subtitle">$subtitle$</p>
$endif$
<table class="doc-info">
<tr><th>Document&nbsp;#:</th><td>$document$</td></tr>
<tr><th>Date:</th><td>$date$</td></tr>
<tr><th>Project:</th><td>Programming Language C++</td></tr>
<tr><th>Audience:</th><td>$for(audience)$$audience$$sep$, $endfor$</td></tr>
<tr><th>Reply-to:</th><td>$for(reply-to)$$reply-to$$sep$<br>$endfor$</td></tr>
</table>
</header>
$if(toc)$
<nav id="TOC" role="doc-toc">
$if(toc-title)$
<h2 id="toc-title">$toc-title$</h2>
$endif$
$table-of-contents$
</nav>
$endif$
<main>
$body$
</main>
</body>
</html>
"""

# Citations [@KEY] become links to the reference entries [KEY]{#ref-KEY}; tested code
# blocks are wrapped in a div that labels them with their kind.
LUA_FILTER = r"""
local labels = {
  compile = "compiles", verify = "diagnostics checked", run = "runs",
  output = "output", fragment = "fragment", wording = "proposed wording",
  quote = "quoted, not compiled",
}

function Cite(el)
  local out = {pandoc.Str("[")}
  for i, c in ipairs(el.citations) do
    if i > 1 then table.insert(out, pandoc.Str("; ")) end
    table.insert(out, pandoc.Link({pandoc.Str(c.id)}, "#ref-" .. c.id))
  end
  table.insert(out, pandoc.Str("]"))
  return out
end

function CodeBlock(el)
  for _, c in ipairs(el.classes) do
    if labels[c] then
      return pandoc.Div({el}, pandoc.Attr("", {"example", "example-" .. c}, {{"data-kind", labels[c]}}))
    end
  end
end
"""


def render(paper, out_html):
    read_blocks(paper)  # fail early on unmarked blocks
    here = os.path.dirname(os.path.abspath(paper))
    css_path = os.path.join(here, "wg21.css")
    with open(css_path, encoding="utf-8") as f:
        css = f.read()
    with tempfile.TemporaryDirectory(prefix="paper-render-") as tmp:
        template = os.path.join(tmp, "wg21.html5")
        header = os.path.join(tmp, "style.html")
        lua = os.path.join(tmp, "wg21.lua")
        with open(template, "w", encoding="utf-8") as f:
            f.write(HTML_TEMPLATE)
        with open(header, "w", encoding="utf-8") as f:
            f.write("<style>\n" + css + "\n</style>\n")
        with open(lua, "w", encoding="utf-8") as f:
            f.write(LUA_FILTER)
        cmd = ["pandoc", paper, "--from", "markdown", "--to", "html5", "--standalone",
               "--toc", "--toc-depth=3", "--number-sections", "--section-divs",
               "--highlight-style", "kate", "--template", template,
               "--include-in-header", header, "--lua-filter", lua,
               "--output", out_html]
        try:
            subprocess.run(cmd, check=True)
        except FileNotFoundError:
            print("error: pandoc not found (apt-get install pandoc)", file=sys.stderr)
            return 1
        except subprocess.CalledProcessError as e:
            print(f"error: pandoc failed with exit status {e.returncode}", file=sys.stderr)
            return 1
    print(f"wrote {out_html}")
    return 0


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help", "help"):
        print(__doc__)
        return 0 if len(argv) >= 2 else 1
    cmd, args = argv[1], argv[2:]
    default_paper = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                 "proposal", "paper.md")
    try:
        if cmd == "extract" and len(args) == 2:
            extract(args[0], args[1])
            return 0
        if cmd == "render" and len(args) == 2:
            return render(args[0], args[1])
        if cmd == "check" and len(args) <= 1:
            return check(args[0] if args else default_paper)
    except PaperError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(__doc__, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
