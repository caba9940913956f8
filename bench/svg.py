"""Hand-written SVG charts for bench/run.py (no plotting library needed).

write_bars: grouped bars (one group per label, one bar per series), optional log scale
and a reference line (1.00 = the baseline). write_lines: small-multiple panels of lines
over a log2 x axis (object size), one panel per compiler and optimization level.
"""
import math
from xml.sax.saxutils import escape

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]


def _text(x, y, s, size=11, anchor="start", rotate=None, weight="normal"):
    tr = f' transform="rotate({rotate} {x:.1f} {y:.1f})"' if rotate else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'font-family="sans-serif" font-weight="{weight}"{tr}>{escape(str(s))}</text>')


def _svg(w, h, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">\n'
            f'<rect width="{w}" height="{h}" fill="white"/>\n' + "\n".join(body) + "\n</svg>\n")


def write_bars(path, groups, title, ylabel, reference=None, log_scale=False, horizontal=False):
    """groups: [(label, [(series, value or None), ...]), ...]."""
    series = []
    for _, bars in groups:
        for s, _ in bars:
            if s not in series:
                series.append(s)
    values = [v for _, bars in groups for _, v in bars if v]
    if not values:
        values = [1.0]
    if horizontal:
        return _write_hbars(path, groups, title, ylabel, reference, values)
    vmax = max(max(values), reference or 0) * 1.15
    vmin = min(min(values), reference or vmax) / 1.15 if log_scale else 0.0
    W, H, left, right, top, bottom = 900, 420, 70, 20, 40, 110
    pw, ph = W - left - right, H - top - bottom

    def y_of(v):
        if log_scale:
            return top + ph - ph * (math.log(v) - math.log(vmin)) / (math.log(vmax) - math.log(vmin))
        return top + ph - ph * (v - vmin) / (vmax - vmin)

    body = [_text(W / 2, 20, title, 14, "middle", weight="bold")]
    body.append(f'<line x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}" stroke="black"/>')
    body.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="black"/>')
    ticks = []
    if log_scale:
        for t in (0.5, 0.75, 1.0, 1.25, 1.5, 2, 3, 5, 10, 20, 50):
            if vmin <= t <= vmax:
                ticks.append(t)
    else:
        step = 10 ** math.floor(math.log10(vmax / 4 or 1))
        t = 0.0
        while t <= vmax:
            ticks.append(t)
            t += step * (2 if vmax / step > 8 else 1)
    for t in ticks:
        y = y_of(t)
        body.append(f'<line x1="{left - 4}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}" stroke="#ddd"/>')
        body.append(_text(left - 6, y + 4, f"{t:g}", 10, "end"))
    body.append(_text(16, top + ph / 2, ylabel, 11, "middle", rotate=-90))
    gw = pw / max(1, len(groups))
    bw = gw * 0.8 / max(1, len(series))
    for gi, (label, bars) in enumerate(groups):
        x0 = left + gi * gw + gw * 0.1
        for s, v in bars:
            si = series.index(s)
            x = x0 + si * bw
            if v:
                y = y_of(v)
                base = y_of(reference) if (log_scale and reference) else top + ph
                y1, y2 = min(y, base), max(y, base)
                body.append(f'<rect x="{x:.1f}" y="{y1:.1f}" width="{bw * 0.9:.1f}" height="{max(1, y2 - y1):.1f}" '
                            f'fill="{PALETTE[si % len(PALETTE)]}"><title>{escape(label)} {escape(s)}: {v:.3f}</title></rect>')
            else:
                body.append(_text(x + bw / 2, top + ph - 3, "n/a", 8, "middle"))
        body.append(_text(left + gi * gw + gw / 2, top + ph + 14, label, 10, "middle"))
    if reference:
        y = y_of(reference)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}" stroke="black" stroke-dasharray="4 3"/>')
    for si, s in enumerate(series):
        x, y = left + (si % 4) * 200, H - 60 + (si // 4) * 16
        body.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{PALETTE[si % len(PALETTE)]}"/>')
        body.append(_text(x + 14, y, s, 10))
    with open(path, "w") as f:
        f.write(_svg(W, H, body))


def _write_hbars(path, groups, title, xlabel, reference, values):
    vmax = max(max(values), reference or 0) * 1.1
    W, left, right, top, row = 900, 430, 30, 40, 18
    H = top + row * len(groups) + 50
    pw = W - left - right
    body = [_text(W / 2, 20, title, 14, "middle", weight="bold")]
    for gi, (label, bars) in enumerate(groups):
        y = top + gi * row
        v = bars[0][1] if bars else None
        body.append(_text(left - 6, y + 12, label, 10, "end"))
        if v:
            body.append(f'<rect x="{left}" y="{y + 3}" width="{pw * v / vmax:.1f}" height="{row - 6}" '
                        f'fill="{PALETTE[0]}"><title>{escape(label)}: {v:.3f}</title></rect>')
            body.append(_text(left + pw * v / vmax + 4, y + 12, f"{v:.3f}", 9))
    if reference:
        x = left + pw * reference / vmax
        body.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + row * len(groups)}" stroke="black" '
                    f'stroke-dasharray="4 3"/>')
    body.append(_text(left + pw / 2, H - 15, xlabel, 11, "middle"))
    with open(path, "w") as f:
        f.write(_svg(W, H, body))


