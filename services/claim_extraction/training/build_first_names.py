"""Build ``first_names.tsv.gz``: first names that are strongly gendered, for pronoun agreement.

Run: ``python -m services.claim_extraction.training.build_first_names [--min-count 500] [--certainty 0.9]``

Source: the PyPI package ``nomquamgender`` (MIT; Van Buskirk, Clauset and Larremore, 2023), whose
``name_data.json`` holds, per name, the number of sources, the number of people counted and p(gf),
the share of them recorded as women. A name is kept when at least ``--min-count`` people were
counted and p(gf) is at most ``1 - certainty`` (``m``) or at least ``certainty`` (``f``): "Arthur" is
m, "Ingrid" f, "Taylor" and "Jordan" neither. The engine reads the result only to keep "she" from
naming Arthur and "he" from naming Ingrid (``coreference.py``); a name not listed agrees with both.
Needs the ``train`` extra: ``pip install -e ".[train]"``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from importlib import resources

from services.claim_extraction.coreference import FIRST_NAMES_PATH


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--min-count", type=int, default=500)
    parser.add_argument("--certainty", type=float, default=0.9)
    args = parser.parse_args()
    with resources.files("nomquamgender").joinpath("name_data.json").open(encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    for name, (_, count, p_female, *_) in data.items():
        if count < args.min_count or not (name.isascii() and name.isalpha()):
            continue
        if p_female >= args.certainty:
            rows.append(f"{name}\tf")
        elif p_female <= 1 - args.certainty:
            rows.append(f"{name}\tm")
    payload = ("\n".join(sorted(rows)) + "\n").encode("utf-8")
    with gzip.GzipFile(FIRST_NAMES_PATH, "wb", compresslevel=9, mtime=0) as out:  # same bytes every build
        out.write(payload)
    print(f"wrote {len(rows):,} names to {FIRST_NAMES_PATH}")


if __name__ == "__main__":
    main()
