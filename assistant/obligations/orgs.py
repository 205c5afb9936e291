"""The organisation registry: which body a name in a directive (or in a question) refers to.

Directives name the same body many ways ("Hội Liên hiệp Phụ nữ Việt Nam", "Hội phụ nữ các cấp", "HLHPN"),
cadres type it without diacritics and foreign readers in English, so every alias, abbreviation and English
name from ``data/organisations.json`` resolves to one canonical id. Matching works on syllable tokens of the
folded text (``assistant.text.fold``), so "chính trị- xã hội", "CT - XH" and "ct-xh" all agree, while
offsets stay those of the original text. Abbreviations are matched inside documents only when written in
capitals: folded "TU" would otherwise match the everyday word "từ".

Collective phrases ("các tổ chức chính trị - xã hội", "MTTQ và các đoàn thể") expand to their members so a
filter on one organisation also finds duties given to the group, marked ``collective=True``; a member whose
own name is part of the phrase ("MTTQ" in "MTTQ và các đoàn thể") counts as named.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from assistant.errors import AssistantError
from assistant.lexicon.phrases import admin_levels, level_name_kinds, level_name_levels
from assistant.text import fold, nfc, normalize

# "chi": the units below a commune (a village's chi hội, chi đoàn, chi bộ), bodies of their own: a task
# of "các chi đoàn" is not the Đoàn xã's.
LEVELS = ("trung_uong", "tinh", "huyen", "xa", "chi")
LEVEL_NAMES_VI = {
    "trung_uong": "Trung ương",
    "tinh": "tỉnh",
    "huyen": "huyện",
    "xa": "xã/cơ sở",
    "chi": "chi hội/chi đoàn/chi bộ",
    "all": "các cấp",
}

_TOKEN_RE = re.compile(r"[^\W_]+|[,\-/&']", re.UNICODE)

# Words after a name that say its level ("... tỉnh", "... các cấp"); they become part of the mention.
_LEVEL_SUFFIXES: list[tuple[tuple[str, ...], str]] = [
    (("cac", "cap", "trong", "tinh"), "all"),
    (("tu", "trung", "uong", "den", "co", "so"), "all"),
    (("tu", "tinh", "den", "co", "so"), "all"),
    (("truc", "thuoc", "trung", "uong"), "trung_uong"),
    (("truc", "thuoc", "tinh", "uy"), "tinh"),
    (("cac", "cap"), "all"),
    (("cap", "tinh"), "tinh"),
    (("cap", "huyen"), "huyen"),
    (("cap", "xa"), "xa"),
    (("cap", "co", "so"), "xa"),
    (("o", "co", "so"), "xa"),
    (("cung", "cap"), None),
    (("cua", "tinh"), "tinh"),
    (("trong", "tinh"), "tinh"),
    (("trung", "uong"), "trung_uong"),
    (("viet", "nam"), None),
    (("tinh",), "tinh"),
    (("huyen",), "huyen"),
    (("xa",), "xa"),
]


@dataclass(frozen=True)
class Org:
    """A canonical body: id, Vietnamese name, kind, and every way people name it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    english: tuple[str, ...] = ()
    levels: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Collective:
    """A phrase that gives one duty to several bodies ("các tổ chức chính trị - xã hội")."""

    id: str
    name: str
    aliases: tuple[str, ...]
    english: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class OrgMention:
    """One body named in a text. For a collective phrase there is one mention per member, each with the
    phrase's span; ``collective`` is True for members reached only through the group, ``via`` the group id."""

    org_id: str
    start: int
    end: int
    surface: str
    level: str | None = None
    collective: bool = False
    via: str | None = None


class UnknownOrganisationError(AssistantError):
    """A name that matches no body in the registry; the message lists the closest names."""

    code = "unknown_org"


@dataclass
class _Alias:
    tokens: tuple[str, ...]
    caps: tuple[bool, ...]  # token must be written in capitals in a document (abbreviations)
    kind: str  # "org" | "collective"
    target: str
    level: str | None


