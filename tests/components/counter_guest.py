"""A test component that keeps state in a module global: each answer's body is the number of calls this
instance has served. Under the proxy (a fresh instance per event) every body is 1."""

from typing import Any, List, Optional, Tuple

from wit_world import exports
from wit_world.exports import data_collection_v100, data_collection_v101

calls = 0


def _count(wit: Any) -> Any:
    global calls
    calls += 1
    return wit.EdgeeRequest(wit.HttpMethod.GET, "https://graph.facebook.com/v26.0/count", [], False, str(calls))


class DataCollectionV100(exports.DataCollectionV100):
    def page(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return _count(data_collection_v100)

    def track(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return _count(data_collection_v100)

    def user(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return _count(data_collection_v100)


class DataCollectionV101(exports.DataCollectionV101):
    def page(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return _count(data_collection_v101)

    def track(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return _count(data_collection_v101)

    def user(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
        return _count(data_collection_v101)

    def authenticate(self, settings: List[Tuple[str, str]]) -> Optional[data_collection_v101.AuthRequest]:
        return None
