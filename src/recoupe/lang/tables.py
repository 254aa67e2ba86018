"""The shape of a language's data modules, as typed protocols.

``Language.speech`` (and ``claims``, ``coref``…) give analyzers these types rather than a bare
``ModuleType``, so that mypy checks every table an analyzer reads and a new language knows what it must
provide: mirror ``lang/fr/<module>.py`` with the same names. ``tests/test_language_data.py`` checks that
each registered language's modules satisfy them. ``time`` is not described yet (pending its rework).

The protocols list names and types only; what each table means is documented beside the French data.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class TextTables(Protocol):
    """What ``lang/<code>/text.py`` holds."""

    CHAR_MAP: dict[str, str]
    BOILERPLATE_TAILS: tuple[str, ...]
    ABBREVIATIONS: tuple[str, ...]


@runtime_checkable
class EntitiesTables(Protocol):
    """What ``lang/<code>/entities.py`` holds."""

    PERSON_TITLES: frozenset[str]
    FOREIGN_BODY_OPENERS: frozenset[str]
    NAME_ABBREVIATIONS: tuple[tuple[str, str], ...]
    TOWN_NAME_LINKS: frozenset[str]
    ENGLISH_BODY_CLOSERS: frozenset[str]
    ENGLISH_NAME_LINKS: frozenset[str]
    NAME_END_PREPOSITIONS: frozenset[str]
    CIVILITIES: frozenset[str]
    KINSHIP_NOUNS: frozenset[str]
    NATIVE_ASSEMBLIES: dict[str, str]
    PLACE_PREPOSITIONS: frozenset[str]
    COUNTRY_PREPOSITIONS: frozenset[str]
    FEMININE_CIVILITIES: frozenset[str]
    MASCULINE_CIVILITIES: frozenset[str]
    NOT_ENTITIES: frozenset[str]
    LEADING_TRIM: frozenset[str]
    TRAILING_TRIM: frozenset[str]
    NAME_NOUNS: frozenset[str]
    LIST_CONJUNCTIONS: frozenset[str]
    NOT_ACRONYMS: frozenset[str]
    INSTITUTION_NOUNS: frozenset[str]
    ROLE_NOUNS: frozenset[str]
    PORTFOLIOS: frozenset[str]
    PLACE_PORTFOLIOS: frozenset[str]
    ORGANIZATION_CUES: frozenset[str]
    MEMBER_NOUNS: frozenset[str]
    SITE_NOUNS: frozenset[str]
    COMMON_WORD_ZIPF: float
    DEMONYMS: frozenset[str]
    PORTFOLIO_LINKS: frozenset[str]
    DEFINITE_ARTICLES: tuple[str, ...]
    COMPLEMENT_LINKS: tuple[str, ...]
    ARTICLED_COMPLEMENT_NOUNS: frozenset[str]
    ALTERNATIVE_CONJUNCTIONS: frozenset[str]
    ELIDED_WORD: str
    CONTRACTED_ARTICLES: tuple[str, ...]
    NAME_PARTICLES: frozenset[str]
    ORGANIZATION_HEADS: dict[str, str]
    ORGANIZATION_MODIFIERS: frozenset[str]
    ADMINISTRATIVE_WORDS: frozenset[str]
    REGION_WORDS: frozenset[str]
    ORGANIZATION_LEVELS: dict[str, str]
    ENGLISH_DEMONYMS: frozenset[str]
    COUNTRY_EPITHETS: dict[str, str]
    ENGLISH_NAME_WORDS: dict[str, str]
    NAME_SYNONYMS: dict[str, str]
    BODY_COMPLEMENT_PREPOSITIONS: frozenset[str]
    FOREIGN_NAME_LINKS: frozenset[str]
    FRENCH_NAME_LINKS: frozenset[str]
    LOCAL_AUTHORITY_WORDS: frozenset[str]
    REPUBLIC_OFFICES: frozenset[str]
    REPUBLIC_WORD: str
    REPUBLIC_LINK: tuple[str, str]
    TRANSLITERATION_SPELLINGS: tuple[tuple[str, str], ...]
    TRANSLITERATION_PATTERNS: tuple[tuple[str, str], ...]
    TRANSLITERATION_LETTERS: dict[str, str]
    ARABIC_NAME_PARTICLES: dict[str, str]
    ARABIC_MUTE_ENDING: str
    UNITED_NATIONS_ACRONYM_PREFIX: str
    UNITED_NATIONS_WORDS: str
    OMITTED_HEAD_INITIALS: dict[str, str]
    CARDINAL_WORDS: frozenset[str]
    NAMED_AFTER_HEADS: frozenset[str]
    NICKNAME_CUES: frozenset[str]
    NAME_PREPOSITIONS: frozenset[str]
    AGE_APPOSITION: str
    IN_LANGUAGE: str
    METONYMS: dict[str, str]
    GENDERED_FIRST_NAME_ENDINGS: tuple[tuple[str, str], ...]
    TRANSLITERATION_VOWELS: str
    TRANSLITERATION_CONSONANT_PAIRS: frozenset[frozenset[str]]
    INTERNATIONAL_BODIES: dict[str, tuple[str, ...]]
    COMPASS_WORDS: dict[str, str]
    COMPASS_LINKS: frozenset[str]
    TRANSLITERATION_SILENT_CONSONANT: str
    TRANSLITERATION_DROPPED_BEFORE: dict[str, str]
    TRANSLITERATION_OPENING_CONSONANT: str
    CIVILITY_PARTICLES: frozenset[str]
    HOME_COUNTRY: str


@runtime_checkable
class NumbersTables(Protocol):
    """What ``lang/<code>/numbers.py`` holds."""

    TEXT2NUM_LANG: str
    GROUP_SEPARATORS: str
    DECIMAL_MARK: str
    NUMBER_WORDS: tuple[str, ...]
    ARTICLE_WORDS: frozenset[str]
    NUMBER_WORD_JOINERS: tuple[str, ...]
    MULTIPLIERS: dict[str, int]
    APPROX_UNITS: dict[str, int]
    VAGUE_DETERMINERS: tuple[str, ...]
    VAGUE_MULTIPLIERS: dict[str, int]
    VAGUE_SPAN: tuple[int, int]
    QUALIFIERS: dict[str, str]
    TRAILING_QUALIFIERS: dict[str, str]
    RANGE_FRAMES: tuple[tuple[str, str], ...]
    RANGE_BLOCKERS: frozenset[str]
    SMALL_NUMBERS: tuple[str, ...]
    TENS: dict[int, str]
    SCALE_WORDS: dict[int, tuple[str, str]]

    @staticmethod
    def spell(value: int) -> str: ...


@runtime_checkable
class ClaimsTables(Protocol):
    """What ``lang/<code>/claims.py`` holds."""

    CATEGORY_NOUNS: dict[str, frozenset[str]]
    WEAK_NOUN_CATEGORIES: frozenset[str]
    ARTICLE_COUNT_NOUNS: frozenset[str]
    ARTICLE_COMPLEMENT_LINKS: frozenset[str]
    RELATIVE_NOUNS: frozenset[str]
    PEOPLE_NOUNS: frozenset[str]
    NOT_COUNTED: frozenset[str]
    NOT_COUNTED_BEFORE: frozenset[str]
    PATIENT_VERBS: dict[str, str]
    PEOPLE_ONLY_VERBS: frozenset[str]
    PROTEST_DEPLOY_VERBS: frozenset[str]
    DEPLOYED_PEOPLE_NOUNS: frozenset[str]
    NOMINAL_CUES: dict[str, str]
    SUBJECT_VERBS: dict[str, str]
    VERB_OBJECT_PHRASES: dict[tuple[str, str], str]
    DATIVE_OBJECT_PHRASES: dict[tuple[str, str], str]
    STATE_PHRASES: dict[str, str]
    AGENT_VERBS: frozenset[str]
    TOTAL_NOUNS: dict[str, str | None]
    INMATE_MOVE_VERBS: frozenset[str]
    TOTAL_TARGET_LINKS: frozenset[str]
    MEASURE_VERBS: frozenset[str]
    LIST_JOINERS: frozenset[str]
    LIST_ATTRIBUTIONS: tuple[str, ...]
    HEADING_ATTRIBUTIONS: tuple[str, ...]
    PER_WORDS: frozenset[str]
    DIFFERENCE_PHRASES: tuple[str, ...]
    OBJECT_BARRIERS: frozenset[str]
    SUPPORT_VERBS: frozenset[str]
    SHARED_VERB_GAPS: frozenset[str]
    SUBSET_MARKERS: frozenset[str]
    PARTITIVE_PHRASES: tuple[str, ...]
    PARTITIVE_WORDS: frozenset[str]
    PART_OF_WORDS: frozenset[str]
    PART_OF_POSSESSIVES: frozenset[str]
    NOUN_QUALIFIERS: frozenset[str]
    FIGURE_REPORT_VERBS: frozenset[str]
    FIGURE_REPORT_PHRASES: frozenset[str]
    INFORMANT_PREPOSITIONS: tuple[str, ...]
    LACK_VERBS: frozenset[str]
    PARTICIPLE_ENDINGS: tuple[str, ...]
    REPORT_CONTINUATION_OPENERS: frozenset[str]
    REPORT_CONTINUATION_COUNTS: str
    MOST_HIT_SHARE: str
    TRAILING_SOURCE_CONTINUATIONS: tuple[str, ...]
    CORRECTION_LINKS: frozenset[str]
    LACK_PREPOSITIONS: frozenset[str]
    AUTHORITY_NOUNS: frozenset[str]
    NON_ASSERTING_NOUNS: frozenset[str]
    INSTITUTION_ADJECTIVES: frozenset[str]
    SOURCE_ADJECTIVE_OPENERS: tuple[str, ...]
    CLAUSE_BREAKS: frozenset[str]
    MODAL_VERBS: frozenset[str]
    HYPOTHETICAL_OPENERS: frozenset[str]
    NOUN_PHRASE_LINKS: frozenset[str]
    AGENT_PREPOSITIONS: frozenset[str]
    INTERVIEW_VERBS: frozenset[str]
    SUBJECT_BREAKS: frozenset[str]
    PRESENT_ENDINGS: tuple[tuple[str, str], ...]
    SAME_SOURCE: frozenset[str]
    SUBJECT_VERB_ASIDES: tuple[str, ...]
    SOURCE_SIDE_ASIDES: tuple[str, ...]
    CAUSATIVE_VERBS: frozenset[str]
    GENERIC_PERSON_NOUNS: frozenset[str]
    SOURCE_PRONOUNS: frozenset[str]
    SOURCE_POSSESSIVES: frozenset[str]
    SOURCE_NAME_LINKS: frozenset[str]
    PORTFOLIO_HOLDERS: frozenset[str]
    PORTFOLIO_TO_HOLDERS: frozenset[str]
    PORTFOLIO_CHARGED: str
    PORTFOLIO_TO: str
    PORTFOLIO_DELEGATED: str
    PORTFOLIO_WORD: str
    SOURCE_CLITICS: frozenset[str]
    NOT_ATTRIBUTED_AFTER: tuple[str, ...]
    SUBJECT_RELATIVES: frozenset[str]
    CLAUSE_WORDS: frozenset[str]
    SUBJECT_PRONOUNS: frozenset[str]
    POSSESSIVE_RELATIVES: frozenset[str]
    PROXY_SOURCE_NOUNS: frozenset[str]
    INDIRECT_OBJECT_PREPOSITIONS: frozenset[str]
    LIST_BREAK_WORDS: frozenset[str]

    @staticmethod
    def participle_infinitive(word: str) -> str: ...

    FIGURE_COMPLEMENTS: frozenset[str]
    COUNTED_COMPLEMENT_LINKS: frozenset[str]
    SHELTER_CATEGORY: str
    TRAILING_TOTAL_ARTICLES: frozenset[str]
    RECALLED_OPENERS: frozenset[str]
    DAY_AFTER_PHRASES: frozenset[str]
    COUNT_AFTER_EVENT: str
    REVISION_FROM: str
    DEFINITE_ARTICLE_OPENING: str
    DAY_AFTER_LINKS: tuple[str, ...]
    ATTACHED_OPENERS: frozenset[str]
    REINFORCE_VERBS: frozenset[str]
    OPERATION_VERBS: frozenset[str]
    MEANS_PREPOSITIONS: frozenset[str]
    FORCE_SUBJECT_VERBS: frozenset[str]
    COORDINATORS: frozenset[str]
    VERB_CHAIN_WORDS: frozenset[str]
    PASSIVE_AUXILIARY: str
    AGE_COMPLEMENT: str
    PLURAL_SUBJECT_PRONOUNS: frozenset[str]
    COUNTED_CLITICS: frozenset[str]
    COMPLEMENTIZERS: frozenset[str]
    PLACE_PREPOSITIONS: tuple[str, ...]
    PLACE_ARTICLES: tuple[str, ...]


@runtime_checkable
class SpeechTables(Protocol):
    """What ``lang/<code>/speech.py`` holds."""

    GERUND_MARKERS: frozenset[str]
    SPEECH_VERBS: frozenset[str]
    INCISE_ONLY_VERBS: frozenset[str]
    NAMING_VERBS: frozenset[str]
    MIND_VERBS: frozenset[str]
    CONTINUING_OPENERS: tuple[str, ...]
    SPEECH_NOUNS: frozenset[str]
    CHANT_NOUNS: frozenset[str]
    CAUSE_LINKS: frozenset[str]
    SIGN_NOUNS: frozenset[str]
    SIGN_VERBS: frozenset[str]
    PROTEST_VERBS: frozenset[str]
    PROTESTERS: str
    CALL_NOUNS: frozenset[str]
    CROWD_NOUNS: frozenset[str]
    PURPOSE_MARKERS: frozenset[str]
    ADJECTIVE_NEGATIONS: frozenset[str]
    SUPERLATIVE_ADVERBS: frozenset[str]
    POSSESSOR_RELATIVES: tuple[str, ...]
    POSSESSED_ARTICLES: dict[tuple[str, str], str]
    ELIDED_ARTICLE: str
    OWNER_LINKS: dict[str, str]
    ELIDED_LINK: str
    ELIDING_LETTERS: str
    POSSESSOR_LINK: str
    ONE_OF: tuple[str, ...]
    INTERVIEWER_NOUNS: tuple[str, ...]
    SPOKESPERSON_NOUNS: tuple[str, ...]
    NAME_NOUNS: frozenset[str]
    SPEECH_PHRASES: tuple[str, ...]
    INVERTED_CLITICS: frozenset[str]
    ATTRIBUTION_PREPOSITIONS: tuple[str, ...]
    ATTRIBUTION_WORDS: dict[str, str]
    ATTRIBUTION_CLITICS: tuple[str, ...]
    ATTRIBUTION_LINKS: tuple[str, ...]
    RELAY_VERBS: frozenset[str]
    IMPERSONAL_VERBS: frozenset[str]
    NOT_ATTRIBUTED_AFTER: tuple[str, ...]
    OPINION_PREPOSITIONS: tuple[str, ...]
    AUXILIARY_LEMMAS: tuple[str, ...]
    AUXILIARY_FORMS: frozenset[str]
    PHRASE_AUXILIARIES: tuple[str, ...]
    INCISE_PREPOSITIONS: tuple[str, ...]
    INCISE_COMPLEMENT_OPENERS: tuple[str, ...]
    INCISE_MANNER_LINKS: tuple[str, ...]
    INCISE_MANNER_ARTICLES: tuple[str, ...]
    COMPLEMENT_LINKS: tuple[str, ...]
    AFFILIATION_LINKS: tuple[str, ...]
    ONE_OF_LINKS: tuple[str, ...]
    FIELD_LINKS: tuple[str, ...]
    PARTICIPLE_PLACE_PREPOSITIONS: tuple[str, ...]
    STANDING_COMPLEMENTS: tuple[tuple[str, str], ...]
    DECREE_VERBS: frozenset[str]
    INDEFINITE_ARTICLES: tuple[str, ...]
    PARTITIVE_ARTICLES: tuple[str, ...]
    INCISE_TIME_WORDS: frozenset[str]
    PREVERBAL_CLITICS: frozenset[str]
    REFLEXIVE_CLITICS: tuple[str, ...]
    INCISE_OBJECT_CLITICS: tuple[str, ...]
    SUBJECT_OR_OBJECT_CLITICS: tuple[str, ...]
    STRESSED_PRONOUNS: frozenset[str]
    FIRST_PERSON_POSSESSIVES: frozenset[str]
    IMPERSONAL_CLITICS: frozenset[str]
    NON_SPEAKER_SUBJECTS: tuple[str, ...]
    PERSON_NOUN_ENDINGS: tuple[str, ...]
    THING_PRONOUNS: tuple[str, ...]
    SAME_SOURCE_PHRASES: tuple[str, ...]
    DEMONSTRATIVE_DETERMINERS: tuple[str, ...]
    OBJECT_RELATIVES: tuple[str, ...]
    PEOPLE_NOUNS: tuple[str, ...]
    INDEFINITE_SUBJECT_FRAMES: tuple[str, ...]
    EUPHONIC_T: tuple[str, ...]
    EUPHONIC_PREFIX: str
    RELATIVE_SUBJECTS: tuple[str, ...]
    RELATIVES_AFTER_SUBJECT: tuple[str, ...]
    COMPLEMENTIZERS: tuple[str, ...]
    SPEAKER_COORDINATORS: tuple[str, ...]
    SPEAKER_CIVILITIES: tuple[str, ...]
    FIRST_PERSON: frozenset[str]
    VERB_ENDINGS: tuple[str, ...]
    INSTITUTION_NOUNS: frozenset[str]
    SPEAKER_DETERMINERS: frozenset[str]

    FIRST_CONJUGATION_INFINITIVE: str
    FIRST_CONJUGATION_NONFINITE_ENDINGS: tuple[str, ...]
    FIRST_CONJUGATION_PARTICIPLE_ENDINGS: tuple[str, ...]

    @staticmethod
    def verb_lemma_guesses(form: str, lemma: str) -> frozenset[str]: ...

    @staticmethod
    def conjugated_by_form(form: str, lemma: str) -> bool: ...


@runtime_checkable
class CorefTables(Protocol):
    """What ``lang/<code>/coref.py`` holds."""

    PRONOUNS: dict[str, tuple[str | None, str]]
    GENDER_FREE_CLITICS: tuple[str, ...]
    OBJECT_CLITICS: tuple[str, ...]
    TRADE_CIVILITIES: dict[str, str]
    POSSESSIVES: dict[str, tuple[str | None, str]]
    INDEFINITE_SUBJECTS: frozenset[str]
    DEMONSTRATIVES: dict[str, tuple[str | None, str]]
    DEMONSTRATIVE_DETERMINERS: dict[str, tuple[str | None, str]]
    DESCRIPTION_EQUIVALENTS: dict[str, tuple[str, tuple[str, ...]]]
    EPICENE_ENDINGS: tuple[str, ...]
    TITLE_SYNONYMS: dict[str, str]
    LEADER_NOUNS: frozenset[str]
    DESCRIPTION_CLASSES: dict[str, frozenset[str]]
    PERSON_KIND_NOUNS: frozenset[str]
    GENERIC_PERSON_NOUNS: frozenset[str]
    PERSON_NOUN_ENDINGS: tuple[str, ...]
    PERSON_NOUNS_OTHERWISE: frozenset[str]
    TAKEN_UP_PERSON_NOUNS: frozenset[str]
    STORY_ROLES: frozenset[str]
    TRIAL_PARTIES: frozenset[str]
    COURT_OFFICERS: frozenset[str]
    COURT_BODIES: frozenset[str]
    MEDIUM_PREPOSITIONS: tuple[str, ...]
    TOPIC_MARKERS: frozenset[str]
    LEADER_TITLES: frozenset[str]
    EXTRA_TITLES: frozenset[str]
    MEMBER_BODIES: dict[str, str]
    EPICENE_TITLES: frozenset[str]
    STALE_QUALIFIERS: frozenset[str]
    ORG_NOUNS: frozenset[str]
    SERVING_BODY_NOUNS: frozenset[str]
    BODY_VOICE_NOUNS: frozenset[str]
    NAMED_PLACE_NOUNS: frozenset[str]
    GENERIC_ORG_NOUNS: frozenset[str]
    CIVIL_BODY_NOUNS: frozenset[str]
    STATE_BODY_HEADS: frozenset[str]
    ANIMATE_NOUNS: frozenset[str]
    NATIONALITIES: dict[str, tuple[str, ...]]
    DEMONYM_ENDINGS: tuple[str, ...]
    NOT_DEMONYMS: frozenset[str]
    FEMININE_ENDING: str
    FEMININE_ARTICLES: tuple[str, ...]
    FEMININE_POSSESSIVES: tuple[str, ...]
    GENDERLESS_POSSESSIVES: tuple[str, ...]
    MASCULINE_DETERMINERS: tuple[str, ...]
    NAME_ARTICLES: dict[str, tuple[str | None, str]]
    COMPLEMENT_PREPOSITIONS: frozenset[str]
    MENTION_LEAD_WORDS: tuple[str, ...]
    QUALIFIER_STOPWORDS: frozenset[str]
    COMPOUND_TITLES: dict[str, str]
    LATEST_WORDS: tuple[str, ...]
    BYLINE_WORDS: tuple[str, ...]


@runtime_checkable
class LinkTables(Protocol):
    """What ``lang/<code>/link.py`` holds."""

    STOP_WORDS: frozenset[str]
    WORDFREQ_LANG: str
    SUBJECT_CLASSES: dict[str, frozenset[str]]
    POPULATION_CUES: tuple[tuple[str, tuple[str, ...]], ...]
    POPULATION_BY_CATEGORY: dict[str, dict[str, str]]
    TROOP_CLASSES: dict[str, frozenset[str]]
    CUMULATIVE_CATEGORIES: frozenset[str]
    STATE_CATEGORIES: frozenset[str]
    PERIODIC_CATEGORIES: frozenset[str]
    CUMULATIVE_CUES: tuple[str, ...]
    SINCE_CUES: tuple[str, ...]
    INCREMENT_WORDS: tuple[str, ...]
    PARAGRAPH_PLACE_OPENER: str
    BACKGROUND_TENSE_CUES: tuple[str, ...]
    LISTED_PARTS: str
    PERIOD_CUES: tuple[str, ...]
    REVISION_CUES: tuple[str, ...]
    RECALL_CUES: tuple[str, ...]
    GENERIC_PLACE_WORDS: tuple[str, ...]
    NATIONWIDE_CUES: tuple[str, ...]
    SUBSET_BEFORE: str
    SUBSET_AFTER: str
    PLACED_PART_AFTER: str
    NOT_WHO_PHRASES: tuple[str, ...]
    CAPITAL_PHRASES: tuple[str, ...]
    COUNTRY_NAMES: tuple[str, ...]
    RUBRICS: frozenset[str]
    DATE_WORDS: frozenset[str]
    DISASTER_KINDS: dict[str, tuple[str, ...]]
    LOCAL_DISASTER_KINDS: dict[str, tuple[str, ...]]
    INCIDENT_KINDS: dict[str, tuple[str, ...]]
    RECALLED_INCIDENT_BEFORE: str
    REPORTED_DAY_BEFORE: str
    DAY_EVENT_CUES: tuple[str, ...]
    AFTERMATH_CUES: tuple[str, ...]
    HEADLINE_KICKER: str
    PLACE_BEFORE: str
    AFTERMATH_MIN: int
    DISASTER_OF_YEAR: str
    EVENT_FAMILIES: dict[str, tuple[str, ...]]
    NEWS_KINDS: dict[str, tuple[str, ...]]
    SITE_WORDS: tuple[str, ...]
    SITE_TOWN_LINK: str
    ROLE_WORDS: tuple[str, ...]
