"""Entity memory: built from training pairs, applied only where the CRF left a gap."""

from rasd.ner.memory import apply_memory, build_memory, read_memory, write_memory

PAIRS = [
    (("قال", "مجلس", "الأمن", "إن"), ("O", "B-ORG", "I-ORG", "O")),
    (("اجتمع", "مجلس", "الأمن", "أمس"), ("O", "B-ORG", "I-ORG", "O")),
    (("زار", "الأمن", "العام"), ("O", "O", "O")),
]


def test_build_apply_and_round_trip(tmp_path):
    memory, counts = build_memory(PAIRS)
    assert memory[("مجلس", "الامن")] == "ORG" and counts[("مجلس", "الامن")] == 2
    words = ["دعا", "مجلس", "الأمن", "إلى", "الهدوء"]
    assert apply_memory([], words, memory) == [(1, 3, "ORG", 0.5)]
    assert apply_memory([(0, 2, "PER", 0.9)], words, memory) == [(0, 2, "PER", 0.9)]  # no overlap allowed
    write_memory(memory, counts, tmp_path / "memory.tsv")
    assert read_memory(tmp_path / "memory.tsv") == memory
    assert read_memory(tmp_path / "absent.tsv") == {}
