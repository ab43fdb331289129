"""Build rasd/data/text/wordfreq.tsv: word counts from ANT Corpus v1.1 (Apache-2.0).

Used by the clitic analyser to decide whether ``وX`` is ``و`` + a known word ``X``.
Words are counted in their light form (diacritics, tatweel and format marks removed;
hamza, alef, ة and ى kept, because those distinctions matter for clitic decisions,
e.g. والي "governor" vs و + إلى).

    python -m training.text.build_wordfreq [--min-count 3]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rasd.text.clitics import light_form
from rasd.text.tokenize import iter_tokens
from training.corpora import iter_ant

OUT = Path(__file__).resolve().parents[2] / "rasd" / "data" / "text" / "wordfreq.tsv"

HEADER = """\
# rasd word frequencies for clitic analysis (light form: no diacritics/tatweel/format marks).
# Built from ANT Corpus v1.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; Apache License 2.0;
# ../shared/data/ant_corpus_v1.1, all 9 categories, TITLE + TEXT) by:
#     python -m training.text.build_wordfreq --min-count {min_count}
# Only Arabic-script words with count >= {min_count}. License of this file: Apache-2.0.
word\tcount
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    for art in iter_ant():
        for text in (art.title, art.text):
            for _, _, tok in iter_tokens(text):
                if "\u0621" <= tok[0] <= "\u064a":
                    counts[light_form(tok)] += 1
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER.format(min_count=args.min_count))
        for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if c >= args.min_count:
                f.write(f"{w}\t{c}\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
