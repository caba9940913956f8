#!/usr/bin/env python3
"""Test extraction, checking and rendering for the WG21 papers in proposal/.

Every proposal/*.md is a paper. One pipeline serves them all:

Usage:
  paper.py list                        list the papers with their block counts
  paper.py extract PAPER.md OUTDIR     write one lit test per tested code block
  paper.py extract-all OUTDIR          the same for every paper, into OUTDIR/<paper>/
  paper.py check   [PAPER.md ...]      check papers (default: all): blocks, counts,
                                       citations, references, links, header, placeholders
  paper.py render  PAPER.md OUT.html   render one paper to standalone HTML (pandoc)
  paper.py render-all OUTDIR           render every paper to OUTDIR/<paper>.html
  paper.py screenshot HTMLDIR OUTDIR   screenshot each rendered paper at its top, its
                                       wording and its polls (headless chromium)

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
and checks the paper's text (see check_text): every citation [@KEY] has an entry
[KEY]{#ref-KEY} in the paper's references, every entry has a link and is cited, every
internal link (#id) and every link to a sibling paper (other.html#id) resolves, the
YAML header has a title, a document number, a date, an audience and a reply-to, and
no placeholder text ("to be filled", "TODO", "TBD", "example.invalid") is left.

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


def check_blocks(paper):
    """Extract the paper's tests to a temporary directory and compare them with its blocks.

    Returns (blocks, declared counts or None, problems)."""
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
                    problems.append(f"{paper}:{b.line}: {test_name(b)}: {checks} CHECK lines for "
                                    f"{len(b.output.lines)} output lines")
        for k in TEST_KINDS:
            if on_disk[k] != counts[k]:
                problems.append(f"{paper}: {counts[k]} .{k} blocks but {on_disk[k]} .{k} tests written")

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
    return blocks, declared, problems


# Text a finished paper must not contain (case-insensitive, outside code blocks).
PLACEHOLDER_RE = re.compile(r"to be filled|\bTODO\b|\bTBD\b|example\.invalid|Author Name", re.I)
CITE_RE = re.compile(r"\[(?:[^\[\]]*?)@([A-Za-z0-9_:.-]+)")
CITE_KEY_RE = re.compile(r"@([A-Za-z0-9_:.-]*[A-Za-z0-9_])")
REF_ENTRY_RE = re.compile(r"\[([A-Za-z0-9_:.-]+)\]\{#ref-([A-Za-z0-9_:.-]+)\}")
EXPLICIT_ID_RE = re.compile(r"\{#([A-Za-z0-9_:.-]+)[^}]*\}")
LINK_RE = re.compile(r"\]\(([^)\s]*)\)")
HEADER_FIELDS = ("title", "document", "date", "audience", "reply-to")


def prose_lines(paper):
    """The paper's lines with fenced code blocks and the YAML header blanked out.

    Returns (header lines, prose lines); both keep the paper's line numbering."""
    blocks, lines = read_blocks(paper)
    prose = list(lines)
    header = []
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                header = lines[1:i]
                for j in range(0, i + 1):
                    prose[j] = ""
                break
    for b in blocks:
        for j in range(b.line - 1, b.end_line):
            prose[j] = ""
    return header, prose, blocks


def anchors_of(paper):
    _, prose, _ = prose_lines(paper)
    ids = set()
    for text in prose:
        ids.update(EXPLICIT_ID_RE.findall(text))
    return ids


