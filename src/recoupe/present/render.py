"""Templates shared by the HTML report and the web app (Jinja2, autoescaped)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, select_autoescape

from recoupe.present.views import anchor


@cache
def environment() -> Environment:
    """The template environment. Autoescaping is on for every template: article text, titles and
    quotes are untrusted input and must render as text, never as markup."""
    env = Environment(
        loader=PackageLoader("recoupe.present", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.globals["anchor"] = anchor
    return env


@cache
def stylesheet() -> str:
    return (files("recoupe.present") / "static" / "style.css").read_text(encoding="utf-8")