def write_lines(path, panels, title, xlabel, ylabel):
    """panels: [(panel title, [(series, [(x, y), ...]), ...]), ...]; x on a log2 axis."""
    cols = 2
    rows = max(1, math.ceil(len(panels) / cols))
    PW, PH, W = 430, 260, 900
    H = 40 + rows * (PH + 30) + 40
    body = [_text(W / 2, 20, title, 14, "middle", weight="bold")]
    series_names = []
    for _, lines in panels:
        for s, _ in lines:
            if s not in series_names:
                series_names.append(s)
    ymax_all = max([y for _, lines in panels for _, pts in lines for _, y in pts] + [1])
    ymax = 10 ** math.ceil(math.log10(ymax_all * 1.2)) if ymax_all > 0 else 1
    ymax = max(ymax_all * 1.25, 64)
    for pi, (ptitle, lines) in enumerate(panels):
        ox, oy = 20 + (pi % cols) * (PW + 20), 40 + (pi // cols) * (PH + 30)
        left, top, pw, ph = ox + 55, oy + 20, PW - 70, PH - 60
        xs = sorted({x for _, pts in lines for x, _ in pts}) or [1, 2]
        lx0, lx1 = math.log2(xs[0]), math.log2(xs[-1]) if len(xs) > 1 else math.log2(xs[0]) + 1

        def X(x):
            return left + pw * (math.log2(x) - lx0) / (lx1 - lx0)

        def Y(y):
            return top + ph - ph * y / ymax

        body.append(_text(ox + PW / 2, oy + 12, ptitle, 12, "middle", weight="bold"))
        body.append(f'<line x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}" stroke="black"/>')
        body.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="black"/>')
        for k in range(5):
            v = ymax * k / 4
            body.append(f'<line x1="{left}" y1="{Y(v):.1f}" x2="{left + pw}" y2="{Y(v):.1f}" stroke="#eee"/>')
            body.append(_text(left - 4, Y(v) + 4, f"{v:.0f}", 9, "end"))
        for x in xs:
            lab = f"{x >> 20}M" if x >= 1 << 20 else f"{x >> 10}K"
            body.append(_text(X(x), top + ph + 12, lab, 9, "middle"))
        body.append(_text(left + pw / 2, top + ph + 26, xlabel, 10, "middle"))
        body.append(_text(ox + 12, top + ph / 2, ylabel, 10, "middle", rotate=-90))
        for s, pts in lines:
            if not pts:
                continue
            c = PALETTE[series_names.index(s) % len(PALETTE)]
            d = " ".join(f"{'M' if i == 0 else 'L'}{X(x):.1f},{Y(y):.1f}" for i, (x, y) in enumerate(sorted(pts)))
            body.append(f'<path d="{d}" fill="none" stroke="{c}" stroke-width="2"/>')
            for x, y in pts:
                body.append(f'<circle cx="{X(x):.1f}" cy="{Y(y):.1f}" r="2.5" fill="{c}"><title>{escape(s)} '
                            f'{x} B: {y} B</title></circle>')
    for si, s in enumerate(series_names):
        x, y = 30 + si * 170, H - 15
        body.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{PALETTE[si % len(PALETTE)]}"/>')
        body.append(_text(x + 14, y, s, 10))
    with open(path, "w") as f:
        f.write(_svg(W, H, body))