def check_text(paper):
    """Check citations, references, links, the header and placeholders. Returns problems."""
    problems = []
    header, prose, blocks = prose_lines(paper)
    here = os.path.dirname(os.path.abspath(paper))

    present = set()
    for text in header:
        m = re.match(r"([a-z-]+):", text)
        if m:
            present.add(m.group(1))
            if PLACEHOLDER_RE.search(text):
                problems.append(f"{paper}: header: placeholder text in '{text.strip()}'")
    for field in HEADER_FIELDS:
        if field not in present:
            problems.append(f"{paper}: header has no '{field}:' field")

    ids = set()
    entries = {}
    cited = {}
    for n, text in enumerate(prose, 1):
        ids.update(EXPLICIT_ID_RE.findall(text))
        for key, anchor in REF_ENTRY_RE.findall(text):
            if key != anchor:
                problems.append(f"{paper}:{n}: reference entry [{key}] has the anchor ref-{anchor}")
            entries[key] = n
        m = PLACEHOLDER_RE.search(text)
        if m:
            problems.append(f"{paper}:{n}: placeholder text '{m.group(0)}'")
        # Citations: [@KEY], [@A; @B], [see @KEY, p. 3]; not e-mail addresses or code.
        stripped = re.sub(r"`[^`]*`", "", text)
        for group in re.findall(r"\[[^\[\]]*@[^\[\]]*\]", stripped):
            for key in CITE_KEY_RE.findall(group):
                cited.setdefault(key, n)
        if "[?" in stripped or "??" in stripped:
            problems.append(f"{paper}:{n}: unresolved citation or reference marker")

    for key, n in sorted(cited.items(), key=lambda kv: kv[1]):
        if key not in entries:
            problems.append(f"{paper}:{n}: citation [@{key}] has no reference entry [{key}]{{#ref-{key}}}")
    for key, n in sorted(entries.items(), key=lambda kv: kv[1]):
        if key not in cited:
            problems.append(f"{paper}:{n}: reference [{key}] is never cited")
        entry = prose[n - 1]
        k = n
        # An entry runs until the next entry or a blank line.
        while k < len(prose) and prose[k].strip() and not REF_ENTRY_RE.search(prose[k]):
            entry += " " + prose[k]
            k += 1
        if not re.search(r"<https?://[^>]+>", entry):
            problems.append(f"{paper}:{n}: reference [{key}] has no link (<https://...>)")

    siblings = {}
    for n, text in enumerate(prose, 1):
        for target in LINK_RE.findall(re.sub(r"`[^`]*`", "", text)):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            if target.startswith("#"):
                if target[1:] not in ids:
                    problems.append(f"{paper}:{n}: link to #{target[1:]}, which this paper does not define")
                continue
            m = re.fullmatch(r"([A-Za-z0-9_-]+)\.html(?:#([A-Za-z0-9_:.-]+))?", target)
            if not m:
                problems.append(f"{paper}:{n}: link '{target}' is neither external, internal nor a sibling paper")
                continue
            other = os.path.join(here, m.group(1) + ".md")
            if not os.path.exists(other):
                problems.append(f"{paper}:{n}: link to {target}, but proposal/{m.group(1)}.md does not exist")
                continue
            if m.group(2):
                if other not in siblings:
                    siblings[other] = anchors_of(other)
                if m.group(2) not in siblings[other]:
                    problems.append(f"{paper}:{n}: link to {target}, but {m.group(1)}.md does not define #{m.group(2)}")
    return problems


def check(papers):
    """Check each paper; print a summary per paper and every problem. Returns an exit status."""
    all_problems = []
    totals = {k: 0 for k in KINDS}
    for paper in papers:
        blocks, declared, problems = check_blocks(paper)
        problems += check_text(paper)
        counts = count_kinds(blocks)
        for k in KINDS:
            totals[k] += counts[k]
        first, second = summary(blocks)
        status = "OK" if not problems else f"{len(problems)} problem(s)"
        marker = "" if declared is not None or not any(counts[k] for k in TEST_KINDS) \
            else " (no paper-test-counts marker)"
        print(f"{os.path.basename(paper)}: {first} {second}: {status}{marker}")
        all_problems += problems
    if len(papers) > 1:
        tests = sum(totals[k] for k in TEST_KINDS)
        print(f"all papers: {sum(totals.values())} blocks, {tests} tests ("
              + ", ".join(f"{k} {totals[k]}" for k in TEST_KINDS) + ")")
    for p in all_problems:
        print("error: " + p, file=sys.stderr)
    if all_problems:
        return 1
    print("check: OK")
    return 0


def all_papers(proposal_dir):
    """Every paper: proposal/*.md, in name order."""
    return sorted(os.path.join(proposal_dir, n) for n in os.listdir(proposal_dir) if n.endswith(".md"))


def paper_stem(paper):
    return os.path.splitext(os.path.basename(paper))[0]


