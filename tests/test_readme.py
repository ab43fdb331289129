"""The README's promises, checked: two quick-start commands, CI runs the second, the example output is real."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.S)
    return [line for b in blocks for line in b.strip().splitlines()]


def test_exactly_two_quick_start_commands():
    cmds = quick_start_commands()
    assert len(cmds) == 2
    assert "rasd ingest --sample" in cmds[0]
    assert "pytest" in cmds[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_example_output_is_what_rasd_prints():
    from training.readme_example import current_block, render

    assert current_block(README) == render(), "README example is stale: run python -m training.readme_example"
