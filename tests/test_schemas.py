"""schemas/ is generated from the pydantic models; a drift between the two fails here."""
import os

from conftest import ROOT

from pipeline.schemas import schema_texts


def test_schemas_folder_matches_the_models():
    folder = os.path.join(ROOT, "schemas")
    expected = schema_texts()
    on_disk = {f for f in os.listdir(folder) if f.endswith(".json")}
    assert on_disk == set(expected), "run `presspipe schema` and commit schemas/"
    for name, text in expected.items():
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            assert f.read() == text, f"{name} drifted from the models: run `presspipe schema`"
