"""Time expressions and events, ninth round (d): bare participles, days a forecast is for, a count after an
event, a year heading its sentence, a copyright owner's year, the day a statement was read, history recalled.

Each test is an invented sentence of another story; the rule it states holds for any French news text.
"""

from __future__ import annotations

from event_helpers import Analyze, story_view


def _values(analyze: Analyze, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze(text, published).timexes]


# -- time expressions -----------------------------------------------------------------------------------


def test_a_bare_participle_in_a_past_clause_tells_a_day_gone(analyze: Analyze) -> None:
    """``enlevés dans la nuit de lundi à mardi`` hangs on the subject of a passé composé: the past night, and
    ``deux jours plus tard`` counts from it (written on a Friday)."""
    text = "Les marins enlevés dans la nuit de lundi à mardi ont été relâchés deux jours plus tard."
    assert _values(analyze, text, "2025-03-14") == [
        ("dans la nuit de lundi à mardi", "2025-03-10TNI"),
        ("deux jours plus tard", "2025-03-12"),
    ]


def test_a_bare_participle_after_a_present_tells_a_day_gone(analyze: Analyze) -> None:
    """Written on a Sunday: the Tuesday the report was published is the one before, not the coming one."""
    text = "Le rapport publié mardi montre une hausse des incendies de forêt."
    assert _values(analyze, text, "2025-03-16") == [("mardi", "2025-03-11")]


def test_a_scheduled_participle_before_a_future_stays_ahead(analyze: Analyze) -> None:
    text = "La marche organisée samedi réunira les syndicats de la santé."
    assert _values(analyze, text, "2025-03-12") == [("samedi", "2025-03-15")]


def test_a_weekday_a_forecast_is_for_lies_after_the_day_told(analyze: Analyze) -> None:
    """``pour vendredi``: the Friday after that Thursday evening, though the verb is in the imperfect."""
    text = "Météo-France maintenait jeudi soir une alerte aux orages pour vendredi dans le Gard."
    assert _values(analyze, text, "2025-06-12") == [("jeudi soir", "2025-06-12TEV"), ("vendredi", "2025-06-13")]


def test_a_count_after_an_event_takes_the_day_of_its_sentence(analyze: Analyze) -> None:
    text = "Ils étaient des centaines, hier, à réclamer des secours, trois jours après l'incendie du marché."
    assert _values(analyze, text, "2025-04-09") == [("hier", "2025-04-08"), ("trois jours après", "2025-04-08")]


def test_a_week_after_an_event_takes_the_day_its_clause_names_after_a_comma(analyze: Analyze) -> None:
    text = "Une semaine après la grève des dockers, les routiers ont bloqué ce lundi le port du Havre."
    assert _values(analyze, text, "2025-04-14") == [
        ("Une semaine après", "2025-04-14"),
        ("ce lundi", "2025-04-14"),
    ]


def test_a_count_after_an_event_dated_in_its_own_words_counts_from_that_day(analyze: Analyze) -> None:
    text = "Deux jours après les législatives de dimanche, l'opposition a contesté les résultats."
    assert _values(analyze, text, "2025-04-16") == [("Deux jours après", "2025-04-15"), ("dimanche", "2025-04-13")]


def test_the_morrow_of_an_event_before_any_day_is_the_day_of_writing(analyze: Analyze) -> None:
    text = "Au lendemain de la tempête qui a frappé la côte, les habitants ont commencé à déblayer."
    assert _values(analyze, text, "2025-02-03") == [("Au lendemain", "2025-02-03")]


def test_a_day_since_which_a_state_lasts_does_not_move_the_narrative(analyze: Analyze) -> None:
    """``depuis samedi`` tells when the patrols began; ``La veille`` is the eve of the Sunday told."""
    text = (
        "Dimanche, le préfet a reçu les commerçants. Des gendarmes patrouillent depuis samedi dans le centre. "
        "La veille, des vitrines avaient été brisées."
    )
    assert _values(analyze, text, "2025-05-12") == [
        ("Dimanche", "2025-05-11"),
        ("depuis samedi", "2025-05-10"),
        ("La veille", "2025-05-10"),
    ]


def test_a_count_with_its_day_set_beside_it_is_that_day(analyze: Analyze) -> None:
    """``trois jours plus tard, samedi``: the text names the day the count lands on."""
    text = "Le village a été évacué mercredi. Les habitants sont rentrés trois jours plus tard, samedi, sous escorte."
    assert _values(analyze, text, "2025-06-16") == [
        ("mercredi", "2025-06-11"),
        ("trois jours plus tard", "2025-06-14"),
        ("samedi", "2025-06-14"),
    ]


def test_a_year_heading_its_sentence_frames_its_days(analyze: Analyze) -> None:
    text = "En 2019, une crue avait déjà emporté le pont, dont il ne restait rien le 14 octobre."
    assert _values(analyze, text, "2025-10-20") == [("En 2019", "2019"), ("le 14 octobre", "2019-10-14")]


def test_a_copyright_line_with_its_owner_s_name_dates_nothing(analyze: Analyze) -> None:
    text = "Le conseil municipal a voté le budget mardi.\n\n© La Gazette du Vercors 2025 - Tous droits réservés"
    assert _values(analyze, text, "2025-03-13") == [("mardi", "2025-03-11")]


# -- events ---------------------------------------------------------------------------------------------


def test_a_toll_read_out_the_next_day_is_the_attack_s_day(analyze: Analyze) -> None:
    """The communiqué was read on Saturday; the attack it tells of is Friday's, the day of the clash."""
    text = (
        "Niger : attaque contre un marché de Tillabéri\n\n"
        "Des jihadistes ont attaqué vendredi un hôtel de Tillabéri, où ils ont affronté les soldats de la garde. "
        "Selon un communiqué du gouvernement lu samedi à la télévision, au moins douze civils ont été tués dans "
        "l'attaque de Tillabéri."
    )
    view = story_view(analyze, [("a", text, "2026-03-08")])
    attacks = [e for e in view.events if e.sub_event_type == "Attack"]
    assert [e.event_date for e in attacks] == ["2026-03-06"]


def test_a_massacre_recalled_from_years_before_is_no_event(analyze: Analyze) -> None:
    text = (
        "Haïti : nouvelle attaque d'un gang à Port-au-Prince\n\n"
        "Des membres d'un gang ont tué mardi six habitants du quartier de Carrefour-Feuilles, à Port-au-Prince. "
        "En 2021, plus de 20 habitants avaient été tués dans le même quartier, le 14 novembre."
    )
    view = story_view(analyze, [("a", text, "2026-03-05")])
    assert all(e.event_date.startswith("2026") for e in view.events)


def test_the_day_a_count_was_revised_is_no_event_of_its_own(analyze: Analyze) -> None:
    """The ministry revised Thursday's count on Friday: one march, on Thursday."""
    text = (
        "Santé : l'Intérieur revoit son comptage\n\n"
        "Au lendemain de la journée de grève des soignants, le ministère de l'Intérieur a revu à la hausse vendredi "
        "son comptage : 90 000 personnes ont manifesté jeudi à Lyon, contre un premier décompte de 80 000."
    )
    view = story_view(analyze, [("a", text, "2026-05-22")])
    assert [e.event_date for e in view.events] == ["2026-05-21"]