# "các xã", "các huyện, thị xã, thành phố", "các xã An Hiệp, An Hóa": the localities a body is named for,
# by the unit words of ``lexicon.phrases`` (hamlets and neighbourhoods too: "Ban công tác Mặt trận các ấp").
@cache
def _admin_longest_first() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(sorted(admin_levels().items(), key=lambda x: -len(x[0])))


def _admin_at(toks: list[tuple[str, str, int, int]], j: int) -> tuple[int, str] | None:
    for words, level in _admin_longest_first():
        if tuple(t[1] for t in toks[j : j + len(words)]) == words:
            return j + len(words), level
    return None


def _localities(toks: list[tuple[str, str, int, int]], j: int) -> tuple[int, str | None]:
    """After a body's name: "các" + a list of administrative words ("các huyện, thị xã, thành phố"), then
    the places' capitalised names ("các xã An Hiệp, An Hóa và Phú Lễ"); (end, level), or (j, None)."""
    if j >= len(toks) or toks[j][1] != "cac":
        return j, None
    first = _admin_at(toks, j + 1)
    if first is None:
        return j, None
    k, level = first
    while k + 1 < len(toks) and toks[k][1] in (",", "va"):
        nxt = _admin_at(toks, k + 1)
        if nxt is None:
            break
        k = nxt[0]
    end = k
    while k < len(toks) and toks[k][0][:1].isupper():  # the places' names
        while k < len(toks) and toks[k][0][:1].isupper():
            k += 1
        end = k
        if k + 1 < len(toks) and toks[k][1] in (",", "va") and toks[k + 1][0][:1].isupper():
            k += 1
            continue
        break
    return end, level


def _starts_level_name(toks: list[tuple[str, str, int, int]], j: int) -> bool:
    """Does the level word at token ``j`` open a body's everyday name with the kind word after it
    ("huyện" in "Huyện đoàn", "tỉnh" in "Tỉnh ủy"; ``phrases.json`` level_names)?"""
    kinds = level_name_kinds()
    return j + 1 < len(toks) and toks[j + 1][1] in kinds and toks[j][1] in level_name_levels()


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(raw, folded, start, end) for each syllable or joining mark of ``text``."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group(0)
        out.append((raw, _fold_token(raw), m.start(), m.end()))
    return out


@lru_cache(maxsize=50_000)
def _fold_token(raw: str) -> str:
    return fold(raw) or raw.lower()


