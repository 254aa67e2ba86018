"""Claims, twelfth round: who asserts a figure. A quotation of several sentences is its speaker's, a day after
a speech verb is no inverted subject, ``dont les services`` speak for the one named before, a participle
adjective belongs to its subject (``les Nations unies``), a body counts what it does to a counted noun, an
opening ``Pour X,`` names a source, ``documenter`` reports, and ``l'ONG`` is the body named before.
Invented French sentences of other stories than any set's."""

from __future__ import annotations

from collections.abc import Callable

from recoupe.model import Claim, DocumentAnalysis

Analyze = Callable[..., DocumentAnalysis]


def scored(result: DocumentAnalysis) -> list[Claim]:
    return [c for c in result.claims if c.category != "other"]


def source_of(claim: Claim) -> str:
    assert claim.source is not None
    return f"{claim.source.text} | {claim.source.entity}"


def test_a_quotation_of_two_sentences_is_its_speakers_closing_incise(analyze: Analyze) -> None:
    claims = scored(
        analyze(
            "« Huit corps ont été retrouvés et cinq blessés ont été conduits à l'hôpital de Pau. Les fouilles "
            "continuent, mais le sol reste fragile », a déclaré à la presse le préfet des Landes, Marc Delorme."
        )
    )
    assert [c.category for c in claims] == ["killed", "injured"]
    assert all("préfet des Landes" in source_of(c) for c in claims)


def test_a_quotation_with_an_inverted_pronoun_is_the_person_named_before(analyze: Analyze) -> None:
    claims = scored(
        analyze(
            "Le maire de Tarbes, Paul Roux, a revu jeudi le bilan. « Nous avons compté quinze morts et six "
            "blessés. Onze personnes manquent encore », a-t-il déclaré lors d'une conférence."
        )
    )
    assert len(claims) == 3
    assert all(c.source is not None and c.source.entity == "Paul Roux" for c in claims)


def test_a_quotation_opened_after_a_speech_verb_is_that_speakers(analyze: Analyze) -> None:
    (claim,) = scored(
        analyze(
            "Le procureur a déclaré : « Neuf personnes ont été arrêtées. Les enquêteurs poursuivent leur travail. »"
        )
    )
    assert claim.category == "arrested" and "procureur" in source_of(claim)


def test_a_day_after_the_speech_verb_is_no_inverted_subject(analyze: Analyze) -> None:
    claims = scored(
        analyze(
            "Le ministre de l'Intérieur, Paul Durand, a indiqué lundi que 312 personnes avaient été "
            "interpellées depuis le 2 mai, dont 40 mineurs."
        )
    )
    assert [c.value for c in claims] == [312, 40]
    assert all("Paul Durand" in source_of(c) for c in claims)


def test_dont_les_services_speak_for_the_one_named_before(analyze: Analyze) -> None:
    claims = scored(
        analyze(
            "Le préfet de la région, Marc Lenoir, dont les services font état d'un bilan de 12 morts et 8 "
            "blessés, a quitté la ville."
        )
    )
    assert [c.category for c in claims] == ["killed", "injured"]
    assert all("Marc Lenoir" in source_of(c) for c in claims)


def test_a_participle_adjective_is_part_of_the_subject(analyze: Analyze) -> None:
    claims = scored(
        analyze(
            "Les survivants décrivent une nuit difficile, et les Nations unies estiment que plus de 40 "
            "personnes ont disparu."
        )
    )
    (missing,) = [c for c in claims if c.category == "missing"]
    assert "Nations unies" in source_of(missing)


def test_a_body_that_recovers_a_counted_noun_counts_it(analyze: Analyze) -> None:
    (claim,) = scored(analyze("Les pompiers ont retrouvé quatre corps dans la rivière."))
    assert claim.category == "killed" and claim.source is not None and claim.source.text == "Les pompiers"


def test_an_opening_pour_names_a_source_who_can_assert(analyze: Analyze) -> None:
    (claim,) = scored(analyze("Pour Amnesty International, le nombre réel de morts dépasse probablement les 200."))
    assert "Amnesty International" in source_of(claim)


def test_an_opening_pour_of_a_time_names_no_source(analyze: Analyze) -> None:
    (claim,) = scored(analyze("Pour la seule journée de lundi, 29 décès ont été enregistrés."))
    assert claim.source is None


def test_documenter_reports_a_toll(analyze: Analyze) -> None:
    claims = scored(
        analyze("Le Collectif des familles, une association basée à Lyon, a pour sa part documenté neuf décès.")
    )
    assert [c.value for c in claims] == [9]
    assert "Collectif des familles" in source_of(claims[0])


def test_l_ong_is_the_body_named_before(analyze: Analyze) -> None:
    claims = scored(
        analyze(
            "À Goma, Oxfam a soigné 1.200 patients en dix jours dans son centre, et au moins 45 malades y "
            "sont morts, selon l'ONG."
        )
    )
    assert claims and all(c.source is not None and c.source.entity == "Oxfam" for c in claims)


def test_a_source_in_brackets_ends_at_the_closing_bracket(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze(
        "Des centaines de manifestants (près de 900 selon les organisateurs, 300 selon la gendarmerie) se sont "
        "rassemblés samedi devant la mairie."
    )
    sources = {c.value: c.source.text if c.source else None for c in result.claims}
    assert sources[300] == "la gendarmerie"
