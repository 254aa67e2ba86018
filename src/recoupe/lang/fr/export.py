"""French cues for ACLED event types: words in an event's sentence, and the type they give."""

from __future__ import annotations

#: ``(cue words (folded), event_type, sub_event_type)``, checked in order; the first match wins.
ACLED_EVENT_TYPES: tuple[tuple[frozenset[str], str, str], ...] = (
    (frozenset("attentat explosion bombe kamikaze".split()), "Explosions/Remote violence", "Suicide bomb"),
    (frozenset("frappe frappes bombardement bombardements drone missile missiles obus".split()),
     "Explosions/Remote violence", "Air/drone strike"),
    (frozenset("affrontements combats accrochage echanges tirs".split()), "Battles", "Armed clash"),
    (frozenset("massacre executions decapites liquides".split()), "Violence against civilians", "Attack"),
    (frozenset("enleve enleves enlevement otages".split()), "Violence against civilians",
     "Abduction/forced disappearance"),
    (frozenset("emeute emeutes emeutiers pillage pilles incendie incendies saccage".split()), "Riots",
     "Violent demonstration"),
    (frozenset("disperser gaz lacrymogenes grenades charge".split()), "Protests", "Excessive force against protesters"),
    (frozenset("manifestation manifestations manifestants rassemblement greve cortege defile".split()), "Protests",
     "Peaceful protest"),
    (frozenset("arrete arretes arrestation arrestations interpelle interpelles detenus".split()),
     "Strategic developments", "Arrests"),
    (frozenset("accord cessez-le-feu negociations pourparlers".split()), "Strategic developments", "Agreement"),
    (frozenset("deploiement deployees deployes troupes soldats parachutistes".split()), "Strategic developments",
     "Change to group/activity"),
)