def extract_all(proposal_dir, outdir):
    """Extract every paper's tests into OUTDIR/<paper>/; print one line per paper and a total."""
    total = 0
    lines = []
    papers = all_papers(proposal_dir)
    # Tests of blocks or papers that no longer exist must not linger: lit would run them.
    if os.path.isdir(outdir):
        stems = {paper_stem(p) for p in papers}
        for name in os.listdir(outdir):
            path = os.path.join(outdir, name)
            if os.path.isfile(path) and re.fullmatch(r"block-\d+-[a-z]+\.cpp", name):
                os.remove(path)
            elif os.path.isdir(path) and name not in stems and all(
                    re.fullmatch(r"block-\d+-[a-z]+\.cpp", n) for n in os.listdir(path)):
                for n in os.listdir(path):
                    os.remove(os.path.join(path, n))
                os.rmdir(path)
    for paper in papers:
        sub = os.path.join(outdir, paper_stem(paper))
        blocks, written = extract(paper, sub, quiet=True)
        first, _ = summary(blocks)
        lines.append(f"{os.path.basename(paper)}: {first}")
        total += len(written)
    print(f"{total} tests from {len(lines)} papers")
    for line in lines:
        print(line)
    return 0


def list_papers(proposal_dir):
    for paper in all_papers(proposal_dir):
        blocks, _ = read_blocks(paper)
        first, second = summary(blocks)
        print(f"{os.path.relpath(paper)}: {first} {second}")
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


def render_all(proposal_dir, outdir):
    os.makedirs(outdir, exist_ok=True)
    status = 0
    for paper in all_papers(proposal_dir):
        status |= render(paper, os.path.join(outdir, paper_stem(paper) + ".html"))
    return status


# Headless chromium does not scroll to a fragment before it takes a screenshot, so each
# section is shown in an iframe whose source carries the fragment.
SHOT_FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" style="border:0;width:1100px;height:1400px"></iframe>
<script>document.getElementById('f').src = decodeURIComponent(location.search.slice(1));</script>
</body></html>
"""
SHOT_SECTIONS = ("title-block-header", "wording", "polls")


def screenshot(html_dir, out_dir):
    """Take one screenshot per paper and section; print what was written."""
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome")
                    if subprocess.run(["which", b], capture_output=True).returncode == 0), None)
    if browser is None:
        print("error: no headless browser found (apt-get install chromium)", file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    frame = os.path.join(os.path.abspath(html_dir), "screenshot-frame.html")
    with open(frame, "w", encoding="utf-8") as f:
        f.write(SHOT_FRAME)
    status = 0
    try:
        for name in sorted(os.listdir(html_dir)):
            if not name.endswith(".html") or name == "screenshot-frame.html":
                continue
            for section in SHOT_SECTIONS:
                png = os.path.join(os.path.abspath(out_dir), f"{name[:-5]}-{section}.png")
                url = f"file://{frame}?{name}%23{section}"
                subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                                "--hide-scrollbars", "--virtual-time-budget=3000",
                                "--window-size=1100,1400", f"--screenshot={png}", url],
                               capture_output=True, timeout=120)
                if os.path.exists(png):
                    print(f"wrote {png}")
                else:
                    print(f"error: no screenshot of {name}#{section}", file=sys.stderr)
                    status = 1
    finally:
        os.remove(frame)
    return status


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help", "help"):
        print(__doc__)
        return 0 if len(argv) >= 2 else 1
    cmd, args = argv[1], argv[2:]
    proposal_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "proposal")
    try:
        if cmd == "list" and not args:
            return list_papers(proposal_dir)
        if cmd == "extract" and len(args) == 2:
            extract(args[0], args[1])
            return 0
        if cmd == "extract-all" and len(args) == 1:
            return extract_all(proposal_dir, args[0])
        if cmd == "render" and len(args) == 2:
            return render(args[0], args[1])
        if cmd == "render-all" and len(args) == 1:
            return render_all(proposal_dir, args[0])
        if cmd == "screenshot" and len(args) == 2:
            return screenshot(args[0], args[1])
        if cmd == "check":
            return check(args if args else all_papers(proposal_dir))
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
