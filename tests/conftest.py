import logging
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Tuple

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from wasmtime import Engine  # noqa: E402
from wasmtime.component import Component  # noqa: E402

from edgee_host.component.interfaces import WIT_DIR  # noqa: E402
from edgee_host.component.runtime import DataCollectionHost, load_component  # noqa: E402
from meta_capi import detector  # noqa: E402
from wasm_support import WASM, dummy_component  # noqa: E402

# CI runs derandomized, so a red run is reproducible; locally hypothesis explores.
settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# The compile cache `make check` fills too: the 18 MB component is compiled once per build, not per test module.
COMPILE_CACHE_HOME = ROOT / "build" / "cache"


class CompileLog(logging.Handler):
    """Counts the runtime's "compiled X" and "loaded X from the compile cache" lines for the session summary."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.lines[record.getMessage()] += 1


COMPILE_LOG = CompileLog()


def pytest_configure(config: pytest.Config) -> None:
    runtime_log = logging.getLogger("edgee_host.component.runtime")
    runtime_log.setLevel(logging.INFO)
    runtime_log.addHandler(COMPILE_LOG)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = sorted(COMPILE_LOG.lines.items())
    terminalreporter.write_line("components: " + ("; ".join(f"{line} ×{count}" for line, count in lines) or "none"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A test that builds its own host with a cache of its own compiles the 18 MB component again (seconds):
    # share `compiled_component` instead. The session fails so that it is seen.
    compiles = COMPILE_LOG.lines[f"compiled {WASM.name}"]
    if compiles > 1 and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(f"\n{WASM.name} was compiled {compiles} times in one session: use the compiled_component fixture")


@pytest.fixture(autouse=True)
def no_event_left_open() -> Iterator[None]:
    """What a test opened to judge as an event does (an allowance, a visitor's own values) ends with it: the next
    test judges outside an event whatever order the files run in (payload.build_request closes both itself)."""
    yield
    detector.open_allowance(-1)
    detector.open_own_values(None)


@pytest.fixture(scope="session", autouse=True)
def shared_compile_cache() -> Iterator[Path]:
    """Every harness run of the session (and each host fixture) reads and fills one compile cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(COMPILE_CACHE_HOME))
        yield COMPILE_CACHE_HOME / "edgee-harness"


@pytest.fixture(scope="session")
def compiled_component(shared_compile_cache: Path) -> Tuple[Engine, Component]:
    """meta_capi.wasm loaded once for the session; hosts share its engine and component."""
    if not WASM.exists():
        pytest.fail("meta_capi.wasm is missing: run `make build` (make test builds it first)")
    engine = Engine()
    return engine, load_component(engine, WASM, shared_compile_cache)


@pytest.fixture(scope="session")
def small_component(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A component with the 1.0.0 interface and no code: compiles in milliseconds, for the compile cache's tests."""
    wit = (WIT_DIR / "deps" / "edgee-v100" / "data-collection.wit").read_text()
    return dummy_component(tmp_path_factory.mktemp("small"), wit, "edgee:components/data-collection")


@pytest.fixture(scope="module")
def host(compiled_component: Tuple[Engine, Component]) -> DataCollectionHost:
    """meta_capi.wasm bound as the proxy binds it for wit_version 1.0.0, one per test module."""
    engine, component = compiled_component
    return DataCollectionHost(WASM, engine=engine, component=component)


@pytest.fixture(scope="module", params=["1.0.0", "1.0.1"])
def host_each_version(request: pytest.FixtureRequest, compiled_component: Tuple[Engine, Component]
                      ) -> DataCollectionHost:
    """meta_capi.wasm through each interface the proxy binds."""
    engine, component = compiled_component
    return DataCollectionHost(WASM, engine=engine, component=component, wit_version=request.param)
