"""Regenerate the README's example output from the current pipeline (tests/test_readme.py checks it).

    python -m training.readme_example
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXAMPLE = ROOT / "docs" / "example.txt"
BEGIN, END = "<!-- example-output:begin -->", "<!-- example-output:end -->"
PUBLISHED = "2023-03-15"


def compact(obj: dict) -> str:
    """Top-level keys one per line; list items one per line; everything else inline."""
    lines = ["{"]
    items = list(obj.items())
    for i, (k, v) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(v, list) and v:
            lines.append(f'  "{k}": [')
            for j, x in enumerate(v):
                lines.append("    " + json.dumps(x, ensure_ascii=False) + ("," if j < len(v) - 1 else ""))
            lines.append(f"  ]{comma}")
        else:
            lines.append(f'  "{k}": {json.dumps(v, ensure_ascii=False)}{comma}')
    lines.append("}")
    return "\n".join(lines)


def render() -> str:
    import rasd

    text = EXAMPLE.read_text(encoding="utf-8")
    result = rasd.load()(text, origin="docs/example.txt", published=PUBLISHED)
    d = result.to_dict()
    return f"{BEGIN}\n```json\n{compact(d)}\n```\n{END}"


def current_block(readme: str) -> str:
    m = re.search(re.escape(BEGIN) + r".*?" + re.escape(END), readme, re.S)
    return m.group(0) if m else ""


def main() -> None:
    readme = README.read_text(encoding="utf-8")
    block = render()
    old = current_block(readme)
    if not old:
        raise SystemExit(f"README has no {BEGIN} … {END} block")
    README.write_text(readme.replace(old, block), encoding="utf-8")
    print("README example output updated")


if __name__ == "__main__":
    main()
