"""The same draft gets the same messages on every run, whatever Python's string hashing.

Python salts the hash of strings per process (PYTHONHASHSEED), so the order of a set of
names changes from run to run. A message built by walking such a set named one spelling's
key or another ("pediatricasthma", then "paediatricasthma") and listed narrowing words in
either order: a baseline or a cached result from one run then disagreed with the next.
Messages now name what the draft writes, in the order it writes it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REGISTRY = """\
- id: asthma-people-worldwide
  statement: Asthma affected about 262 million people worldwide in 2019.
  subject: [asthma]
  context: [worldwide, "2019"]
  value: {value: 262000000, unit: people}
  sources:
    - citation: "Made-up source for a test"
      url: https://example.org/a
  status: approved
- id: paediatric-asthma-share
  statement: Paediatric asthma affects about 9% of children.
  subject: [paediatric asthma, pediatric asthma]
  value: {value: 9, unit: "%"}
  sources:
    - citation: "Made-up source for a test"
      url: https://example.org/b
  status: approved
- id: us-adult-asthma
  statement: About 8% of US adults have asthma.
  subject: [asthma]
  context: [US, adults]
  value: {value: 8, unit: "%"}
  sources:
    - citation: "Made-up source for a test"
      url: https://example.org/c
  status: approved
"""

DRAFT = (
    "Paediatric asthma affects about 26 million people worldwide.\n\n"
    "Asthma is less common in the US among Pacific Islander and Asian American adults, "
    "at about 6%.\n"
)


def _lint(tmp_path: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "lint", "--no-cache", "--registry", "claims",
         "draft.md"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    return done.stdout


def test_messages_are_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "asthma.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    outputs = {_lint(tmp_path, seed) for seed in ("1", "4", "7")}
    assert len(outputs) == 1, "\n---\n".join(sorted(outputs))
    (output,) = outputs
    # the narrower subject as the draft writes it, not one spelling's normalised key
    assert "the figure is about Paediatric asthma, a part of its subject" in output
    # the narrowing words in the order the sentence says them
    assert "with 'Pacific Islander', 'Asian American'," in output
