"""The run summary of `--explain`: per Meta event name, how often each match key is sent, the most frequent
reasons something was left out, the events Meta would not get, and the missing keys in the order Meta's
documentation gives them weight (diagnostics.MISSING_KEY_RANK). No score: Meta publishes none."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, List

from meta_capi.diagnostics import MATCH_KEYS, MISSING_KEY_RANK, Explanation

TOP_REASONS = 5
_COLUMN = {"external_id": "ext_id", "client_ip_address": "ip", "client_user_agent": "ua"}


@dataclass
class EventNameStats:
    events: int = 0
    keys: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    rejected: Counter[str] = field(default_factory=Counter)


class MatchSummary:
    def __init__(self) -> None:
        self.by_name: Dict[str, EventNameStats] = {}

    def add(self, explanation: Explanation, meta_error: str = "") -> None:
        stats = self.by_name.setdefault(explanation.event_name or "(refused)", EventNameStats())
        stats.events += 1
        stats.keys.update(explanation.match_keys)
        stats.reasons.update(f"{name}: {reason}" for name, reason in explanation.left_out)
        if explanation.rejected or meta_error:
            stats.rejected[explanation.rejected or f"Meta: {meta_error}"] += 1

    def as_json(self) -> Dict[str, Any]:
        summary: Dict[str, Any] = {}
        for name, stats in sorted(self.by_name.items()):
            shares = {key: round(stats.keys[key] / stats.events, 3) for key in MATCH_KEYS}
            summary[name] = {
                "events": stats.events,
                "match_key_share": shares,
                "missing_keys_by_meta_priority": [key for key in MISSING_KEY_RANK if shares[key] < 1],
                "top_left_out": [{"reason": reason, "events": count}
                                 for reason, count in stats.reasons.most_common(TOP_REASONS)],
                "not_accepted": [{"reason": reason, "events": count} for reason, count in stats.rejected.items()],
            }
        return summary

    def lines(self) -> List[str]:
        out = ["", "Match keys by Meta event (share of events carrying each key):"]
        header = f"{'event':<22}{'n':>4} " + " ".join(f"{_COLUMN.get(key, key):>7}" for key in MATCH_KEYS)
        out.append(header)
        for name, data in self.as_json().items():
            cells = " ".join(f"{data['match_key_share'][key]:>7.0%}" for key in MATCH_KEYS)
            out.append(f"{name[:22]:<22}{data['events']:>4} {cells}")
        for name, data in self.as_json().items():
            if data["missing_keys_by_meta_priority"]:
                out.append(f"{name}: missing, most important first: {' '.join(data['missing_keys_by_meta_priority'])}")
            out += [f"{name}: left out in {item['events']} event(s): {item['reason']}" for item in data["top_left_out"]]
            out += [f"{name}: not accepted in {item['events']} event(s): {item['reason']}"
                    for item in data["not_accepted"]]
        return out
