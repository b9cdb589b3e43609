"""scripts/render_instance.py renders every profile, with the environment's settings.

Plain pytest: no Zope is started. The rendered files are also parsed with the
ZConfig schemas Zope (and runzeo) use, so a broken template fails here.
"""

from pathlib import Path

import importlib.util
import pytest
import ZConfig


ROOT = Path(__file__).resolve().parent.parent
ENV = {
    "HOST": "0.0.0.0",
    "PORT": "18123",
    "ZEO_ADDRESS": "127.0.0.1:18124",
    # A `$` in a password must reach libpq unchanged.
    "RELSTORAGE_DSN": "host=db.example dbname=ci user=zope password=pa$$word",
}


def load_module():
    spec = importlib.util.spec_from_file_location(
        "render_instance", ROOT / "scripts" / "render_instance.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_instance = load_module()


def load_zope_conf(path):
    """Parse zope.conf as Zope does (its schema imports optional packages)."""
    from Zope2.Startup.options import ZopeWSGIOptions

    return ZopeWSGIOptions(str(path))().configroot


def load_zeo_conf(path):
    """Parse zeo.conf as runzeo does."""
    import ZEO

    schema = ZConfig.loadSchema(str(Path(ZEO.__file__).parent / "schema.xml"))
    return ZConfig.loadConfig(schema, str(path))[0]


@pytest.fixture
def rendered(tmp_path, monkeypatch, request):
    """Render request.param with ENV into tmp_path; returns (instance, var, paths)."""
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    instance, var = tmp_path / "instance", tmp_path / "var"
    paths = render_instance.render_instance(
        profile=request.param, instance=instance, var=var
    )
    return instance, var, paths


def test_profile_names_match_the_folders():
    folders = {p.name for p in (ROOT / "profiles").iterdir() if p.is_dir()}
    assert folders == {"common", *render_instance.PROFILE_NAMES}


@pytest.mark.parametrize("rendered", render_instance.PROFILE_NAMES, indirect=True)
def test_common_files(rendered):
    instance, var, paths = rendered
    etc = instance / "etc"
    assert {etc / "zope.conf", etc / "zope.ini"} <= set(paths)
    assert all(path.is_file() for path in paths)
    for folder in ("log", "cache"):
        assert (var / folder).is_dir()
    ini = (etc / "zope.ini").read_text()
    assert "listen = 0.0.0.0:18123" in ini
    assert f"{var}/log/event.log" in ini
    conf = (etc / "zope.conf").read_text()
    assert f"%define INSTANCE {instance}" in conf
    assert f"%define VAR {var}" in conf
    assert "${" not in conf + ini  # nothing left unsubstituted


@pytest.mark.parametrize(
    "rendered, expected",
    [
        ("filestorage", ["<filestorage>", "path $VAR/filestorage/Data.fs"]),
        ("zeo", ["%import ZEO", "<zeoclient>", "server 127.0.0.1:18124"]),
        (
            "relstorage",
            [
                "%import relstorage",
                "<relstorage>",
                "keep-history false",
                "<postgresql>",
                "dsn host=db.example dbname=ci user=zope password=pa$$$$word",
            ],
        ),
    ],
    indirect=["rendered"],
)
def test_storage_section(rendered, expected):
    instance, var, paths = rendered
    conf = (instance / "etc" / "zope.conf").read_text()
    assert "<zodb_db main>" in conf
    for line in expected:
        assert line in conf
    assert conf.count("<zodb_db ") == 1


@pytest.mark.parametrize("rendered", render_instance.PROFILE_NAMES, indirect=True)
def test_zope_conf_parses(rendered, request):
    """Zope's own schema accepts the file, and reads the settings back."""
    profile = request.node.callspec.params["rendered"]
    instance, var, paths = rendered
    config = load_zope_conf(instance / "etc" / "zope.conf")
    assert config.instancehome == str(instance)
    assert config.clienthome == str(var)
    (database,) = config.databases
    assert database.name == "main"
    storage = database.config.storage.config
    if profile == "filestorage":
        assert storage.base.config.path == f"{var}/filestorage/Data.fs"
        assert storage.blob_dir == f"{var}/filestorage/blobstorage"
    elif profile == "zeo":
        assert [s.address for s in storage.server] == [("127.0.0.1", 18124)]
        assert storage.blob_dir == f"{var}/zeo/blobcache"
    else:
        assert storage.adapter.config.dsn == ENV["RELSTORAGE_DSN"]
        assert storage.blob_dir == f"{var}/relstorage/blobcache"
        assert storage.keep_history is False
    assert (var / profile).is_dir()


@pytest.mark.parametrize("rendered", ["zeo"], indirect=True)
def test_zeo_server_conf(rendered):
    instance, var, paths = rendered
    assert instance / "etc" / "zeo.conf" in paths
    config = load_zeo_conf(instance / "etc" / "zeo.conf")
    assert config.zeo.address.address == ("127.0.0.1", 18124)
    assert config.zeo.pid_filename == f"{var}/zeo/zeo.pid"
    (storage,) = config.storages
    assert storage.name == "1"
    assert storage.config.blob_dir == f"{var}/zeo/blobstorage"
    assert storage.config.base.config.path == f"{var}/zeo/Data.fs"


@pytest.mark.parametrize("rendered", ["filestorage", "relstorage"], indirect=True)
def test_no_zeo_server_conf_without_zeo(rendered):
    instance, var, paths = rendered
    assert not (instance / "etc" / "zeo.conf").exists()


def test_defaults(tmp_path, monkeypatch):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    values = render_instance.settings(profile="zeo", instance=tmp_path, var=tmp_path)
    assert values["host"] == "127.0.0.1"
    assert values["port"] == "8080"
    assert values["zeo_address"] == "127.0.0.1:8100"
    assert values["relstorage_dsn"] == "dbname=migrant"
