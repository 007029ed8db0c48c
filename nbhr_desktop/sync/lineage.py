"""Which state of a record came from which: the rules that decide update, skip or conflict.

A state is named by its stamp "version:installation". One installation's states form a
chain (each edit starts from its current state, which holds everything it had before), so
what a record "knows" is summed up by the highest version seen from each installation —
a version vector, stored as "3:inst-a,5:inst-b". State X descends from state Y when X knows
Y's installation at Y's version or later.

Why not compare versions alone: two offices editing version 2 both make version 3; only the
vector tells "built on yours" from "changed beside yours". Why a deterministic rank as well:
when this installation did not itself author the state it holds, a newer state from any
file simply wins by (version, changed_at, installation). Every edit raises the version, so
a descendant always outranks its ancestors and the outcome of several files does not depend
on the order they are imported in.
"""

from __future__ import annotations


def parse(text: str | None) -> dict[str, int]:
    vector: dict[str, int] = {}
    for item in (text or "").split(","):
        version, _sep, installation = item.partition(":")
        if installation and version.isdigit():
            vector[installation] = max(vector.get(installation, 0), int(version))
    return vector


def render(vector: dict[str, int]) -> str:
    return ",".join(f"{v}:{inst}" for inst, v in sorted(vector.items()))


def of_record(ancestors: list[str] | None, version: int, changed_by: str) -> dict[str, int]:
    """The vector of an incoming record: its ancestors plus its own stamp."""
    vector = parse(",".join(ancestors or []))
    vector[changed_by] = max(vector.get(changed_by, 0), version)
    return vector


def merge(*vectors: dict[str, int]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for vector in vectors:
        for inst, version in vector.items():
            if version > merged.get(inst, 0):
                merged[inst] = version
    return merged


def knows(vector: dict[str, int], version: int, changed_by: str) -> bool:
    """Does a state with this vector descend from (or equal) the state version:changed_by?"""
    return vector.get(changed_by, 0) >= version


def as_ancestors(vector: dict[str, int], version: int, changed_by: str) -> list[str]:
    """What to ship with a record: its vector without its own stamp."""
    return [f"{v}:{inst}" for inst, v in sorted(vector.items())
            if not (inst == changed_by and v == version)]
