"""Named entities: spaCy's French NER corrected with the article's own cues."""

from __future__ import annotations


def _entities(analysis) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {e.text: (e.type, e.name) for e in analysis.entities}


def test_title_before_a_foreign_name_makes_it_a_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le président kirghize Sadyr Japarov a reçu mardi le ministre ouzbek Bakhtiyor Saidov.")
    found = _entities(analysis)
    assert found["Sadyr Japarov"][0] == "PER"
    assert found["Bakhtiyor Saidov"][0] == "PER"


def test_a_country_after_the_title_is_not_the_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le président du Kirghizistan, Sadyr Japarov, a décrété l'état d'urgence à Bichkek.")
    found = _entities(analysis)
    assert found["Kirghizistan"][0] == "LOC"
    assert found["Sadyr Japarov"][0] == "PER"


def test_surname_alone_gets_the_full_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "La ministre de l'Intérieur, Élodie Garnier, s'est rendue à Lille. "
        "Garnier a promis des renforts. Mme Garnier reviendra lundi."
    )
    persons = [e for e in analysis.entities if e.text.endswith("Garnier")]
    assert len(persons) == 3
    assert {(e.type, e.name) for e in persons} == {("PER", "Élodie Garnier")}
    assert all(not e.text.startswith("Mme") for e in persons)


def test_a_surname_that_is_a_title_word_stays_a_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le ministre de l'Économie, Bruno Le Maire, a reçu les syndicats. "
        "Selon Yves Juge, délégué syndical, l'usine fermera en mars."
    )
    found = _entities(analysis)
    assert found["Bruno Le Maire"][0] == "PER"
    assert found["Yves Juge"][0] == "PER"
    assert not {"ministre", "Économie"} & set(found)  # the role itself is still no entity


def test_a_dateline_in_capitals_is_a_place(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Crues en Bosnie\n\nSARAJEVO (AFP) - Les pluies ont fait deux morts mardi.\n\n"
        "LE CAIRE, 12 mars (Reuters) — Le gouvernement a annoncé des aides. La FIFA a réagi."
    )
    found = _entities(analysis)
    assert found["SARAJEVO"][0] == "LOC"
    assert found["LE CAIRE"][0] == "LOC" or found.get("CAIRE", ("LOC",))[0] == "LOC"
    assert found["FIFA"][0] == "ORG"  # capitals mid-line are not a dateline


def test_a_name_also_used_as_a_place_is_that_place(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le bilan s'alourdit\n\nDes secouristes à Manta\n\nÀ Manta, des immeubles se sont effondrés. "
        "Le président Andrés Vela s'est rendu sur place."
    )
    assert {e.type for e in analysis.entities if e.text == "Manta"} == {"LOC"}
    assert _entities(analysis)["Andrés Vela"][0] == "PER"


def test_a_portfolio_after_au_or_aux_is_a_role_not_a_body(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le ministre délégué aux Transports, Clément Beaune, a dénoncé une grève « disproportionnée ». "
        "Selon lui, « les voyageurs n'ont pas à payer le prix d'un conflit social »."
    )
    assert "Transports" not in _entities(analysis)
    assert analysis.quotes[-1].speaker is not None and analysis.quotes[-1].speaker.entity == "Clément Beaune"


def test_acronym_takes_the_name_it_was_introduced_with(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'Organisation mondiale de la santé (OMS) a lancé une alerte. Selon l'OMS, 40 cas ont été confirmés."
    )
    acronyms = [e for e in analysis.entities if e.text == "OMS"]
    assert acronyms and all(e.name == "Organisation mondiale de la santé" and e.type == "ORG" for e in acronyms)


