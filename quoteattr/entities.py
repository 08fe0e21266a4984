"""Entities: cluster the speaker and name mentions of one document.

Three passes in document order: named mentions group by full name or surname;
role-only mentions join the name they stand in apposition to ("Maria Lopez, the
mayor") or ("der US-Präsident", "der Sprecher") the entity that holds a
matching role in this text, indefinite ones ("ein US-Beamter") stay
alone; a relative pronoun joins the noun phrase its clause describes, other
pronouns the nearest earlier person-like entity that agrees in gender and number.
"""

from __future__ import annotations

import attrs

from quoteattr.lang import LanguageData
from quoteattr.model import Entity, Mention

PRONOUN_WINDOW = 3  # sentences


@attrs.frozen
class MentionInfo:
    """A mention with what clustering needs to know about it."""

    mention: Mention
    sentence: int
    gender: str | None = None
    number: str | None = None
    definite: bool = True
    possessed: bool = False
    subject: bool = False
    speaker: bool = False
    plain: str = ""  # the mention without leading articles/prepositions
    # a named mention this role stands beside ("Maria Lopez, the mayor"), or what a relative pronoun stands for
    apposition_of: int | None = None
    group: bool = False  # several people together ("Merkel und Macron"): no one entity
    quoted: bool = False  # inside quoted speech: named by the speaker, rarely what a pronoun after it means
    reports: tuple[int, int] | None = None  # a speaker's: the span it reports, whose mentions are not the speaker
    statement: bool = False  # names a statement, not someone ("seiner Meinung nach", "the report said")


@attrs.define
class _Cluster:
    name: str | None
    roles: list[str] = attrs.Factory(list)
    members: list[int] = attrs.Factory(list)
    gender: str | None = None
    number: str | None = None
    person_like: bool = False


def _role_parts(role: str) -> tuple[str, frozenset[str]]:
    """(head noun, modifiers) of a role: "US-Präsident" → ("präsident", {"us"}), adjectives cut to their stem."""
    words = role.lower().split()
    *mods, last = words
    prefix, _, head = last.rpartition("-")
    modifiers = {m[:5] for m in mods}
    if prefix:
        modifiers.add(prefix)
    return head, frozenset(modifiers)


def roles_match(a: str, b: str) -> bool:
    """Same role, where one may leave out modifiers: "US-Präsident" ~ "Präsident", not ~ "ukrainischer Präsident"."""
    (ha, ma), (hb, mb) = _role_parts(a), _role_parts(b)
    same_head = ha == hb or (min(len(ha), len(hb)) >= 5 and (ha.endswith(hb) or hb.endswith(ha)))
    return same_head and (not ma or not mb or ma == mb)


def _surname(name: str) -> str:
    return name.split()[-1]


def _same_name(full: str, name: str, data: LanguageData) -> bool:
    """``name`` refers to the bearer of ``full``: equal, same surname, the surname alone, the first name
    alone, or a genitive of one of these ("Trumps")."""
    forms = {name} | {name[: -len(s)] for s in data.genitive_suffixes if name.endswith(s) and len(name) > len(s) + 2}
    parts = full.split()
    for form in forms:
        if form == full or form == parts[-1] or _surname(form) == parts[-1] or (len(parts) > 1 and form == parts[0]):
            return True
    return False


