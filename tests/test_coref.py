"""In-article coreference: descriptions and pronouns resolved to the article's named entities, on short
French texts written for the tests."""

from __future__ import annotations

from recoupe.analyze import Analyzer
from recoupe.analyze.base import Parsed
from recoupe.analyze.coref import Coreference
from recoupe.analyze.nlp import prepare_text
from recoupe.model import Article, DocumentAnalysis
from recoupe.text import fold


def table(analyzer: Analyzer, text: str) -> Coreference:
    """The coreference table of ``text`` after the entity component ran."""
    article = Article(id="t", text=text)
    doc = analyzer.nlp(prepare_text(article, analyzer.lang))
    parsed = Parsed(article, doc, analyzer.lang, DocumentAnalysis("t", None, "fr", None, None))
    for component in analyzer.components:
        if component.name == "entities":
            component(parsed)
    return Coreference.of(parsed)


def resolve(coref: Coreference, words: str, occurrence: int = 1) -> str | None:
    """Resolve the ``occurrence``-th ``words`` of the text."""
    start = -1
    for _ in range(occurrence):
        start = coref.text.index(words, start + 1)
    return coref.resolve(start, start + len(words))


def test_table_is_built_once_per_article(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Le maire Paul Durand a parlé.")
    assert Coreference.of(coref.parsed) is coref


def test_span_with_a_name_resolves_to_it(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Le président du Brésil, Luiz Inácio Lula da Silva, a parlé. Lula a quitté la salle.")
    assert resolve(coref, "Le président du Brésil, Luiz Inácio Lula da Silva") is not None


def test_chef_de_l_etat_is_the_titled_president(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Le président du Sénégal, Macky Sall, est arrivé. Le chef de l'État a salué la foule.")
    assert resolve(coref, "Le chef de l'État") == "Macky Sall"


def test_president_with_nationality_adjective(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "Le président kenyan William Ruto a rencontré le président français Emmanuel Macron. "
        "Le président kenyan a ensuite parlé.",
    )
    assert resolve(coref, "Le président kenyan", 2) == "William Ruto"


def test_description_needs_the_article_to_tie_the_title(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Emmanuel Macron a parlé. Le maître du Kremlin a répondu.")
    assert resolve(coref, "Le maître du Kremlin") is None


def test_maitre_du_kremlin_when_the_article_ties_it(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "Le président russe Vladimir Poutine a reçu son homologue. Le maître du Kremlin a ensuite averti l'Occident.",
    )
    assert resolve(coref, "Le maître du Kremlin") == "Vladimir Poutine"


def test_le_dirigeant(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Le président ghanéen John Mahama a parlé hier. Le dirigeant a promis des réformes.")
    assert resolve(coref, "Le dirigeant") == "John Mahama"


def test_pronoun_prefers_the_subject(analyzer: Analyzer) -> None:
    coref = table(analyzer, "La ministre Claire Vidal a reçu Paul Durand. Elle a ensuite quitté la salle.")
    assert resolve(coref, "Elle") == "Claire Vidal"


def test_pronoun_prefers_a_known_matching_gender(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Jean Dupont a reçu la ministre Anne Genet. Elle a ensuite quitté la salle.")
    assert resolve(coref, "Elle") == "Anne Genet"


def test_one_title_does_not_stand_for_another(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Le président Joe Biden a reçu le chancelier Olaf Scholz. Le président a parlé.")
    assert resolve(coref, "Le président", 2) == "Joe Biden"


def test_pronoun_chain(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "Le maire Paul Durand a visité le quartier. Il a rencontré des habitants. Il a ensuite promis des aides.",
    )
    assert resolve(coref, "Il", 2) == "Paul Durand"


def test_selon_lui(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Le ministre Henri Leroy a annoncé des renforts. Selon lui, le calme revient.")
    assert resolve(coref, "Selon lui") == "Henri Leroy"


def test_feminine_plural_pronoun_to_unnamed_description(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Les autorités locales ont annoncé qu'elles fermeraient les écoles.")
    start = coref.text.index("elles")
    referent = coref.referent(start, start + len("elles"))
    assert referent is not None and referent.entity is None and "autorités" in referent.text


def test_la_societe_is_the_company(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Le groupe Renault a publié ses résultats. La société a annoncé des suppressions.")
    assert "Renault" in (resolve(coref, "La société") or "")


def test_organization_named_with_the_noun(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "Des soldats de l'Organisation mondiale de la santé sont arrivés. L'organisation a envoyé des médecins.",
    )
    assert resolve(coref, "L'organisation") == "Organisation mondiale de la santé"


def test_title_complement_is_not_the_speaker(analyzer: Analyzer) -> None:
    coref = table(analyzer, "Joe Biden est en voyage. La porte-parole de Joe Biden a répondu.")
    assert resolve(coref, "La porte-parole de Joe Biden") != "Joe Biden"


def test_former_president_is_not_the_president(analyzer: Analyzer) -> None:
    coref = table(
        analyzer,
        "L'ancien président Nicolas Sarkozy a parlé. Le président Emmanuel Macron a répondu. Le président a conclu.",
    )
    assert resolve(coref, "Le président", 2) == "Emmanuel Macron"


def test_fold() -> None:
    assert fold("Chef d’État") == "chef d'etat"
