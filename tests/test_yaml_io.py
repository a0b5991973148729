"""The build dumps YAML with libyaml's emitter: the very bytes the pure-Python one writes."""

from __future__ import annotations

import yaml

from generator.pipeline.yaml_io import dump_yaml, load_yaml, parse_yaml
from tests.conftest import ROOT

#: What the effective spec may hold that emitters could write differently.
AWKWARD = {
    "unicode": "Zahlung für 3 € — ✓ 日本",
    "multiline": "first line\nsecond line\n",
    "long": "word " * 400,
    "quotes": 'it\'s "quoted": yes # not a comment',
    "looks like": ["yes", "no", "null", "~", "1e3", "0o17", "2024-01-01", "", " padded "],
    "numbers": [0, -1, 1.5, 10**30, 1e-9, True, None],
    "nested": {"empty list": [], "empty map": {}, "key: colon": {"- dash": "x"}},
    "control": "tab\there, bell \x07, nbsp \xa0, bom \ufeff",
}


def test_libyaml_is_used_and_writes_what_the_pure_emitter_writes() -> None:
    assert hasattr(yaml, "CSafeDumper"), "PyYAML was built without libyaml"
    spec = load_yaml(ROOT / "generated" / "openapi.effective.yaml")
    for document in (spec, AWKWARD):
        fast = dump_yaml(document)
        assert fast == dump_yaml(document, yaml.SafeDumper)
        assert parse_yaml(fast, "the dump") == document
    effective = (ROOT / "generated" / "openapi.effective.yaml").read_text(encoding="utf-8")
    assert dump_yaml(spec) == effective
