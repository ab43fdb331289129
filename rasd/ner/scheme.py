"""Label sets and mappings between rasd NER labels and the corpora's tag sets.

rasd labels: ``PER ORG GPE LOC FAC NORP DATE`` plus ``MISC`` (predicted so that the
ANERcorp scheme can be served; the pipeline component keeps it out of ``doc.ents``).
Every mapping here is documented in docs/ner.md.
"""

from __future__ import annotations

from typing import Mapping, Sequence

RASD_LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE")
MODEL_LABELS = RASD_LABELS + ("MISC",)
ANERCORP_LABELS = ("PERS", "ORG", "LOC", "MISC")

# rasd -> ANERcorp 4-type scheme (None = not an entity there). NORP -> O: ANERcorp tags
# nationality words (العرب, الأمريكية) O; checked on dev (docs/ner.md).
RASD_TO_ANERCORP: Mapping[str, str | None] = {
    "PER": "PERS",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": None,
    "DATE": None,
    "MISC": "MISC",
}
# rasd scheme output: MISC is not a rasd label.
RASD_OUTPUT: Mapping[str, str | None] = {label: label for label in RASD_LABELS} | {"MISC": None}

# ANERcorp tags -> rasd (before NewsFANE refinement; LOC becomes GPE/LOC/FAC there).
ANERCORP_TO_RASD: Mapping[str, str] = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"}

# NewsFANE fine classes (ACE-like taxonomy of Alotaibi & Lee 2014) -> rasd.
NEWSFANE_TO_RASD: Mapping[str, str] = {
    **{c: "PER" for c in ("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                          "Businessperson", "Lawyer", "Engineer", "Police")},
    "Group": "NORP",
    **{c: "ORG" for c in ("Government", "Non-Governmental", "Commercial", "Educational", "Media",
                          "Religious_ORG", "Sports", "Medical-Science", "Entertainment")},
    **{c: "GPE" for c in ("Nation", "Population-Center", "State-or-Province", "County-or-District")},
    **{c: "LOC" for c in ("Continent", "GPE-Cluster", "Water-Body", "Land-Region-Natural")},
    **{c: "FAC" for c in ("Building-Grounds", "Airport", "Path")},
    **{c: "MISC" for c in ("Book", "Movie", "Software", "Hardware", "Land", "Air", "Water", "Projectile",
                           "Food", "Drug", "Shooting")},
}

# AQMAR: PER/LOC/ORG and article-specific MIS0..MIS3 (None = leave unannotated).
AQMAR_TO_RASD: Mapping[str, str | None] = {"PER": "PER", "ORG": "ORG", "LOC": "GPE", "MIS": None}
# AQMAR typos listed in its SOURCE.md.
AQMAR_TAG_FIXES: Mapping[str, str] = {
    "B-MIS": "B-MIS1", "B-MIS-1": "B-MIS1", "B-MIS-2": "B-MIS2", "B-MISS1": "B-MIS1", "B-MIS1`": "B-MIS1",
    "I--ORG": "I-ORG", "OO": "O", "IO": "O", "B-ENGLISH": "O", "B-SPANISH": "O",
}

# Wojood outer-layer types -> rasd (None = descend to an inner layer, or O).
WOJOOD_TO_RASD: Mapping[str, str | None] = {
    "PERS": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP", "DATE": "DATE",
    "EVENT": "MISC", "CURR": "MISC", "PRODUCT": "MISC",
}


def map_tags(tags: Sequence[str], mapping: Mapping[str, str | None]) -> list[str]:
    """Map the types of IOB2 tags; unmapped or None types become O (B/I structure kept)."""
    from rasd.ner.scorer import spans_from_tags, tags_from_spans

    spans = [(s, e, mapping.get(t)) for s, e, t in spans_from_tags(tags)]
    return tags_from_spans(len(tags), [(s, e, t) for s, e, t in spans if t])
