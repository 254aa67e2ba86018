"""Claim groups, thirteenth round (second pass): a count another source takes up by ``en`` is no repeat of an
equal part, a source's own name is no place, a part may name its whole after it (``figurent parmi les
disparus``), women are not children, and a count said to be the country's is not the city its paragraph
opens on. Invented French sentences of other stories than any set's."""

from __future__ import annotations

from claim_helpers import dossier_of, groups_of
from recoupe.analyze import Analyzer
from recoupe.link.claims import is_subset, names_source, own_place, population
from recoupe.model import Attribution, Claim


def _claim(text: str, figure: str, place: str | None = None, source: str | None = None, **kw: object) -> Claim:
    start = text.index(figure)
    return Claim(
        start=start,
        end=start + len(figure),
        text=figure,
        category=kw.pop("category", "killed"),  # type: ignore[arg-type]
        value=kw.pop("value", 1),  # type: ignore[arg-type]
        place=place,
        source=Attribution(source) if source else None,
        subject=str(kw.pop("subject", "")),
    )


def test_another_sources_count_by_en_is_no_repeat_of_an_equal_part(analyzer: Analyzer) -> None:
    """``…, dont trois maçons à Lille. La direction n'en reconnaît que 3``: the direction's 3 takes up the whole
    the union counts, not the part of equal figure said before it."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Chantiers : le syndicat SUD affirme qu'au moins six salariés sont morts depuis lundi, dont trois "
            "maçons à Lille. La direction régionale n'en reconnaît que 3, les autres décès relevant selon elle "
            "de causes naturelles.",
            "2026-08-12",
        ),
    )
    killed = groups_of(dossier, "killed")
    for group in killed:
        texts = {r.text for r in group.reports}
        assert not ("3" in texts and any("maçons" in t for t in texts)), texts


def test_a_place_in_a_sources_name_is_no_place() -> None:
    """``L'ONG belge Terre solidaire parle de 40 disparus``: the body's name, not where the figure counts; a
    place the source speaks for (``la mairie de Tournai``) or the source itself (``le Bénin``) stays."""
    text = "L'ONG belge Terre solidaire parle de 40 disparus."
    named = _claim(text, "40 disparus", "Terre solidaire", "L'ONG belge Terre solidaire", category="missing")
    assert names_source(named) and own_place(named, text) is None
    text = "Selon la mairie de Tournai, 40 personnes sont portées disparues."
    town = _claim(text, "40 personnes", "Tournai", "la mairie de Tournai", category="missing")
    assert not names_source(town) and own_place(town, text) == "Tournai"
    text = "Le Bénin a enregistré ses trois premiers décès."
    country = _claim(text, "trois premiers décès", "Bénin", "Le Bénin")
    assert not names_source(country)


def test_a_part_may_name_its_whole_after_it() -> None:
    """``au moins huit pêcheurs du port figurent parmi les disparus``: a part of the missing; but ``12 morts
    parmi les civils`` says whom a toll counts, with no verb of being among."""
    text = "Selon la capitainerie, au moins huit pêcheurs du port figurent parmi les disparus du naufrage."
    assert is_subset(_claim(text, "au moins huit pêcheurs du port", category="missing", value=8), text)
    text = "Les frappes ont fait 12 morts parmi les civils, selon l'ONU."
    assert not is_subset(_claim(text, "12 morts", value=12), text)


def test_women_and_children_are_not_the_children() -> None:
    """``dont 9 femmes et enfants`` counts other people than ``dont 6 enfants``: neither revises the other."""
    text = "L'attaque a fait 30 morts, dont 6 enfants. Une ONG parle de 41 morts, dont 9 femmes et enfants."
    children = _claim(text, "6 enfants", value=6, subject="enfants")
    both = _claim(text, "9 femmes et enfants", value=9, subject="femmes et enfants")
    assert population(children, text) != population(both, text)


def test_a_count_said_to_be_the_countrys_is_not_its_paragraphs_city(analyzer: Analyzer) -> None:
    """``À Lomé, la capitale, … 150 interpellations au total dans le pays``: the country's count, not Lomé's."""
    dossier = dossier_of(
        analyzer,
        (
            "a",
            "Togo : tensions après le scrutin\n\nÀ Lomé, la capitale, le calme revenait jeudi. Le ministère de la "
            "Sécurité a fait état de 150 interpellations au total dans le pays depuis lundi.",
            "2026-09-03",
        ),
    )
    arrested = [g for g in groups_of(dossier, "arrested") if 150 in {r.value for r in g.reports}]
    assert arrested and all(g.place != "Lomé" for g in arrested)
