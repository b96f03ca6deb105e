"""A test component that keeps state in a module global: each answer's body is the number of calls this
instance has served. Under the proxy (a fresh instance per event) every body is 1."""

from typing import Any, List, Optional, Tuple

from wit_world import exports
from wit_world.exports import data_collection_v100, data_collection_v101

calls = 0


class _Counting:
    wit: Any

    def _count(self) -> Any:
        global calls
        calls += 1
        return self.wit.EdgeeRequest(self.wit.HttpMethod.GET, "https://graph.facebook.com/v26.0/count", [], False,
                                     str(calls))

    def page(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return self._count()

    def track(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return self._count()

    def user(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return self._count()


class DataCollectionV100(_Counting, exports.DataCollectionV100):
    wit = data_collection_v100


class DataCollectionV101(_Counting, exports.DataCollectionV101):
    wit = data_collection_v101

    def authenticate(self, settings: List[Tuple[str, str]]) -> Optional[data_collection_v101.AuthRequest]:
        return None