def cluster_mentions(infos: list[MentionInfo], data: LanguageData) -> tuple[list[int | None], list[Entity]]:
    """Entity index for each mention (None for unresolved pronouns) and the entities."""
    clusters: list[_Cluster] = []
    assign: list[int | None] = [None] * len(infos)
    order = sorted(range(len(infos)), key=lambda k: (infos[k].mention.start, infos[k].mention.end))

    def join(k: int, c: int) -> None:
        assign[k] = c
        cl = clusters[c]
        cl.members.append(k)
        info = infos[k]
        if info.mention.role and not any(r == info.mention.role for r in cl.roles):
            cl.roles.append(info.mention.role)
        cl.gender = cl.gender or (info.gender if info.mention.role or info.mention.is_pronoun else None)
        cl.number = cl.number or info.number
        cl.person_like = cl.person_like or not info.statement and (info.subject or info.speaker or bool(info.mention.role))

    def new(k: int, name: str | None) -> None:
        clusters.append(_Cluster(name))
        join(k, len(clusters) - 1)

    # 1. named mentions, longest names first so that surnames find their full name
    named = [k for k in order if infos[k].mention.name]
    for k in sorted(named, key=lambda k: (-len(infos[k].mention.name.split()), infos[k].mention.start)):
        name = infos[k].mention.name
        match = None
        for c, cl in enumerate(clusters):
            if cl.name and _same_name(cl.name, name, data):
                match = c
                break
        if match is None:
            new(k, name)
        else:
            join(k, match)

    # 2. role-only and other nominal mentions
    for k in order:
        info = infos[k]
        m = info.mention
        if m.name or m.is_pronoun or info.group:
            continue
        if info.apposition_of is not None and assign[info.apposition_of] is not None:
            join(k, assign[info.apposition_of])
            continue
        if m.role and info.definite and not info.possessed:
            candidates = [c for c, cl in enumerate(clusters) if any(roles_match(m.role, r) for r in cl.roles)]
            if not candidates:
                candidates = _antecedents(k, infos, assign, clusters, info)
            if candidates:
                join(k, _nearest(candidates, clusters, infos, m.start))
                continue
        if not m.role:
            same = [c for c, cl in enumerate(clusters) if cl.name and _same_name(cl.name, info.plain, data)]
            if same:
                join(k, same[0])
                continue
        new(k, None if m.role else (info.plain or m.text))

    # 3. pronouns: a relative one is what its clause describes; the others the nearest compatible earlier
    # person-like entity
    reporters = [info for info in infos if info.reports is not None]
    for k in order:
        info = infos[k]
        if not info.mention.is_pronoun:
            continue
        if info.apposition_of is not None:
            if assign[info.apposition_of] is not None:
                join(k, assign[info.apposition_of])
            continue
        pron = data.pronouns.get(info.mention.text.lower())
        if pron is None or pron.get("person") in (1, 2):
            continue
        best, best_key = None, None
        for j in order:
            other = infos[j]
            if other.mention.start >= info.mention.start:
                break
            c = assign[j]
            if c is None or info.sentence - other.sentence > PRONOUN_WINDOW or (other.quoted and not info.quoted) \
                    or _reported_by(info, other):
                continue
            cl = clusters[c]
            if not cl.person_like:
                continue
            if pron.get("human") and not cl.roles and not any(
                    infos[m].mention.name or infos[m].mention.is_pronoun for m in cl.members):
                continue  # "she" is no transcript, report or company
            if pron.get("gender") and cl.gender and cl.gender != pron["gender"]:
                continue
            if pron.get("number") and cl.number and cl.number != pron["number"]:
                continue
            # a speaker before someone named in what they report ("Pence said a prosecutor should act. He …")
            reported = any(_reported_by(r, other) for r in reporters)
            key = (other.sentence, not reported, other.speaker or other.subject, other.mention.start)
            if best_key is None or key > best_key:
                best, best_key = c, key
        if best is not None:
            join(k, best)

    # entities in order of first mention; unnamed entities keep their index
    first = sorted(range(len(clusters)), key=lambda c: min(infos[k].mention.start for k in clusters[c].members))
    renumber = {old: new_id for new_id, old in enumerate(first)}
    entities = []
    for old in first:
        cl = clusters[old]
        mentions = tuple(infos[k].mention for k in sorted(cl.members, key=lambda k: infos[k].mention.start))
        entities.append(Entity(renumber[old], cl.name, tuple(cl.roles), mentions))
    return [renumber[a] if a is not None else None for a in assign], entities


def _antecedents(k: int, infos: list[MentionInfo], assign: list[int | None], clusters: list[_Cluster],
                 info: MentionInfo) -> list[int]:
    """Named people just mentioned as subject or speaker, for a definite role ("…, dass Donald Trump …
    ankündigte. …, erklärte der US-Präsident"): in the latest sentence, a speaker first, else the
    leftmost subject, within two sentences and without a contradicting role."""
    best = None
    for j, other in enumerate(infos):
        c = assign[j]
        if c is None or not other.mention.name or other.mention.start >= info.mention.start \
                or (other.quoted and not info.quoted) or _reported_by(info, other):
            continue
        if not 0 < info.sentence - other.sentence <= 2 or not (other.subject or other.speaker):
            continue
        cl = clusters[c]
        if cl.roles and not any(roles_match(info.mention.role, r) for r in cl.roles):
            continue
        if cl.gender and info.gender and cl.gender != info.gender:
            continue
        key = (other.sentence, other.speaker, -other.mention.start)
        if best is None or key > best[0]:
            best = (key, c)
    return [best[1]] if best is not None else []


def _reported_by(speaker: MentionInfo, other: MentionInfo) -> bool:
    """Whether ``other`` lies in what ``speaker`` reports ("Michigan was doing …, he told the court": "he" is
    not Michigan)."""
    return speaker.reports is not None and speaker.reports[0] <= other.mention.start < speaker.reports[1]


def _nearest(candidates: list[int], clusters: list[_Cluster], infos: list[MentionInfo], pos: int) -> int:
    def distance(c: int) -> tuple[int, int]:
        starts = [infos[k].mention.start for k in clusters[c].members]
        before = [pos - s for s in starts if s < pos]
        return (0, min(before)) if before else (1, min(s - pos for s in starts))
    return min(candidates, key=distance)