def test_acronym_missed_by_spacy_is_found(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Des soldats de la CSTO sont arrivés à Almaty, a indiqué un porte-parole.")
    assert ("CSTO", "ORG") in {(e.text, e.type) for e in analysis.entities}


def test_elided_articles_and_headline_capitals_are_not_entities(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("L’armée n’a pas précisé qu’elle interviendrait. DIMANCHE SOIR, LA FOULE EST RESTÉE.")
    texts = {e.text for e in analysis.entities}
    assert not texts & {"L’", "n’", "qu’", "L'", "DIMANCHE", "SOIR", "FOULE"}


def test_chef_de_l_etat_is_not_a_place(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le chef de l'État a démissionné jeudi.")
    assert "État" not in {e.text for e in analysis.entities}


def test_a_word_after_du_is_not_a_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le maître du Kremlin a averti l'Occident. Vladimir Poutine a ensuite quitté la salle.")
    types = {e.text: e.type for e in analysis.entities}
    assert types.get("Kremlin") != "PER"
    assert types["Vladimir Poutine"] == "PER"


def test_names_of_peoples_are_not_places(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Les Américains et les Ukrainiens ont signé l'accord à Genève, mais les Français hésitent "
        "encore, a indiqué une source suisse. La Suisse accueillera la prochaine réunion. Un Egyptien et "
        "deux Equatoriens figurent parmi les blessés."
    )
    found = _entities(analysis)
    assert not {"Américains", "Ukrainiens", "Français", "Egyptien", "Equatoriens"} & set(found)  # accents or not
    assert found["Genève"][0] == "LOC" and found["Suisse"][0] == "LOC"


def test_a_common_noun_opening_a_sentence_is_no_entity(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Manifestation contre la fermeture de la maternité à Vierzon. Réunion du conseil "
        "municipal jeudi. Pauline Roussel, la maire, a reçu les syndicats de l'hôpital."
    )
    found = _entities(analysis)
    assert "Manifestation" not in found and "Réunion" not in found
    assert found["Vierzon"][0] == "LOC" and found["Pauline Roussel"][0] == "PER"


def test_a_frequent_word_that_the_article_writes_with_a_capital_elsewhere_stays(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Tours a voté le budget. Le maire de Tours présentera le projet aux habitants des Vosges.")
    found = _entities(analysis)
    assert found.get("Vosges", ("", ""))[0] == "LOC"
    assert sum(e.text == "Tours" for e in analysis.entities) >= 1


def test_a_name_with_a_lowercase_word_is_no_person(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le collectif Rivière vivante conteste le bilan officiel de la crue de la Tarn.")
    found = _entities(analysis)
    assert found.get("Rivière vivante", ("ORG",))[0] != "PER"


def test_a_capital_speaking_for_its_government_is_a_place_not_a_person() -> None:
    from recoupe.link.entities import merge_entities
    from recoupe.model import DocumentAnalysis, Entity

    analysis = DocumentAnalysis(
        doc="a",
        published=None,
        lang="fr",
        title=None,
        outlet=None,
        entities=[Entity(start=0, end=10, text="Washington", type="PER", name="Washington")],
    )
    (entity,) = merge_entities([analysis])
    assert entity.type == "LOC"


def test_a_body_cut_short_of_its_complement_gets_it_back_before_its_acronym(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Selon l'Autorité turque de gestion des catastrophes (AFAD), 300 bâtiments se sont effondrés. "
        "L'AFAD a déployé des tentes."
    )
    names = {(e.text, e.name) for e in analysis.entities}
    body = "Autorité turque de gestion des catastrophes"
    assert (body, body) in names  # not "Autorité turque"
    assert {e.name for e in analysis.entities if e.text == "AFAD"} == {body}


def test_a_term_in_lowercase_with_its_acronym_is_no_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le prix du gaz naturel liquéfié (GNL) a doublé. Le GNL arrive par bateau à Dunkerque. "
        "Le produit intérieur brut (PIB) a reculé de 2 %."
    )
    assert {e.text for e in analysis.entities} == {"Dunkerque"}


def test_a_body_in_lowercase_with_its_acronym_is_an_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("L'agence régionale de santé (ARS) a fermé deux écoles à Nantes.")
    assert {e.text: e.name for e in analysis.entities if e.type == "ORG"} == {
        "agence régionale de santé": "agence régionale de santé",
        "ARS": "agence régionale de santé",
    }


def test_no_name_runs_across_a_line_break_or_keeps_a_heading_s_common_noun(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Sud Presse\n\nInondations : la Meuse déborde à Dinant\n\nJeudi 9 janvier\n\n"
        "La Meuse est sortie de son lit. Le bourgmestre a parlé.\n\nRenforts militaires\n\n"
        "Selon l'armée, 200 soldats sont arrivés à Namur."
    )
    texts = {e.text for e in analysis.entities}
    assert not any("\n" in t for t in texts)
    assert not texts & {"Inondations", "Jeudi 9 janvier", "Renforts militaires", "Renforts", "Selon l'"}
    assert {"Meuse", "Dinant", "Namur"} <= texts


def test_linking_and_time_words_spacy_leaves_at_a_name_s_end_are_cut(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Des milliers de cheminots ont défilé à l'appel de la Confédération générale du travail et de Sud-Rail. "
        "Un rassemblement est prévu devant l'Hôtel de Ville mardi midi."
    )
    texts = {e.text for e in analysis.entities}
    assert not any(t.endswith((" et", " mardi", " midi")) for t in texts)


def test_a_ministry_of_several_portfolios_is_one_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le ministère de l'Agriculture et de l'Alimentation a débloqué une aide. "
        "Le ministère de la Transition écologique, de l'Énergie et du Climat n'a pas réagi."
    )
    orgs = {e.text for e in analysis.entities if e.type == "ORG"}
    assert "ministère de l'Agriculture et de l'Alimentation" in orgs
    assert "ministère de la Transition écologique, de l'Énergie et du Climat" in orgs
    assert not {e.text for e in analysis.entities} & {"Alimentation", "Énergie", "Climat"}


def test_a_hyphenated_word_gives_each_part_s_initial_to_the_acronym(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("L'Observatoire franco-allemand des forêts (OFAF) a publié son rapport. L'OFAF alerte.")
    assert {e.name for e in analysis.entities if e.text == "OFAF"} == {"Observatoire franco-allemand des forêts"}


def test_a_name_in_apposition_as_a_clause_s_subject_is_named_by_the_longer_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le Bundesrat, la chambre des Länder, a rejeté le texte. La Caritas, la Croix-Rouge autrichienne, "
        "a ouvert trois centres. La CGT, la CFDT, FO et la CFTC ont appelé à manifester."
    )
    names = {e.text: e.name for e in analysis.entities}
    assert names["Caritas"] == "Croix-Rouge autrichienne"
    assert names["CGT"] == "CGT" and names["CFDT"] == "CFDT"  # a list, not an apposition


def test_an_apposition_saying_whose_name_it_is_names_the_first_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'Office fédéral de la protection de la population (OFPP) a déclenché l'alerte en Valais. "
        "Le BABS, le sigle allemand de l'OFPP, a diffusé la même consigne à Berne."
    )
    assert {e.name for e in analysis.entities if e.text == "BABS"} == {
        "Office fédéral de la protection de la population"
    }


def test_an_english_body_name_spacy_cuts_in_two_is_one_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Selon le Portuguese National Meteorological Institute, les pluies cesseront jeudi à Porto.")
    assert "Portuguese National Meteorological Institute" in {e.text for e in analysis.entities if e.type == "ORG"}


def test_an_institution_s_capitalized_field_spacy_misses_is_an_organization(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'Espagne a envoyé mardi deux hélicoptères pour lutter contre les flammes, a annoncé le ministère "
        "portugais de l'Intérieur. Le ministère de la Transition écologique a demandé un rapport."
    )
    orgs = {e.text for e in analysis.entities if e.type == "ORG"}
    assert "ministère portugais de l'Intérieur" in orgs
    assert "ministère de la Transition écologique" in orgs


def test_a_body_cut_short_of_its_lowercase_complement_gets_it_back(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'Agence de gestion des crues et des situations d'urgence a ouvert trois gymnases. "
        "L'Institut national de la statistique et des études économiques prévoit une hausse. "
        "Le Conseil des ministres de mardi a tranché."
    )
    orgs = {e.text for e in analysis.entities if e.type in ("ORG", "MISC", "LOC")}
    assert "Agence de gestion des crues et des situations d'urgence" in orgs
    assert "Institut national de la statistique et des études économiques" in orgs
    assert not any(t.endswith("mardi") for t in orgs)


def test_an_acronym_beside_a_body_s_name_is_no_half_of_it_and_a_day_word_is_no_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("L'ONG International Rescue Committee a ouvert un centre.\n\nHier soir\n\nLe centre a fermé.")
    texts = {e.text for e in analysis.entities}
    assert "ONG International Rescue Committee" not in texts
    assert not texts & {"Hier", "Hier soir"}


def test_a_foreign_name_spacy_cuts_at_its_linking_words_or_last_word_is_whole(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le Instituto Nacional de Sismología y Vulcanología a relevé la secousse. "
        "Le Peruvian Water and Sanitation Authority a coupé l'eau à Arequipa."
    )
    orgs = {e.text for e in analysis.entities if e.type in ("ORG", "MISC", "LOC")}
    assert "Instituto Nacional de Sismología y Vulcanología" in orgs
    assert "Peruvian Water and Sanitation Authority" in orgs
    assert "Arequipa" in orgs  # a place after a French ``à`` stays a place


def test_a_name_made_whole_stops_at_a_full_stop(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("La ministre a réagi sur le réseau social X. Il a demandé au groupe des garanties.")
    assert all("Il" not in e.text.split() for e in analysis.entities)


def test_a_short_name_written_as_a_word_in_brackets_names_the_body_before_it(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "L'Instituto Nacional de Defensa Civil (Indeci) a ouvert des abris. Indeci compte 900 volontaires. "
        "Le Service national de la météorologie (Lima) prévoit de la pluie."
    )
    found = _entities(analysis)
    assert found["Indeci"] == ("ORG", "Instituto Nacional de Defensa Civil")
    assert found.get("Lima", ("LOC", "Lima"))[1] == "Lima"  # a place in brackets spells no body


def test_a_capitalized_article_inside_a_sentence_is_part_of_the_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le cortège est parti de La Rochelle, selon un décompte publié par Le Parisien.")
    texts = {e.text for e in analysis.entities}
    assert "La Rochelle" in texts
    assert "Le Parisien" in texts


def test_a_surname_with_a_particle_opening_a_sentence_keeps_it(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Le maire, Gwenaël Le Bihan, a rouvert la salle. Le Bihan, lui, attend la préfecture.")
    persons = [e for e in analysis.entities if e.type == "PER"]
    assert {e.text for e in persons} == {"Gwenaël Le Bihan", "Le Bihan"}
    assert {e.name for e in persons} == {"Gwenaël Le Bihan"}


def test_a_preposition_opening_a_sentence_is_no_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Sous une pluie battante, Marion Lefèvre a inauguré le pont.")
    assert "Sous" not in {e.text for e in analysis.entities}


def test_a_lowercase_complement_the_tagger_calls_a_proper_noun_is_taken_back(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Enami, la Compagnie nationale du lithium, a suspendu ses forages.")
    assert "Compagnie nationale du lithium" in {e.text for e in analysis.entities}


def test_a_ministry_s_field_keeps_its_adjective_but_not_a_participle(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le ministère de la Pêche et de l'Économie maritime a publié un décret. "
        "Le ministère de l'Intérieur concerné n'a pas répondu."
    )
    orgs = {e.text for e in analysis.entities if e.type == "ORG"}
    assert "ministère de la Pêche et de l'Économie maritime" in orgs
    assert "ministère de l'Intérieur concerné" not in orgs


def test_a_rare_word_before_a_body_s_name_in_apposition_is_that_body(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Pemex, la Compagnie pétrolière nationale, a fermé deux puits. "
        "Mardi, la Commission de régulation de l'énergie, saisie, a demandé un rapport."
    )
    found = _entities(analysis)
    assert found["Pemex"] == ("ORG", "Compagnie pétrolière nationale")
    assert "Mardi" not in found


def test_a_body_s_short_word_in_brackets_spacy_calls_a_body_needs_only_its_first_letter(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le robot de secours a été conçu à Grenoble par l'Institut national de recherche en robotique (Inria). "
        "L'Institut Pasteur (Lille) confirme."
    )
    found = _entities(analysis)
    assert found["Inria"] == ("ORG", "Institut national de recherche en robotique")  # no ``a`` after the ``i``
    assert found.get("Lille", ("LOC", "Lille"))[1] == "Lille"


def test_a_term_opening_a_sentence_with_no_other_capital_is_no_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("Gaz de pétrole liquéfié : les prix baissent. Cour de cassation : un arrêt attendu.")
    texts = {e.text for e in analysis.entities}
    assert "Gaz de pétrole liquéfié" not in texts
    assert "Cour de cassation" in texts  # a body keeps its head noun


def test_a_frequent_noun_counted_by_a_number_is_no_name(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("La préfecture a mobilisé 2500 Hommes et 300 Véhicules. Deux Canadair ont décollé.")
    texts = {e.text for e in analysis.entities}
    assert not texts & {"Hommes", "Véhicules"}


def test_two_bodies_listed_with_et_and_an_article_are_two_names(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "La Sécurité civile et la Protection civile italienne ont envoyé des avions. "
        "Le ministère de l'Économie et des Finances a payé. La Fondation pour la Nature et l'Homme a salué l'effort."
    )
    texts = {e.text for e in analysis.entities}
    assert {"Sécurité civile", "Protection civile italienne", "ministère de l'Économie et des Finances"} <= texts
    assert "Homme" not in texts


def test_the_republic_of_a_prosecutor_is_no_place(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le procureur de la République de Bayonne, Pierre Lacoste, a ouvert une enquête. "
        "La procureure de la République du Mans a été saisie."
    )
    texts = {e.text for e in analysis.entities}
    assert not any(t.startswith("République") for t in texts)
    assert "Bayonne" in texts


def test_a_lowercase_demonym_before_a_name_is_not_the_name_s(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le ministre qatari Fahad al-Sulaiti a salué l'accord conclu à Nairobi. "
        "Le ministère qatari de la Santé a démenti toute épidémie."
    )
    found = _entities(analysis)
    assert found["Fahad al-Sulaiti"][0] == "PER"
    assert not any(t.startswith("qatari") for t in found)


def test_two_adjectives_joined_by_et_in_a_body_s_name_stay_in_it(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze("L'Office central de lutte contre la délinquance économique et financière (OCLDEF) enquête.")
    found = _entities(analysis)
    assert found["OCLDEF"][1] == "Office central de lutte contre la délinquance économique et financière"


def test_a_surname_spacy_missed_is_the_person_named_in_full(analyze) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(
        "Le chef de la délégation, Walid al-Nouri, est arrivé à Amman. "
        "Al-Nouri a rejeté toute concession sur les prisonniers."
    )
    found = _entities(analysis)
    assert found.get("Al-Nouri", ("", ""))[0] == "PER"
