"""Show that a change kept recoupe's output byte-identical: snapshot, change, compare.

A restructuring (moving modules, renaming helpers, typing) must not change a single byte of what the
analysis writes. This tool runs ``recoupe analyze`` on three corpora — the bundled examples, the seed
articles and the French TimeBank texts (the last two read from ``../shared``, skipped when absent) — and
records the SHA-256 of ``documents.jsonl`` and ``dossier.json`` for each::

    python tools/same_output.py snapshot before.json      # on the old code
    python tools/same_output.py snapshot after.json       # on the new code
    python tools/same_output.py compare before.json after.json

``compare`` exits 1 and names every file that differs. ``--keep DIR`` keeps the outputs, so a difference
can be read with ``diff``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: Corpus name → the inputs handed to ``recoupe analyze``.
CORPORA: dict[str, Path] = {
    "examples": ROOT / "examples",
    "seeds": SHARED / "seeds",
    "timebank": SHARED / "benchmarks" / "fr-timebank" / "texts",
}
OUTPUTS: tuple[str, ...] = ("documents.jsonl", "dossier.json")


def snapshot(path: Path, keep: Path | None) -> int:
    """Analyze each corpus and write the digests of its outputs to ``path``."""
    digests: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as scratch:
        base = keep or Path(scratch)
        for name, inputs in CORPORA.items():
            if not inputs.exists():
                print(f"{name}: {inputs} is absent, skipped", file=sys.stderr)
                continue
            out = base / name
            run = subprocess.run(
                [sys.executable, "-m", "recoupe", "analyze", str(inputs), "--out", str(out)],
                capture_output=True,
                text=True,
            )
            if run.returncode not in (0, 2):  # 2: some input skipped, which is output too
                print(run.stderr, file=sys.stderr)
                return run.returncode
            for output in OUTPUTS:
                digests[f"{name}/{output}"] = hashlib.sha256((out / output).read_bytes()).hexdigest()
            print(f"{name}: {run.stdout.strip().splitlines()[-1] if run.stdout.strip() else 'done'}")
    path.write_text(json.dumps(digests, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def compare(before: Path, after: Path) -> int:
    """Exit status 0 when both snapshots hold the same digests for the same files, 1 otherwise."""
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for key in differ:
        print(f"differs: {key}")
    print("identical" if not differ else f"{len(differ)} of {len(old.keys() | new.keys())} outputs differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="analyze the corpora and record output digests")
    snap.add_argument("path", type=Path)
    snap.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    comp = sub.add_parser("compare", help="compare two snapshots")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        return snapshot(args.path, args.keep)
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
