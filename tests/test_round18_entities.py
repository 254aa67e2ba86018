"""Entities, eighteenth round: causes seen across several blind sets, each mended where it arises on any French
news text — a figure, a preposition or a time word spaCy glues after a name (the second half of a comparison of
figures whose verb is left out, a count after a name); an English body's name spaCy ends at its lowercase link
(``on``, ``for``); a company's or a place's transcribed name written spaced by one outlet and glued by another; a
place's name transliterated with or without an aspirate ``h`` or with the French ``aï`` for an English ``y``.
Each behaviour on invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from entity_helpers import analysis_of, entity, merged, together
from recoupe.model import DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def _texts(result: DocumentAnalysis) -> set[str]:
    return {e.text for e in result.entities}


# -- a figure glued after a name (analyze) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La mairie a compté 800 participants, le ministère de l'Intérieur 350 seulement.", "ministère de l'Intérieur"),
        ("Le district de Morogoro compte 41 victimes, celui de Kilosa 17.", "Kilosa"),
        ("La police a dénombré 2 000 manifestants, le syndicat Unité 7 500.", "Unité"),
        ("Les organisateurs ont annoncé 6 000 coureurs ; la Fédération 4500.", "Fédération"),
        ("Le ministre a présenté devant l'Assemblée 14 amendements.", "Assemblée"),
    ],
)
def test_a_figure_after_a_name_is_no_part_of_it(analyze: Analyze, text: str, name: str) -> None:
    """The second half of a comparison of figures with its verb left out, or a count of the noun after it."""
    texts = _texts(analyze(text))
    assert name in texts
    assert not any(ch.isdigit() for t in texts for ch in t)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il a joué en Ligue 1 et le Sdis 38 a envoyé 40 pompiers.", "Ligue 1"),
        ("Il a joué en Ligue 1 et le Sdis 38 a envoyé 40 pompiers.", "Sdis 38"),
    ],
)
def test_a_names_own_number_stays(analyze: Analyze, text: str, name: str) -> None:
    assert name in _texts(analyze(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le texte avait été voté par le Sénat début février.", "Sénat"),
        ("Le vote au Sénat fin janvier a surpris.", "Sénat"),
        ("Des éleveurs se sont rassemblés devant la Commission pour réclamer des aides.", "Commission"),
    ],
)
def test_a_preposition_or_a_time_word_after_a_name_is_no_part_of_it(analyze: Analyze, text: str, name: str) -> None:
    texts = _texts(analyze(text))
    assert name in texts
    assert not any(t.startswith(name + " ") for t in texts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Un rapport de l'Organisation pour la sécurité et la coopération en Europe sera publié.",
            "Organisation pour la sécurité et la coopération en Europe",
        ),
    ],
)
def test_a_name_goes_on_past_a_preposition_before_a_capital(analyze: Analyze, text: str, name: str) -> None:
    assert name in _texts(analyze(text))


# -- an English name cut at its link (analyze) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La commission ougandaise, connue sous son sigle anglais UNCHR (Uganda National Commission on Human "
            "Rights), a compté 14 morts.",
            "Uganda National Commission on Human Rights",
        ),
        (
            "Selon la Tanzania National Commission on Land Rights, 300 familles ont été expulsées.",
            "Tanzania National Commission on Land Rights",
        ),
        ("Le Rwanda National Council for Science and Technology a lancé un appel.", None),
        ("Le Zambia Institute of Mining Engineers, basé à Kitwe, a protesté.", "Zambia Institute of Mining Engineers"),
    ],
)
def test_an_english_bodys_name_runs_over_its_link(analyze: Analyze, text: str, name: str | None) -> None:
    texts = _texts(analyze(text))
    assert (name or "Rwanda National Council for Science and Technology") in texts


# -- a name spaced by one outlet and glued by another (link) ---------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("Dong Fang Steel", "Dongfang Steel", "ORG"),
        ("Jin Long Cement", "Jinlong Cement", "ORG"),
        ("Shi Jia Zhuang", "Shijiazhuang", "LOC"),
        ("Port Gentil", "Port-Gentil", "LOC"),
    ],
)
def test_a_name_spaced_and_glued_is_one(one: str, other: str, kind: str) -> None:
    groups = merged(analysis_of("a", entity(one, kind)), analysis_of("b", entity(other, kind)))
    assert together(groups, one, other)


def test_a_spaced_name_one_article_writes_both_ways_is_two() -> None:
    groups = merged(
        analysis_of("a", entity("Dong Fang Steel", "ORG"), entity("Dongfang Steel", "ORG")),
        analysis_of("b", entity("Dongfang Steel", "ORG")),
    )
    assert not together(groups, "Dong Fang Steel", "Dongfang Steel")


def test_a_person_and_a_company_glued_alike_stay_two() -> None:
    groups = merged(analysis_of("a", entity("Wang Tai Lin", "PER")), analysis_of("b", entity("Wangtai Lin", "ORG")))
    assert not together(groups, "Wang Tai Lin", "Wangtai Lin")


# -- a place transliterated two ways (link) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Haïderabad", "Hyderabad"),
        ("Maïsore", "Mysore"),
        ("Sindh", "Sind"),
        ("Ladakh", "Ladak"),
    ],
)
def test_a_place_transliterated_two_ways_is_one(one: str, other: str) -> None:
    groups = merged(analysis_of("a", entity(one, "LOC")), analysis_of("b", entity(other, "LOC")))
    assert together(groups, one, other)


@pytest.mark.parametrize(("one", "other"), [("Saïd Benali", "Sid Benali"), ("Sindh", "Sindi")])
def test_names_a_transliteration_does_not_tell_apart_stay_two(one: str, other: str) -> None:
    kind = "PER" if " " in one else "LOC"
    groups = merged(analysis_of("a", entity(one, kind)), analysis_of("b", entity(other, kind)))
    assert not together(groups, one, other)
