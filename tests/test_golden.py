"""The golden snapshot: generated/ is exactly what `make generate` writes."""

from generator.pipeline.build import stale_files
from generator.pipeline.layout import Layout
from tests.conftest import ROOT


def test_generated_tree_matches_a_fresh_build() -> None:
    differences = stale_files(Layout.of(ROOT))
    assert not differences, (
        "generated/ differs from a fresh build; run `make generate` and commit the result:\n"
        + "\n".join(differences)
    )
