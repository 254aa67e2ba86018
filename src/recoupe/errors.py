"""One catalogue of the reasons recoupe gives a user, each with a code.

A skipped file prints ``path: reason [E103]``; the code makes every message findable here and in the
docs, and keeps the wording of one failure the same wherever it is raised.
"""

from __future__ import annotations

from enum import StrEnum


class Errors(StrEnum):
    """Reasons an input is skipped or a command fails; ``str.format`` fills the blanks."""

    E101 = "no such file or folder"
    E102 = "empty file"
    E103 = "binary file (not text)"
    E104 = "cannot decode the text (tried UTF-8, UTF-16 and the detected charset)"
    E105 = "unsupported file type {suffix}: recoupe reads {formats}{hint}"
    E106 = "file is {size} bytes, over the limit of {limit} bytes (see --max-bytes)"
    E107 = "cannot read the file: {error}"
    E108 = "symbolic link loop"
    E109 = "no article file in this folder (looked for {suffixes}; found {found})"
    E110 = "not an address recoupe reads ({scheme}): give an http:// or https:// page or feed, or a saved file"
    E201 = "line {line}: not valid JSON ({error})"
    E202 = "line {line}: not a JSON object"
    E203 = "line {line}: missing required field {field!r}"
    E204 = "line {line}: field {field!r} must be a string"
    E205 = "duplicate article id {id!r} (first seen in {first})"
    E206 = "no article text found in the page"
    E207 = "empty article text"
    E208 = "not a readable feed ({error})"
    E601 = "HTTP {status} {reason} (not retried)"
    E602 = "HTTP {status} {reason} ({attempts} attempts)"
    E603 = "no answer within {seconds:g} s ({attempts} attempts)"
    E604 = "cannot connect: {error} ({attempts} attempts)"
    E605 = "redirects not followed: {detail}"
    E606 = "response is {size}, over the limit of {limit} bytes (see --max-bytes)"
    E607 = "disallowed by {robots}"
    E608 = "the feed declares XML entities (refused: entity expansion and external entities are attacks, not news)"
    E609 = "feed list {path}: {error}"
    E610 = "{host} could not be reached {seconds:.0f} s ago ({error}): not asked again before {wait:.0f} s"
    E301 = "analysis failed: {error}"
    E302 = "analysis component {component!r} requires {missing}, which no component before it assigns (order: {order})"
    E401 = "gold file {path} is not in the expected format: {error}"
    E501 = "--published {value!r} is not a date recoupe accepts: give YYYY-MM-DD (2022-01-07) or YYYY-MM (2022-01)"
    E502 = "cannot serve on {host}:{port}: {error}"
    E701 = "{path} is not a recoupe store, or it is damaged ({error})"
    E702 = "{path} has store schema {version}, newer than this recoupe reads ({supported}): upgrade recoupe"
    E703 = "cannot open the store {path}: {error}"
    E704 = "--out {path} is a file: give a folder for the results"
    E801 = "correction {kind} refused: {detail}"
    E802 = "no correction {id} in the store"
    E803 = "correction {id} was already undone ({when}, by {who})"


class RecoupeError(Exception):
    """An error with a catalogue code, for failures that stop a command."""

    def __init__(self, code: Errors, **kwargs: object) -> None:
        self.code = code.name
        super().__init__(f"{code.format(**kwargs)} [{code.name}]")