def _is_caps(raw: str) -> bool:
    letters = [c for c in raw if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _key(text: str) -> str:
    """A comparison key for whole names: folded tokens joined by single spaces."""
    return " ".join(t[1] for t in _tokens(normalize(text)))


def _plurals(english: tuple[str, ...]) -> list[str]:
    """English names in the plural, as questions about every commune's body write them ("the commune Women's
    Unions", "Farmers' Associations"); acronyms and names already ending in "s" have none."""
    return [f"{n}s" for n in english if n[-1:].isalpha() and n[-1:] != "s" and not n.isupper()]


def _english(english: tuple[str, ...]) -> set[str]:
    """The English names with their plurals: question forms, never scanned for in Vietnamese text."""
    return {*english, *_plurals(english)}


def _with_plural_units(phrases: tuple[str, ...], own: set[str]) -> list[str]:
    """A level's names and, for each ending with its unit word ("đảng ủy xã", "Ban Chấp hành Đảng bộ xã"),
    the same body written for every unit of that level ("Đảng ủy các xã"): a plan addressing all communes
    names one body per commune, the commune's own asked "Đảng ủy xã làm gì?". Not where the name before
    the unit word is one of the body's own names (``own``, folded: "Hội Nông dân" + "các xã Tân Lập, Hòa
    Bình" is read with its localities). The unit words giving a level are ``lexicon.phrases.admin_levels``;
    "Đảng ủy huyện" stays another level's body."""
    units = {" ".join(k) for k in admin_levels()}
    out = list(phrases)
    for phrase in phrases:
        words = phrase.split()
        for n in (2, 1):
            if fold(" ".join(words[:-n])) in own:
                break
            if len(words) > n and fold(" ".join(words[-n:])) in units and fold(words[-n - 1]) != "cac":
                out.append(" ".join([*words[:-n], "các", *words[-n:]]))
                break
    return list(dict.fromkeys(out))


class OrgRegistry:
    """Canonical bodies and collectives, with name resolution and mention finding."""

    def __init__(self, orgs: list[Org], collectives: list[Collective]):
        self.orgs = {o.id: o for o in orgs}
        self.collectives = {c.id: c for c in collectives}
        self._by_first: dict[str, list[_Alias]] = {}  # document forms: names as directives write them
        self._by_first_en: dict[str, list[_Alias]] = {}  # document forms plus English names (questions)
        self._keys: dict[str, tuple[str, str]] = {}  # name key -> (kind, id)
        self._cache: dict[tuple[str, bool], tuple[OrgMention, ...]] = {}
        for o in orgs:
            spelled = (o.name, *o.aliases, *o.abbreviations, *o.english, *_plurals(o.english))
            names = [(n, None) for n in spelled]
            own = {fold(n) for n in spelled}
            names += [(n, lvl) for lvl, phrases in o.levels.items() for n in _with_plural_units(phrases, own)]
            for name, lvl in names:
                self._add(name, "org", o.id, lvl, document_form=name not in _english(o.english))
        for c in collectives:
            for name in (c.name, *c.aliases, *c.english, *_plurals(c.english)):
                self._add(name, "collective", c.id, None, document_form=name not in _english(c.english))
        for index in (self._by_first, self._by_first_en):
            for lst in index.values():
                lst.sort(key=lambda a: -len(a.tokens))

    def _add(self, name: str, kind: str, target: str, level: str | None, document_form: bool) -> None:
        toks = _tokens(nfc(name))
        if not toks:
            return
        self._keys.setdefault(" ".join(t[1] for t in toks), (kind, target))
        alias = _Alias(tuple(t[1] for t in toks), tuple(_is_caps(t[0]) for t in toks), kind, target, level)
        # English names are for questions, not for scanning Vietnamese text: only the question index has them.
        for index in (self._by_first, self._by_first_en) if document_form else (self._by_first_en,):
            bucket = index.setdefault(alias.tokens[0], [])
            if all(a.tokens != alias.tokens for a in bucket):
                bucket.append(alias)

    # ------------------------------------------------------------------------------------ loading

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> OrgRegistry:
        """The registry from ``assistant/data/organisations.json`` (cached: it never changes at run time)."""
        with (
            resources.files("assistant.data").joinpath("organisations.json").open("r", encoding="utf-8") as fh
        ):
            data = json.load(fh)
        orgs = [
            Org(
                id=o["id"],
                name=o["name"],
                kind=o.get("kind", ""),
                aliases=tuple(o.get("aliases", [])),
                abbreviations=tuple(o.get("abbreviations", [])),
                english=tuple(o.get("english", [])),
                levels={k: tuple(v) for k, v in o.get("levels", {}).items()},
            )
            for o in data["organisations"]
        ]
        cols = [
            Collective(
                c["id"],
                c["name"],
                tuple(c.get("aliases", [])),
                tuple(c.get("english", [])),
                tuple(c["members"]),
            )
            for c in data.get("collectives", [])
        ]
        return cls(orgs, cols)

    # ------------------------------------------------------------------------------------ resolving

    def resolve(self, name: str) -> Org | None:
        """The body a name refers to: any alias, abbreviation or English name, any case, with or without
        diacritics ("Hội phụ nữ", "HLHPN", "Women's Union", "hoi phu nu"); a canonical id works too."""
        if not name or not name.strip():
            return None
        if name.strip() in self.orgs:
            return self.orgs[name.strip()]
        hit = self._keys.get(_key(name))
        if hit and hit[0] == "org":
            return self.orgs[hit[1]]
        # "Hội phụ nữ tỉnh", "Ban Dân vận Tỉnh ủy Bình Thuận": one body named, with extra words around it.
        named = {m.org_id for m in self.find_in(name, caps_only=False) if not m.collective and m.via is None}
        if len(named) == 1:
            return self.orgs[named.pop()]
        return None

    def resolve_collective(self, name: str) -> Collective | None:
        """The collective a phrase names ("các đoàn thể chính trị - xã hội"), if any."""
        hit = self._keys.get(_key(name))
        if hit and hit[0] == "collective":
            return self.collectives[hit[1]]
        return self.collectives.get(name.strip())

    def require(self, name: str) -> Org:
        """``resolve`` or a bilingual error listing the closest names."""
        org = self.resolve(name)
        if org is None:
            close = self.close_matches(name)
            hint_vi = f" Gần giống: {', '.join(close)}." if close else ""
            hint_en = f" Close matches: {', '.join(close)}." if close else ""
            raise UnknownOrganisationError(
                f"Không nhận ra tổ chức “{name}”.{hint_vi}",
                f"Unknown organisation “{name}”.{hint_en}",
                code="unknown_org",
            )
        return org

    def close_matches(self, name: str, n: int = 5) -> list[str]:
        """Canonical names of the bodies whose names look most like ``name`` (for error messages)."""
        keys = list(self._keys)
        out: list[str] = []
        for k in difflib.get_close_matches(_key(name), keys, n=n * 3, cutoff=0.5):
            kind, target = self._keys[k]
            label = self.orgs[target].name if kind == "org" else self.collectives[target].name
            if label not in out:
                out.append(label)
        return out[:n]

    def names(self, org_id: str) -> list[str]:
        """Every name of one body as recorded: canonical name, aliases, abbreviations, English names
        (level-specific phrases such as "Hội LHPN tỉnh" excluded), without repeats, in that order."""
        org = self.orgs[org_id]
        return list(dict.fromkeys((org.name, *org.aliases, *org.abbreviations, *org.english)))

    def collectives_including(self, org_id: str) -> list[str]:
        """Ids of the collectives whose members include ``org_id``."""
        return [c.id for c in self.collectives.values() if org_id in c.members]

    def display(self, org_id: str, level: str | None = None) -> str:
        """A readable name, at a level when given ("Ban Dân vận Tỉnh ủy", "Hội LHPN huyện")."""
        if org_id in self.collectives:
            return self.collectives[org_id].name
        org = self.orgs[org_id]
        if level in org.levels and org.levels[level]:
            return org.levels[level][0]
        if level == "all":
            return f"{org.name} các cấp"
        return org.name

    def english(self, org_id: str) -> str:
        """The first English name, or the Vietnamese name when none is recorded."""
        if org_id in self.collectives:
            c = self.collectives[org_id]
            return c.english[0] if c.english else c.name
        org = self.orgs[org_id]
        return org.english[0] if org.english else org.name

    # ------------------------------------------------------------------------------------ scanning

    def find_in(self, text: str, caps_only: bool = True) -> list[OrgMention]:
        """Every body named in ``text``, longest name first at each position, with level suffixes
        ("... tỉnh", "... các cấp") folded into the mention. ``caps_only`` requires abbreviations to be
        written in capitals (documents); questions pass False."""
        cached = self._cache.get((text, caps_only))
        if cached is not None:
            return list(cached)
        if len(self._cache) > 20_000:
            self._cache.clear()
        toks = _tokens(text)
        out: list[OrgMention] = []
        i = 0
        while i < len(toks):
            alias = self._match_at(toks, i, caps_only)
            if alias is None:
                i += 1
                continue
            j = i + len(alias.tokens)
            level = alias.level
            for suffix, lvl in _LEVEL_SUFFIXES:
                if tuple(t[1] for t in toks[j : j + len(suffix)]) == suffix:
                    if _starts_level_name(toks, j + len(suffix) - 1):
                        break  # "Ban Thường vụ" + "Huyện đoàn": the level word opens the next body's name
                    j += len(suffix)
                    level = level or lvl
                    break
            j, lvl = _localities(toks, j)  # "... (Việt Nam) các huyện, thị xã, thành phố"
            level = level or lvl
            start, end = toks[i][2], toks[j - 1][3]
            surface = text[start:end]
            if level is None:
                level = self._level_in(tuple(t[1] for t in toks[i:j]))
            if alias.kind == "org":
                out.append(OrgMention(alias.target, start, end, surface, level))
            else:
                inside = self._named_inside(toks[i:j], caps_only)
                for member in self.collectives[alias.target].members:
                    named = member in inside
                    out.append(
                        OrgMention(member, start, end, surface, level, collective=not named, via=alias.target)
                    )
            i = j
        self._cache[(text, caps_only)] = tuple(out)  # shared by every later call: read-only
        return list(out)

    def find_names(self, text: str, caps_only: bool = True, english: bool = False) -> list[OrgMention]:
        """Bodies named in ``text`` by their own names, longest name first at each position, with the
        span of the name alone: collective phrases are not expanded (a body named inside one still counts)
        and level suffixes are not added, so ``surface`` is exactly the alias written. ``caps_only`` as in
        ``find_in``; ``english`` also matches English names (for questions)."""
        toks = _tokens(text)
        out: list[OrgMention] = []
        for alias, i, j in self._scan_orgs(toks, caps_only, english):
            start, end = toks[i][2], toks[j - 1][3]
            out.append(OrgMention(alias.target, start, end, text[start:end], alias.level))
        return out

    def _scan_orgs(
        self, toks: list[tuple[str, str, int, int]], caps_only: bool, english: bool = False
    ) -> list[tuple[_Alias, int, int]]:
        """(alias, first token, end token) of each organisation name (collectives skipped), left to right."""
        found: list[tuple[_Alias, int, int]] = []
        i = 0
        while i < len(toks):
            alias = self._match_at(toks, i, caps_only, kind="org", english=english)
            if alias is not None:
                found.append((alias, i, i + len(alias.tokens)))
                i += len(alias.tokens)
            else:
                i += 1
        return found

    def _match_at(
        self,
        toks: list[tuple[str, str, int, int]],
        i: int,
        caps_only: bool,
        kind: str | None = None,
        english: bool = False,
    ) -> _Alias | None:
        index = self._by_first_en if english else self._by_first
        if not caps_only and toks[i][1] == "hoi" and i > 0 and toks[i - 1][1] == "dai":
            # a question's "Đại hội phụ nữ huyện" is the congress, which documents write "Đại hội đại biểu
            # Phụ nữ huyện": its "hội" is the congress's, naming no "Hội Phụ nữ" that a passage must name
            return None
        for alias in index.get(toks[i][1], ()):
            if kind and alias.kind != kind:
                continue
            n = len(alias.tokens)
            window = toks[i : i + n]
            if len(window) < n or any(w[1] != a for w, a in zip(window, alias.tokens, strict=True)):
                continue
            # Two-letter abbreviations (TU, HU, CP) need capitals even in questions: lower-cased they are
            # everyday words once folded ("từ", "tự" -> "tu"); longer ones (hlhpn, mttq) are unambiguous.
            if any(
                c and not _is_caps(t[0]) and (caps_only or len(t[1]) <= 2)
                for c, t in zip(alias.caps, window, strict=True)
            ):
                continue
            return alias
        return None

    def _named_inside(self, toks: list[tuple[str, str, int, int]], caps_only: bool) -> set[str]:
        """Ids of the bodies whose own names appear inside a collective phrase."""
        return {alias.target for alias, _, _ in self._scan_orgs(toks, caps_only)}

    @staticmethod
    def _level_in(tokens: tuple[str, ...]) -> str | None:
        joined = " ".join(tokens)
        if "trung uong" in joined:
            return "trung_uong"
        if "tinh" in tokens:
            return "tinh"
        if "huyen" in tokens:
            return "huyen"
        return None


@lru_cache(maxsize=1)
def default_registry() -> OrgRegistry:
    """The process-wide registry (loaded once from ``data/organisations.json``): the one place where
    query analysis, the parser's organisation lead-ins and obligation extraction recognise bodies."""
    return OrgRegistry.load()
