"""Fill a catalog from a JSON file of translations: ``{"English source": "translation" or [plural forms]}``.

Translators (volunteers, sleutelfiguren, a translation agency) work on a plain
JSON file instead of a .po file; this puts their work into
``translations/<lang>/LC_MESSAGES/messages.po``. Entries that are already
translated are kept unless ``--overwrite``; sources not in the catalog are
reported and ignored.

    python scripts/import_translations.py ar translations-ar.json [--overwrite]
"""

from __future__ import annotations

import argparse
import json
import sys

from babel.messages.pofile import read_po, write_po


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("json_file")
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args(argv)
    path = f"translations/{args.lang}/LC_MESSAGES/messages.po"
    with open(args.json_file, encoding="utf-8") as handle:
        translations = json.load(handle)
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale=args.lang)
    known = set()
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        known.add(source)
        if source not in translations:
            continue
        done = all(message.string) if isinstance(message.string, tuple) else bool(message.string)
        if done and not args.overwrite:
            continue
        value = translations[source]
        message.string = tuple(value) if isinstance(message.id, tuple) else value
        message.flags.discard("fuzzy")
        filled += 1
    with open(path, "wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)
    unknown = sorted(set(translations) - known)
    print(f"{path}: {filled} filled" + (f", {len(unknown)} not in the catalog" if unknown else ""))
    for source in unknown[:20]:
        print(f"  not in the catalog: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
