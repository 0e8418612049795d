"""`make bench`: run every benchmark module in tests/bench/ and write tests/bench/results.json.

Each module named bench_*.py has `run() -> dict[str, Figure]`; one failing module is reported and skipped.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = set(argv)
    results: dict[str, object] = {}
    failed = []
    for path in sorted(HERE.glob("bench_*.py")):
        if only and path.stem not in only:
            continue
        try:
            figures = importlib.import_module(f"tests.bench.{path.stem}").run()
        except Exception:
            traceback.print_exc()
            failed.append(path.stem)
            continue
        for name, figure in figures.items():
            results[name] = figure.as_json()
            ratio = f"  ratio {figure.ratio:.2f}" if figure.ratio is not None else ""
            floor = f"  floor {figure.floor:.3f}" if figure.floor is not None else ""
            print(f"{name:32} {figure.value:12.3f} {figure.unit:6}{floor}{ratio}", flush=True)
    out = HERE / "results.json"
    previous = orjson.loads(out.read_bytes()) if only and out.exists() else {}
    out.write_bytes(orjson.dumps({**previous, **results}, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    print(f"wrote {out}")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
