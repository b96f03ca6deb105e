"""The floor: a component from the same WIT whose exports return one constant request."""

from typing import List, Tuple

from wit_world import exports
from wit_world.exports import data_collection as wit

_REQUEST = wit.EdgeeRequest(
    wit.HttpMethod.POST, "https://graph.facebook.com/v26.0/0/events", [("content-type", "application/json")],
    False, "{}",
)


class DataCollection(exports.DataCollection):
    def page(self, e: wit.Event, settings: List[Tuple[str, str]]) -> wit.EdgeeRequest:
        return _REQUEST

    def track(self, e: wit.Event, settings: List[Tuple[str, str]]) -> wit.EdgeeRequest:
        return _REQUEST

    def user(self, e: wit.Event, settings: List[Tuple[str, str]]) -> wit.EdgeeRequest:
        return _REQUEST
