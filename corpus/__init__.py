"""The bundled sample corpus: a handful of reports to try minerals on (see corpus/README.md)."""
from pathlib import Path

SAMPLES = Path(__file__).with_name("samples")
