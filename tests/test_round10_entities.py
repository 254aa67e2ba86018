"""Round 10, entities: a body's name in another language bracketed after it, an English acronym whose letters the
last French words happen to spell, an acronym with a number, a union named after the body whose members it
gathers, and two French translations of one English word. Each behaviour on invented French sentences."""

from __future__ import annotations

from entity_helpers import analysis_of, entities_found, entity, merged, together

# -- one article ----------------------------------------------------------------------------------------------


def test_a_translation_in_brackets_after_a_body_is_its_other_name(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze(
        "Le Bureau du médiateur de la République (Oficina del Mediador) a reçu mardi plus de cent plaintes "
        "des habitants de la vallée."
    )
    found = entities_found(result)
    assert found["Oficina del Mediador"] == ("ORG", "Bureau du médiateur de la République")


def test_a_person_in_brackets_after_a_body_keeps_their_own_name(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze("La Commission électorale nationale (Jacques Morel) a publié jeudi les résultats du scrutin.")
    found = entities_found(result)
    assert found.get("Jacques Morel", ("PER", "Jacques Morel"))[1] == "Jacques Morel"


def test_an_english_acronym_names_the_whole_body_not_its_last_words(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze(
        "Le Groupe régional de soutien sanitaire (RSS, selon son acronyme anglais) a envoyé mardi deux "
        "hélicoptères dans la vallée. Selon le RSS, les routes restent coupées."
    )
    names = {e.name for e in result.entities}
    assert "Groupe régional de soutien sanitaire" in names
    assert "régional de soutien sanitaire" not in names
    assert any(e.text == "RSS" and e.name == "Groupe régional de soutien sanitaire" for e in result.entities)


# -- across articles --------------------------------------------------------------------------------------------


def test_an_acronym_with_a_number_joins_the_body_it_spells() -> None:
    # « Le Syndicat national des pilotes de ligne (SNPL-21) a appelé à la grève. »
    groups = merged(
        analysis_of("a", entity("Syndicat national des pilotes de ligne", "ORG")),
        analysis_of("b", entity("SNPL-21", "ORG")),
    )
    assert together(groups, "Syndicat national des pilotes de ligne", "SNPL-21")


def test_a_union_of_a_police_is_not_that_police() -> None:
    # « La Police nationale du Bénin … » / « Le Syndicat de la Police nationale béninoise a dénoncé … »
    groups = merged(
        analysis_of("a", entity("Police nationale du Bénin", "ORG")),
        analysis_of("b", entity("Syndicat de la Police nationale béninoise", "ORG")),
    )
    assert not together(groups, "Police nationale du Bénin", "Syndicat de la Police nationale béninoise")


def test_a_portfolio_stays_short_for_its_ministry() -> None:
    groups = merged(
        analysis_of("a", entity("ministère de la Santé", "ORG")),
        analysis_of("b", entity("Santé", "ORG")),
    )
    assert together(groups, "ministère de la Santé", "Santé")


def test_a_translated_name_given_in_brackets_joins_the_body_named_elsewhere() -> None:
    # « l'Institut national de la protection des sols (Instituto Nacional de Suelos) » in one article,
    # « l'Institut national des sols » in another
    groups = merged(
        analysis_of(
            "a",
            entity("Institut national de la protection des sols", "ORG"),
            entity("Institut national de la protection des sols", "ORG", "Instituto Nacional de Suelos"),
        ),
        analysis_of("b", entity("Instituto Nacional de Suelos", "ORG")),
    )
    assert together(groups, "Institut national de la protection des sols", "Instituto Nacional de Suelos")


def test_appui_and_soutien_translate_one_word_of_a_body() -> None:
    # « la Mission régionale d'appui à la paix » / « la Mission régionale de soutien à la paix » /
    # « la Regional Peace Support Mission »
    groups = merged(
        analysis_of("a", entity("Mission régionale d'appui à la paix", "ORG")),
        analysis_of("b", entity("Mission régionale de soutien à la paix", "ORG")),
        analysis_of("c", entity("Regional Peace Support Mission", "ORG")),
    )
    assert together(
        groups,
        "Mission régionale d'appui à la paix",
        "Mission régionale de soutien à la paix",
        "Regional Peace Support Mission",
    )


# -- speakers -----------------------------------------------------------------------------------------------------


def test_a_detached_participle_before_the_incise_names_no_speaker(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze(
        "Au moins 12 voleurs ont été « maîtrisés » lors de l'intervention, lancée à l'aube avec quelque 180 "
        "gendarmes et une trentaine de maîtres-chiens de la brigade, a affirmé le porte-parole de la "
        "gendarmerie, Paul Lemaire."
    )
    (quote,) = result.quotes
    assert quote.speaker is not None and quote.speaker.entity == "Paul Lemaire"


def test_a_finite_speech_verb_after_a_noun_still_opens_an_incise(analyze) -> None:  # type: ignore[no-untyped-def]
    result = analyze("« Nous resterons jusqu'au bout », lance le maire de Quimperlé, Yann Morvan.")
    (quote,) = result.quotes
    assert quote.speaker is not None and quote.speaker.entity == "Yann Morvan"
