from pathlib import Path

import pytest

from storyline.config import SETTINGS, Settings, settings_table
from storyline.errors import ConfigError

README = Path(__file__).resolve().parents[1] / "README.md"


def test_environment_then_overrides() -> None:
    env = {"STORYLINE_DB": "sqlite:///env.db", "STORYLINE_FETCH_ALLOW_NETWORKS": "127.0.0.1/32, 10.0.0.0/8"}
    s = Settings.load(env)
    assert s.db_url == "sqlite:///env.db"
    assert s.allow_networks == ("127.0.0.1/32", "10.0.0.0/8")
    assert Settings.load(env, db_url="sqlite:///flag.db").db_url == "sqlite:///flag.db"
    assert Settings.load(env, db_url=None).db_url == "sqlite:///env.db"


def test_default_database_lives_in_the_data_directory(tmp_path: Path) -> None:
    s = Settings.load({}).with_defaults(str(tmp_path))
    assert s.db_url == f"sqlite:///{tmp_path / 'storyline.db'}"


@pytest.mark.parametrize(("name", "value"), [("STORYLINE_FETCH_ALLOW_NETWORKS", "not-a-net"),
                                             ("STORYLINE_IMPORT_MAX_BYTES", "-5"),
                                             ("STORYLINE_FETCH_TIMEOUT", "soon")])
def test_bad_setting_is_a_clear_error(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.load({name: value})


def test_every_setting_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    assert settings_table() in text, "README settings table is stale: paste storyline.config.settings_table()"
    assert all(f"`{s.env}`" in text for s in SETTINGS)
