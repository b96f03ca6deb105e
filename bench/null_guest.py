"""The floor: a component from the same WIT whose exports return one constant request."""

from types import ModuleType
from typing import Any, List, Optional, Tuple

from wit_world import exports
from wit_world.exports import data_collection_v100, data_collection_v101

URL = "https://graph.facebook.com/v26.0/0/events"


def _constant_answers(wit: ModuleType) -> type:
    request = wit.EdgeeRequest(wit.HttpMethod.POST, URL, [("content-type", "application/json")], False, "{}")

    class Constant:
        def page(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
            return request

        def track(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
            return request

        def user(self, e: Any, settings: List[Tuple[str, str]]) -> Any:
            return request

    return Constant


class DataCollectionV100(_constant_answers(data_collection_v100), exports.DataCollectionV100):  # type: ignore[misc]
    pass


class DataCollectionV101(_constant_answers(data_collection_v101), exports.DataCollectionV101):  # type: ignore[misc]
    def authenticate(self, settings: List[Tuple[str, str]]) -> Optional[data_collection_v101.AuthRequest]:
        return None
