"""Build the small SVG sprite of the Bootstrap Icons the site uses (run by scripts/vendor-assets.sh).

Icons instead of emoji: emoji depend on the phone's fonts and show as empty boxes on many
cheap phones and in offline browsers; an SVG sprite always renders and follows the text colour.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: Every icon a template uses; `webapp/vocab.py` maps offer types to these names.
ICONS = [
    "chat-dots", "cup-hot", "shop", "tools", "heart", "people", "dribbble", "palette", "laptop",
    "house-heart", "book", "balloon-heart", "person-circle", "key", "check-lg",
    # reasons, warnings and the match steps
    "check2-circle", "stars", "flag", "calendar-check", "calendar-x", "geo-alt", "wallet2", "megaphone",
    "bar-chart", "person", "dot", "chat-square", "x-lg", "clock", "inbox", "bell", "list-check",
    "hourglass-split", "envelope", "telephone", "play-circle", "stop-circle", "calendar3", "sunrise",
    "sun", "moon", "translate", "gender-female", "cash-coin", "clipboard-check", "exclamation-triangle",
    "person-check", "send", "arrow-right", "arrow-left",
    # how a newcomer travels
    "person-walking", "bicycle", "bus-front", "car-front",
]


def symbol(name: str, svg: str) -> str:
    view_box = re.search(r'viewBox="([^"]+)"', svg).group(1)
    body = svg[svg.index(">") + 1 : svg.rindex("</svg>")].strip()
    return f'<symbol id="{name}" viewBox="{view_box}">{body}</symbol>'


def main(icons_dir: str, out: str) -> None:
    symbols = [symbol(name, (Path(icons_dir) / f"{name}.svg").read_text()) for name in ICONS]
    Path(out).write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">\n'
        + "\n".join(symbols)
        + "\n</svg>\n"
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
