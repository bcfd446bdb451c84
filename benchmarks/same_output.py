"""Same output before and after a speed change: tokens, sentences, claims and findings.

usage: python benchmarks/same_output.py save SNAPSHOT.json
       python benchmarks/same_output.py compare SNAPSHOT.json

``save`` records, for every text of the comparison corpus, what claimcheck makes of it; run it
on the code before a change. ``compare`` records the same with the code after the change and
prints every difference (exit 1 when there is one). Recorded:

- tokens: each token's text, offset, trailing space and sentence start, from the pipeline
  (``nlp``) and from the rules' view of the page (``page``: sentences of words, made from the
  extraction's Doc where ``page_of`` takes one, as lint does);
- claims: ``claimcheck extract --format json`` over each folder of the corpus;
- findings: ``claimcheck lint --format json --no-cache --no-baseline`` with the shipped
  registry and rules over every folder of the corpus but the generated texts.

The corpus: ../shared/corpus/drafts (when present), the NewsQuant sentences
(../shared/benchmarks/newsquant.json, one file each), examples/, tests/fixtures/documents/,
every ``text`` of the labelled cases in tests/data, the shipped rules' own examples, and
generated texts that put whitespace (tabs, no-break spaces, runs of spaces and newlines),
dashes, contractions and abbreviations next to figures and brackets (seeded: the same texts
on every run).
"""

from __future__ import annotations

import argparse
import inspect
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CLAIMCHECK = [sys.executable, "-m", "claimcheck"]
PIECES = (
    " ", "  ", "\t", "\n", "\n\n", "\xa0", " \xa0", "\xa0 ", "\u2009", "—", "–", "-", " — ",
    "(", ")", "[", "]", ",", ".", ";", ":", "'", "\"", "’", "“", "”", "%", "$", "~", "≥", "<",
    "45%", "3,000", "1.5", "70–80%", "12—14", "10-20", "$1,200", "5\xa0mg", "37\xa0°C.",
    "isn't", "don’t", "can't", "cannot", "e.g.", "i.e.", "Dr.", "vs.", "No.", "U.S.",
    "patients", "HCC", "risk", "about", "of", "the", "in", "Ain’t", "won’t", "°F.",
)  # fmt: skip


def generated_texts(count: int = 300, seed: int = 17) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(5, 60))) for _ in range(count)]


def case_texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "tests" / "data").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases = data.get("cases", data) if isinstance(data, dict) else data
        for case in cases or []:
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                texts.append(case["text"])
    return texts


def rule_example_texts() -> list[str]:
    """The shipped rules' own pass and fail examples: the wordings the rules are about."""
    from claimcheck.rules import load_rules

    return [text for rule in load_rules() for text in (*rule.examples_pass, *rule.examples_fail)]


def write_corpus(folder: Path) -> dict[str, Path]:
    """The comparison corpus as folders of drafts, by name."""
    folders = {}
    drafts = SHARED / "corpus" / "drafts"
    if drafts.is_dir():
        folders["drafts"] = drafts
    newsquant = SHARED / "benchmarks" / "newsquant.json"
    written = {
        "generated": generated_texts(),
        "cases": case_texts(),
        "rule_examples": rule_example_texts(),
    }
    if newsquant.is_file():
        rows = json.loads(newsquant.read_text(encoding="utf-8"))
        written["newsquant"] = [row["text"] for row in rows]
    for name, texts in written.items():
        target = folder / name
        target.mkdir()
        for index, text in enumerate(texts):
            (target / f"t{index:04d}.txt").write_text(text + "\n", encoding="utf-8")
        folders[name] = target
    folders["examples"] = REPO / "examples"
    folders["fixtures"] = REPO / "tests" / "fixtures" / "documents"
    return folders


def token_view(paths: list[Path]) -> dict[str, list]:
    from claimcheck.documents.reader import read_document
    from claimcheck.nlp.pipeline import build_pipeline
    from claimcheck.rules.page import page_of

    nlp = build_pipeline()
    shares_doc = "doc" in inspect.signature(page_of).parameters  # lint's own way, when it has it
    view = {}
    for path in paths:
        document = read_document(path)
        doc = nlp(document.analysis)
        view[f"nlp {path.name}"] = [
            [t.text, t.idx, t.whitespace_, bool(t.is_sent_start)] for t in doc
        ]
        view[f"page {path.name}"] = [
            [[w.text, w.start, w.end] for w in sentence.words]
            for sentence in (page_of(document, doc) if shares_doc else page_of(document)).sentences
        ]
    return view


def run_json(arguments: list[str], folder: Path, label: str) -> object:
    done = subprocess.run(
        [*CLAIMCHECK, *arguments, str(folder)], capture_output=True, text=True, cwd=REPO
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(arguments)} {folder}: exit {done.returncode}: {done.stderr}")
    return json.loads(done.stdout.replace(str(folder), label))


def snapshot() -> dict:
    result: dict = {"tokens": {}, "claims": {}, "findings": {}}
    with tempfile.TemporaryDirectory() as temporary:
        for name, folder in write_corpus(Path(temporary)).items():
            paths = sorted(p for p in folder.iterdir() if p.is_file())
            result["tokens"][name] = token_view(paths)
            result["claims"][name] = run_json(["extract", "--format", "json"], folder, name)
            if name != "generated":  # character soup, for the tokenizer: no prose to lint
                lint = ["lint", "--format", "json", "--no-cache", "--no-baseline", "--exit-zero"]
                result["findings"][name] = run_json(lint, folder, name)
    return result


def differences(before: object, after: object, where: str = "") -> list[str]:
    if type(before) is not type(after):
        return [f"{where}: {before!r} -> {after!r}"]
    if isinstance(before, dict):
        found = []
        for key in sorted(set(before) | set(after)):
            if key not in before or key not in after:
                found.append(f"{where}/{key}: only {'after' if key in after else 'before'}")
            else:
                found.extend(differences(before[key], after[key], f"{where}/{key}"))
        return found
    if isinstance(before, list):
        if len(before) != len(after):
            return [f"{where}: {len(before)} items -> {len(after)}"]
        pairs = enumerate(zip(before, after, strict=True))
        return [d for i, (a, b) in pairs for d in differences(a, b, f"{where}[{i}]")]
    return [] if before == after else [f"{where}: {before!r} -> {after!r}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "compare"))
    parser.add_argument("snapshot", type=Path)
    args = parser.parse_args()
    now = snapshot()
    counts = {part: sum(len(v) for v in now[part].values()) for part in now}
    if args.mode == "save":
        args.snapshot.write_text(json.dumps(now), encoding="utf-8")
        print(f"saved {args.snapshot}: {counts}")
        return 0
    before = json.loads(args.snapshot.read_text(encoding="utf-8"))
    found = differences(before, now)
    for line in found[:50]:
        print(line)
    print(f"compared {counts}: {len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
