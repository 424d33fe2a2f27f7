"""Characters per second of underthesea's NER on a folder of articles, for the
comparison in README.md ("Performance"). Not part of the build or the tests.

    python3 -m venv /tmp/uts && /tmp/uts/bin/pip install underthesea
    /tmp/uts/bin/python scripts/underthesea_ner.py DIR [N]

Runs `underthesea.ner` on every non-empty line of the first N articles (all by
default) after loading its model once, and prints the throughput and the number
of tokens it tags as entities.
"""
import glob
import sys
import time

import underthesea
from underthesea import ner

files = sorted(glob.glob(sys.argv[1] + "/*.txt"))
if len(sys.argv) > 2:
    files = files[: int(sys.argv[2])]
texts = [open(f, encoding="utf-8").read() for f in files]
lines = [line for t in texts for line in t.splitlines() if line.strip()]
chars = sum(len(line) for line in lines)
ner(lines[0])  # load the model before timing
start = time.perf_counter()
tagged = 0
for line in lines:
    tagged += sum(1 for token in ner(line) if token[-1] != "O")
seconds = time.perf_counter() - start
print(
    f"underthesea {underthesea.__version__} ner: {len(files)} articles, {len(lines)} lines, "
    f"{chars} chars in {seconds:.2f} s = {chars / seconds:.0f} chars/s; {tagged} entity tokens"
)
