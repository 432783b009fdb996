"""Convert Phoenix.discards.txt (MIT) to eventwire/data/coding/discards.tsv.

Sentences holding a sentence-level phrase, and whole stories holding a story-level one ('+'),
are not coded: sport, entertainment, history. Left out on purpose: bare years and "years ago"
(history is told in political news too), diseases and natural disasters (aid follows them),
and the few political phrases in the list (debates, recounts, polls, courts, 9/11).

Run: .venv/bin/python scripts/convert_phoenix_discards.py
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "data" / "dictionaries" / "phoenix" / "Phoenix.discards.txt"
OUT = REPO / "eventwire" / "data" / "coding" / "discards.tsv"

LEFT_OUT = re.compile(
    r"^\d+$|\b(AGO|LATER)$|EBOLA|FLU|INFLUENZA|POLIO|H5N1|DENGUE|WEST NILE|RIFT VALLEY|CHOLERA|"
    r"CHICKUNGUNGA|EPIDEMIC|MEDICAL|TSUNAMI|TYPHOON|LANDSLIDE|MUDSLIDE|FLOOD|TROPICAL|STORM|"
    r"BLIZZARD|ACCIDENT|CAPSIZED|PLUNGED|RAVINE|PRESIDENTIAL|POLL PUBLISHED|COURT|"
    r"WORLD TRADE CENTER|OLIVER NORTH|ANITA HILL|MJ \d|LRP \d|AB \d|SLS \d|BNL \d|ATS \d|"
    r"SMS \d|MS \d|TB \d|LM \d|SKS \d"
)
OURS = [
    ("friendly match", "sentence"), ("scored", "sentence"), ("striker", "sentence"),
    ("olympic", "sentence"), ("gold medal", "sentence"), ("football club", "sentence"),
    ("premier league", "story"), ("grand slam", "sentence"), ("box office", "sentence"),
]


def main() -> None:
    rows = []
    seen = set()
    for number, raw in enumerate(SOURCE.read_text(encoding="latin-1").splitlines(), start=1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        scope = "story" if text.startswith("+") else "sentence"
        phrase = " ".join(text.lstrip("+").replace("_", " ").split()).lower()
        if not phrase or LEFT_OUT.search(phrase.upper()) or phrase in seen:
            continue
        seen.add(phrase)
        rows.append((phrase, scope, f"phoenix:Phoenix.discards.txt:{number}"))
    for phrase, scope in OURS:
        if phrase not in seen:
            rows.append((phrase, scope, "eventwire"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write("phrase\tscope\tsource\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"{len(rows)} discard phrases → {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
