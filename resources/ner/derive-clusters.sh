#!/usr/bin/env bash
# Derives word-clusters.txt.gz, the word classes the entity model uses, from unlabelled text in
# the shared data folder: PolNeAR train texts, WCXB article bodies (CC BY 4.0) and the words of
# CoNLL-2003 train. The dev splits are not used. Run from the repository root after building
# galley-cli:  resources/ner/derive-clusters.sh [BUILD_DIR [derive-clusters options]]
set -euo pipefail
shared=${GALLEY_SHARED_DIR:-../shared}
cli=${1:-build}/bin/galley-cli
text=$(mktemp --suffix=.txt)
trap 'rm -f "$text"' EXIT
python3 - "$shared" > "$text" <<'PY'
import glob, json, sys
shared = sys.argv[1]
for path in sorted(glob.glob(f"{shared}/data/quotes/polnear/train/text/*.txt")):
    with open(path, encoding="utf-8") as f:
        print(f.read().strip() + "\n")
for path in sorted(glob.glob(f"{shared}/data/extraction/wcxb/ground-truth/*.json")):
    with open(path, encoding="utf-8") as f:
        body = json.load(f)["ground_truth"].get("main_content") or ""
    print(body.strip() + "\n")
PY
"$cli" derive-clusters "${@:2}" --text "$text" --conll "$shared/data/ner/conll2003/train.txt" | gzip -9n > resources/ner/word-clusters.txt.gz
