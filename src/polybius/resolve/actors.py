"""Actor mentions → entities: organisations, people (with the role held on a date),
countries and their sectors ("Lebanese army" → Lebanon, military).

The knowledge lives in ``polybius/data/actors/`` (see its README); this module only reads
it and applies it. What the base does not know stays None: never a guess.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from polybius.code.knowledge import DATA_DIR
from polybius.resolve.names import consonants, lost_apostrophe, name_key

ACTORS_DIR = DATA_DIR / "actors"
MAX_NAME_WORDS = 7  # words, not tokens: a lone dash the tokenizer splits off ("al - Sham") is no word


def name_length(words: list[str]) -> int:
    """How many words a run of tokens has as a name: "Islamic State of Iraq and al - Sham" is
    seven, not eight (sixty-fourth blind check n 57: the name was cut to "Islamic State of Iraq",
    al-Qaeda in Iraq, where ISIS was meant)."""
    return sum(1 for w in words if w not in ("-", "–"))


def name_window_end(words: list[str], start: int) -> int:
    """The end of the longest run from ``start`` that is no longer than MAX_NAME_WORDS words."""
    end, count = start, 0
    while end < len(words) and count + (words[end] not in ("-", "–")) <= MAX_NAME_WORDS:
        count += words[end] not in ("-", "–")
        end += 1
    return end

# ACLED-style names for a country's sector: "Military Forces of Lebanon".
_SECTOR_NAMES = {
    "GOV": "Government of {}", "MIL": "Military Forces of {}", "COP": "Police Forces of {}",
    "JUD": "Judiciary of {}", "LEG": "Legislature of {}", "SPY": "Intelligence Services of {}",
    "REB": "Rebels ({})", "OPP": "Opposition ({})", "CVL": "Civilians ({})", "REF": "Refugees ({})",
    # PLOVER's MED is health (CAMEO HLH) and its JRN is the media (CAMEO MED)
    "MED": "Health Workers ({})", "JRN": "Media ({})", "PTY": "Political Party ({})",
    "UAF": "Unidentified Armed Group ({})", "PRO": "Protesters ({})", "EDU": "Education ({})",
    "REL": "Religious Group ({})", "LAB": "Labor Group ({})", "BUS": "Business ({})", "AGR": "Farmers ({})",
    # PLOVER's PRM is a paramilitary not in opposition to the government; SOC is civil society
    # (NGOs, national Red Crescent societies): the names eval/ACTORS.md documents
    "CRM": "Criminals ({})", "PRM": "Pro-Government Militia ({})", "SOC": "Civil Society ({})",
}


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    name: str
    kind: str  # country | armed_group | igo | ngo | media | party | government_body | person | ...
    country: str | None = None
    sector: str | None = None
    acled_inter: int | None = None
    cameo: str | None = None
    acled_name: str | None = None
    source: str | None = None  # the file the entry came from (for `polybius actors lookup`)
    successor: str | None = None  # entity_id of the body it became ("aqi" → "isis"), or None
    succeeded: str | None = None  # the ISO day from which the successor is meant
    sex: str | None = None  # people.yaml ``sex``: "female" for a woman; None for a man or not known


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    country: str | None
    sector: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class SectorTerm:
    sector: str
    acled_inter: int | None
    cameo: str | None


@dataclass(slots=True)
class ActorBase:
    entities: dict[str, Entity] = field(default_factory=dict)  # name key → entity
    adjectives: dict[str, str] = field(default_factory=dict)  # "lebanese" → LBN
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 → English name
    sectors: dict[str, SectorTerm] = field(default_factory=dict)  # "army" → MIL
    roles: dict[str, tuple[Role, ...]] = field(default_factory=dict)  # person entity_id → roles
    national: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (LBN, MIL) → Lebanese Armed Forces
    sector_codes: dict[str, str] = field(default_factory=dict)  # MIL → MIL: filled on first use
    titles: frozenset[str] = frozenset()  # "spokesman", "maj": words before a person's name
    acronyms: set[str] = field(default_factory=set)  # name keys known only as acronyms ("car" of "CAR")
    written_out: set[str] = field(default_factory=set)  # name keys some alias writes in lower case
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # descriptions.yaml: word lists by key
    _media: frozenset[str] | None = None
    _person_words: dict[str, frozenset[str]] | None = None
    _adjective_forms: dict[str, list[str]] | None = None
    _variants: dict[str, Entity | None] | None = None
    _variant_keys: dict[str, set[str]] = field(default_factory=dict)  # shape → the name keys of that shape
    _ids: dict[str, Entity] | None = None  # entity_id → entity: filled on first use
    _national_ids: frozenset[str] | None = None

    def media_ids(self) -> frozenset[str]:
        """The entity ids of news outlets and agencies."""
        if self._media is None:
            self._media = frozenset(e.entity_id for e in self.entities.values() if e.kind == "media")
        return self._media

    def by_id(self, entity_id: str) -> Entity | None:
        """The entity with this id (the entry a name resolves to), or None."""
        if self._ids is None:
            self._ids = {e.entity_id: e for e in self.entities.values()}
        return self._ids.get(entity_id)

    def national_ids(self) -> frozenset[str]:
        """The entity ids of national bodies ("Lebanese Armed Forces"): a country and a
        sector by another name."""
        if self._national_ids is None:
            self._national_ids = frozenset(e.entity_id for e in self.national.values())
        return self._national_ids

    def cue(self, key: str) -> frozenset[str]:
        """A word list of ``descriptions.yaml`` (empty when the file lacks it)."""
        return self.cues.get(key, frozenset())

    def name_words(self, entity_id: str) -> frozenset[str]:
        """Every word of every name the base gives an entity ("bashar", "al", "assad")."""
        if self._person_words is None:
            words: dict[str, set[str]] = {}
            for key, entity in self.entities.items():
                words.setdefault(entity.entity_id, set()).update(key.split())
            self._person_words = {k: frozenset(v) for k, v in words.items()}
        return self._person_words.get(entity_id, frozenset())

    def is_seat(self, text: str) -> bool:
        """Is ``text`` a capital or seat of power standing for a government ("Damascus",
        "the Kremlin"), rather than a country's own name?"""
        entity = self.lookup(text)
        return entity is not None and entity.kind == "country" and entity.entity_id.endswith("_gov")

    def lookup(self, text: str) -> Entity | None:
        key = name_key(text)
        return None if self._not_the_acronym(key, text) else self.entities.get(key)

    def _not_the_acronym(self, key: str, text: str) -> bool:
        """"car" is not CAR, the Central African Republic: a name the base knows only as
        an acronym is that name only when written as one (a short one in capitals; a
        longer one, "Isis", in capitals or with a capital first)."""
        if key not in self.acronyms:
            return False
        letters = _letters(text)
        return letters.islower() or (len(key) <= 3 and not letters.isupper())

    def lookup_variant(self, text: str) -> Entity | None:
        """A group's name in another transliteration ("Hezballah", "Jabhat al-Nusrah"):
        the same consonants as one known name of one named group, and at least five of
        them, so that short words never collide."""
        if self._variants is None:
            variants: dict[str, Entity | None] = {}
            for key, entity in self.entities.items():
                # a number is spelt the same in every transliteration: "1920 Brigades" has the
                # shape of any "Brigades" once its digits are gone (fifty-fifth blind check n 33)
                if entity.kind in _VARIANT_KINDS and not any(ch.isdigit() for ch in key):
                    shape = consonants(key)
                    if len(shape.replace(" ", "")) >= 5:
                        known = variants.get(shape, entity)
                        variants[shape] = entity if known is entity or known == entity else None
                        self._variant_keys.setdefault(shape, set()).add(key)
            self._variants = variants
        key = name_key(text)
        shape = consonants(key)
        if len(shape.replace(" ", "")) < 5:
            return None
        entity = self._variants.get(shape)
        if entity is None or not any(self._country_words_kept(known, key) for known in self._variant_keys.get(shape, ())):
            return None
        return entity

    def _country_words_kept(self, known: str, key: str) -> bool:
        """A country's word in a name is no transliteration: "Assad Warplanes" has the
        shape of "Saudi warplanes" but names no Saudi (thirty-seventh blind check n 33). A
        variant is the name only when it keeps each country word of the name as written."""
        words = set(key.split())
        return all(word in words for word in known.split() if self._country_word(word) is not None)

    def country_of(self, word: str) -> str | None:
        """The country a word names as an adjective ("Lebanese"), a name ("Lebanon") or a
        seat of power ("the Kremlin"); None otherwise."""
        if self._not_the_acronym(name_key(word), word):
            return None
        iso3 = self._country_word(name_key(word))
        if iso3 is None and lost_apostrophe(word):
            iso3 = self._country_word(name_key(word[:-1]))  # "Syrias army"
        return iso3

    def _country_word(self, key: str) -> str | None:
        iso3 = self.adjectives.get(key)
        if iso3 is None:
            entity = self.entities.get(key)
            iso3 = entity.country if entity is not None and entity.kind == "country" else None
        return iso3

    def as_of(self, entity: Entity, day: str | None) -> Entity:
        """The body a name means on ``day``: its successor once it had become that body
        (organizations.yaml ``successor`` from ``succeeded``). "Islamic State of Iraq" in a
        2014 story is the group it had become in April 2013 ("the strategic plan of the
        coalition is to destroy the Islamic State of Iraq and al-Sham": isis, not aqi); in a
        2008 story it is aqi."""
        seen = {entity.entity_id}
        while day is not None and entity.successor and entity.succeeded and day >= entity.succeeded:
            later = self.by_id(entity.successor)
            if later is None or later.entity_id in seen:
                break
            seen.add(later.entity_id)
            entity = later
        return entity

    def role_on(self, entity_id: str, day: str | None) -> Role | None:
        """The role a person held on ``day`` (ISO date); None when unknown or ambiguous."""
        roles = self.roles.get(entity_id, ())
        if not roles:
            return None
        if day is None:
            return roles[-1] if len(roles) == 1 else None
        held = [r for r in roles if (r.start or "0000") <= day <= (r.end or "9999")]
        return held[0] if held else None


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#") and line.strip())
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def _add(base: ActorBase, names: list[str], entity: Entity, override: bool = False) -> None:
    for name in names:
        key = name_key(name)
        if key and (override or key not in base.entities):
            base.entities[key] = entity
        # a key every alias of which is written in capitals is an acronym ("CAR", "ISIS")
        if key and _is_acronym(name) and key not in base.written_out:
            base.acronyms.add(key)
        elif key:
            base.written_out.add(key)
            base.acronyms.discard(key)


def _letters(name: str) -> str:
    """The letters of a name as written, without a leading "the", dots or spaces ("the U.S." → "US")."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).replace(".", "").replace(" ", "")


def _is_acronym(name: str) -> bool:
    letters = _letters(name)
    return letters.isalpha() and letters.isupper() and len(letters) <= 6


def _load_countries(base: ActorBase) -> None:
    for row in _rows(ACTORS_DIR / "countries.tsv"):
        iso3 = row["iso3"].strip()
        name = row["name"].strip()
        base.country_names[iso3] = name
        cameo = (row.get("cameo") or iso3).strip()
        country = Entity(iso3.lower(), name, "country", iso3, None, 1, cameo, f"Government of {name}", "countries.tsv")
        government = Entity(f"{iso3.lower()}_gov", f"Government of {name}", "country", iso3, "GOV", 1, f"{cameo}GOV", f"Government of {name}", "countries.tsv (metonym)")
        _add(base, [name, *_split(row.get("aliases"))], country)
        _add(base, _split(row.get("metonyms")), government)
        for adjective in _split(row.get("adjectives")):
            base.adjectives.setdefault(name_key(adjective), iso3)


def _load_sectors(base: ActorBase) -> None:
    for row in _rows(ACTORS_DIR / "sectors.tsv"):
        term = SectorTerm(row["sector"].strip(), _int_or_none(row.get("acled_inter")), (row.get("cameo") or "").strip() or None)
        for name in _split(row["term"]):
            base.sectors.setdefault(name_key(name), term)


def _load_titles(base: ActorBase) -> None:
    base.titles = frozenset(name_key(t) for row in _rows(ACTORS_DIR / "titles.tsv") for t in _split(row["title"]))


def _load_descriptions(base: ActorBase) -> None:
    raw = yaml.safe_load((ACTORS_DIR / "descriptions.yaml").read_text(encoding="utf-8")) if (ACTORS_DIR / "descriptions.yaml").exists() else {}
    base.cues = {str(k): frozenset(name_key(str(w)) for w in v or []) for k, v in (raw or {}).items()}


def _load_yaml(path: Path) -> list[dict]:
    if not path.exists():
        return []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ten times faster
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []


def _organization(item: dict, source: str) -> Entity:
    countries = item.get("countries") or []
    return Entity(
        str(item["entity_id"]), str(item["name"]), str(item.get("kind") or "organization"),
        countries[0] if countries else None, item.get("sector"),  # the first listed is its home
        _int_or_none(item.get("acled_inter")), item.get("cameo"), item.get("acled_name"), source,
        item.get("successor"), _bound(item.get("succeeded"), "start"),
    )


def _load_organizations(base: ActorBase, items: list[dict], source: str, override: bool = False) -> None:
    for item in items:
        entity = _organization(item, source)
        _add(base, [entity.name, *[str(a) for a in item.get("aliases") or []]], entity, override)


def _bound(value: object, side: str) -> str | None:
    """An ISO day for a role's start or end; a known month or year ("2016", "2016-05")
    covers all of it."""
    if value in (None, ""):
        return None
    text = str(value)
    if len(text) == 4:
        return f"{text}-01-01" if side == "start" else f"{text}-12-31"
    if len(text) == 7:
        return f"{text}-01" if side == "start" else f"{text}-31"
    return text[:10]


def _roles(item: dict) -> tuple[Role, ...]:
    roles = (
        Role(str(r.get("title") or ""), r.get("country"), r.get("sector"), _bound(r.get("start"), "start"), _bound(r.get("end"), "end"))
        for r in item.get("roles") or []
    )
    return tuple(sorted(roles, key=lambda r: r.start or ""))


def _load_people(base: ActorBase, items: list[dict], source: str, override: bool = False) -> None:
    for item in items:
        entity = Entity(str(item["entity_id"]), str(item["name"]), "person", source=source,
                        sex=str(item["sex"]).lower() if item.get("sex") else None)
        _add(base, [entity.name, *[str(a) for a in item.get("aliases") or []]], entity, override)
        base.roles[entity.entity_id] = _roles(item)


@lru_cache(maxsize=4)
def load_actor_base(extra: tuple[str, ...] = ()) -> ActorBase:
    """The built-in base, with the user's files (``--actors``) merged over it in order:
    an entry of theirs replaces any built-in one that claims the same name."""
    base = ActorBase()
    # Order sets precedence when two files claim a name: organisations, people, countries.
    _load_organizations(base, _load_yaml(ACTORS_DIR / "organizations.yaml"), "organizations.yaml")
    _load_people(base, _load_yaml(ACTORS_DIR / "people.yaml"), "people.yaml")
    _load_countries(base)
    _load_sectors(base)
    _load_titles(base)
    _load_descriptions(base)
    for path in extra:
        load_user_file(base, Path(path))
    _index_national_bodies(base)
    return base


# How a country's main bodies are named: "<Lebanese> army" is the body the base lists for
# (Lebanon, military) when one of its aliases reads so.
_NATIONAL_NAMES = {"MIL": ("army", "armed forces", "military"), "GOV": ("government",), "COP": ("police",)}


def _index_national_bodies(base: ActorBase) -> None:
    adjectives: dict[str, list[str]] = {}
    for adjective, iso3 in base.adjectives.items():
        adjectives.setdefault(iso3, []).append(adjective)
    for iso3, forms in adjectives.items():
        for sector, nouns in _NATIONAL_NAMES.items():
            for form in forms:
                entity = next((e for noun in nouns if (e := base.lookup(f"{form} {noun}")) is not None
                               and e.kind != "country" and e.country == iso3 and e.sector == sector), None)
                if entity is not None:
                    base.national[(iso3, sector)] = entity
                    break


class ActorFileError(Exception):
    """A user's actor file that cannot be read; the message names it."""


def load_user_file(base: ActorBase, path: Path) -> None:
    """Merge a user's YAML list of entries (organisations, or people when they have
    ``roles``) over ``base``."""
    try:
        items = _load_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise ActorFileError(f"{path}: cannot read actor file ({exc})") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) and "entity_id" in i and "name" in i for i in items):
        raise ActorFileError(f"{path}: an actor file is a YAML list of entries with entity_id and name (see data/actors/README.md)")
    _load_organizations(base, [i for i in items if not i.get("roles")], str(path), override=True)
    _load_people(base, [i for i in items if i.get("roles")], str(path), override=True)


def is_local_body(words: list[str], base: ActorBase) -> bool:
    """Do the words name a body of local government ("the local council", "the mayor")?
    Such a body is its town's, never the national government (descriptions.yaml)."""
    text = f" {name_key(' '.join(words))} "
    return any(f" {cue} " in text for cue in base.cue("local_bodies"))


def is_regional_government(words: list[str], base: ActorBase) -> bool:
    """Do the words name the government or parliament of a region that has its own under
    the national one ("the Scottish government", "Scotland's first minister", "the Catalan
    parliament")? Such a body is its country + GOV or LEG with no national entity, never the
    national government (descriptions.yaml regional_state_words; News Articles check N1 n 1).
    "Scottish soldiers" serve the national army: only a word of government or legislature counts."""
    keys = [name_key(w) for w in words]
    text = f" {' '.join(keys)} "
    if not any(f" {cue} " in text for cue in base.cue("regional_state_words")):
        return False
    # "Scottish ministers": a plural the sector table lists only in the singular counts too
    return any((term := base.sectors.get(key) or base.sectors.get(key.removesuffix("s"))) is not None
               and term.sector in ("GOV", "LEG") for key in keys)


# The nouns that name a devolved government as a whole, not one office-holder: "Scottish
# ministers" are the Scottish Government (the Scotland Act calls it "the Scottish Ministers");
# "Scotland's first minister" is one person and stays a description.
_REGIONAL_CABINET_NOUNS = frozenset({"ministers", "government", "executive", "cabinet", "administration"})


def regional_government_body(words: list[str], base: ActorBase) -> Entity | None:
    """The devolved government the base knows for a regional word before a cabinet noun:
    "Scottish ministers have accused the UK government of intransigence" names the Scottish
    Government (``scottish_government``: its alias "Scottish government"), not the UK's
    (News Articles check N17 n 79). None when the base knows no such body, or the words name
    one office-holder ("the Welsh first minister")."""
    keys = [name_key(w) for w in words]
    if not keys or keys[-1] not in _REGIONAL_CABINET_NOUNS:
        return None
    regional = base.cue("regional_state_words")
    for key in keys[:-1]:
        if key in regional:
            body = base.lookup(f"{key} government")
            if body is not None and body.kind == "government_body" and body.sector == "GOV":
                return body
    return None


def in_country(sector: str, iso3: str, base: ActorBase, day: str | None, local: bool = False) -> dict[str, object]:
    """The fields of "the <sector> of <country>": the national body the base names for
    both ("the army" in a story of Syria is the Syrian Arab Army), else a description;
    a ``local`` body (a town's council) is only described."""
    national = base.national.get((iso3, sector)) if not local else None
    if national is not None:
        fields = _entity_fields(national, base, day)
        fields.pop("why", None)
        return fields
    name = sector_name(sector, iso3, base)
    return {"country": iso3, "name": name, "acled_name": name, "cameo_code": f"{iso3}{sector_code(sector, base)}"}


def sector_code(sector: str, base: ActorBase) -> str:
    """The CAMEO role code of a sector ("CVL", "MIL"): the one its words give, else the
    sector's own letters."""
    codes = base.sector_codes
    if not codes:
        for term in base.sectors.values():
            if term.cameo:
                codes.setdefault(term.sector, term.cameo)
    return codes.get(sector, sector)


def sector_name(sector: str, iso3: str, base: ActorBase) -> str:
    country = base.country_names.get(iso3, iso3)
    return _SECTOR_NAMES.get(sector, "{} " + sector).format(country)


def resolve_words(words: list[str], head_lemma: str, base: ActorBase, day: str | None) -> dict[str, object]:
    """What the base knows of a mention made of ``words`` (its tokens) with head lemma
    ``head_lemma``: a named entity inside it, else country + sector. Empty when unknown.
    The ``why`` entry says which rule decided."""
    titled = _titled_person(words, base, day)
    if titled is not None:
        return titled
    envoy_of = _a_states_envoy_to_a_body(words, base)
    if envoy_of is not None:
        # "Russias UN ambassador", "the US ambassador to the UN": a state's diplomat at the body,
        # who speaks for the state, not for the UN (fifty-third blind check n 81)
        return _described(envoy_of, base.sectors.get("ambassador"), base, "a state's envoy to a body", day, words)
    if _a_backer_named_by_whom_it_backs(words, base):
        # "rebel backer Qatar", "government ally Iran": the country is the head, the modifier
        # says whom it backs, not its sector (sixth hand check n 13); a country acting is itself
        return resolve_words(words[-1:], words[-1], base, day)
    named, named_start, named_end = _longest_named_span(words, base)
    if _a_surname_with_a_particle(words, base) and (named is None or named.kind != "person"):
        return {}  # "de Lima said": a person's surname, whatever place its last word also names
    if named is not None and named.kind != "person" and _kin_of_a_named_owner(words, named_end, head_lemma, base):
        # "the navy SEAL's father refused to meet Trump": the kin of a force or body are civilians
        # of its country, no part of it (a person's kin are left to the rules of people)
        return _described(named.country, base.sectors.get(name_key(head_lemma)) or base.sectors.get("relatives"), base,
                          "kin of a named body", day)
    if named is not None and _another_states_body(words, named, named_start, named_end, base) is not None:
        named = None  # "the Australian Federal Police" is not Iraq's "Federal Police": Australia's police
    if named is not None and named.kind == "person" and any(_after_pro(words, i) for i in range(named_end)):
        # "13 pro-Assad fighters" fight for him, they are not of his body: the pro-government
        # word decides (descriptions.yaml pro_government_words; fifty-sixth blind check n 60)
        named = None
    owned = _a_persons_body(words, named, named_end, base)
    if owned is not None:
        # "Osama bin Laden's Al Qaeda network": the body the person leads is the mention, not him
        return _entity_fields(owned, base, day)
    other_state = _another_states_body(words, named, named_start, named_end, base, "party") if named is not None else None
    if other_state is not None:
        # "the Australian Democrats" are not the US Democrats: that state's own party (PTY)
        return _described(other_state, base.sectors.get("party"), base, "another state's party", day)
    lawmakers = _a_partys_lawmakers(words, named, named_end, head_lemma, base)
    if lawmakers is not None:
        return _described(named.country if named else None, lawmakers, base, "lawmakers of a party", day, words[named_end:])
    if named is not None and named.kind == "person" and named_end < len(words):
        # a person named before the head is its possessor or its title, not the mention
        sector = _sector_of(words[named_end:], head_lemma, base)
        role = base.role_on(named.entity_id, day) if sector is not None else None
        if sector is not None and role is not None and role.country:
            if sector.sector in ("REB", "UAF") and role.sector == "GOV" and name_key(head_lemma) in base.cue("shared_force_nouns"):
                # "Assad fighters" fight for the head of a state: its forces, as "government fighters" are
                sector = base.sectors.get("forces", sector)
            # "Assad's forces", "the Putin government": the person's country, the head's sector
            return _described(role.country, sector, base, f"country of {named.entity_id}", day, words[named_end:])
        if words[-1][:1].isupper() or sector is not None:
            named = None  # "Assad regime's UN envoy Bashar Aljaafari" is not Assad
    if named is not None and _a_part_of_a_civil_department(words, named, named_end, head_lemma, base):
        return _entity_fields(named, base, day)  # "the Justice Department's Civil Rights Division": the department
    if named is not None and _a_groups_own_force(words, named, named_end, head_lemma, base):
        return _entity_fields(named, base, day)  # "Hamas security forces in Gaza": Hamas's own, not the PA's
    if named is not None and named.kind != "person" and named.country and 0 < named_end < len(words) \
            and words[named_end - 1][-1:] == "s" and lost_apostrophe(words[named_end - 1][:1].upper() + words[named_end - 1][1:]):
        # "the Syrian armys air force": a body named as possessor of another body of its state
        body = _national_phrase(named.country, words[named_end:], base) if len(words) - named_end >= 2 else None
        if body is not None:
            return _entity_fields(body, base, day)
        own = _sector_of(words[named_end:], head_lemma, base)
        if named.kind == "government_body" and own is not None and own.sector in ("MIL", "COP", "SPY") and own.sector != named.sector:
            # "Syrian regimes warplane": the regime's warplane is its state's military, not the regime
            return _described(named.country, own, base, f"body of {named.entity_id}", day, words[named_end:])
    if named is not None and named.kind == "country" and 0 < named_end < len(words) and _a_thing_or_site(words, head_lemma, base):
        return {}  # "the Damascus court complex", "a Paris shopping arcade", "the Minsk agreements": no government
    if named is not None and _a_partys_thing(named, words, named_end, head_lemma, base):
        return {}  # "the GOP health care bill", "the Labour Party conference": the thing, not the party
    if named is not None and named.country and 0 < named_end < len(words) and (
            named.kind == "country" or named.kind == "government_body" and named.sector == "GOV") \
            and not any(w.lower() in ("and", "or", "&") for w in words[named_end:]):
        own = _sector_of(words[named_end:], head_lemma, base)
        if _a_critic_of(words[named_end:], base):
            own = base.sectors.get("regime opponent", own)  # "Kremlin critic Alexei Navalny": the state's opposition
        if own is None and _a_site_of_forces(words[named_end:], head_lemma, base):
            own = base.sectors.get("forces")  # "regime positions": the state's forces hold them, not its government
        if own is not None and own.sector in ("REB", "UAF") and named.kind == "government_body":
            own = base.sectors.get("forces", own)  # "Syrian government fighters" fight for the state: its forces
        if own is not None and own.sector not in ("GOV", "UNK", named.sector):
            # "Syrian government troops" are the state's military, not its government; "Damascus
            # Three people" (a headline fused onto the sentence) are civilians of Syria
            return _described(named.country, own, base, f"body of {named.entity_id}", day, words[named_end:])
    if named is not None and _a_place_named_after_a_body(named, words, named_end, head_lemma, base):
        return {}  # "al-Mustaqbal checkpoint", "the Future Movement school": a place, not the party
    if named is not None and _a_member_of_a_bloc(words, named, named_end, base):
        return _described(None, base.sectors.get("government"), base, "a member state of a bloc", day)
    if named is not None and _a_government_a_party_runs(words, named, named_end, head_lemma, base):
        # "BJP-ruled states": the governments the party runs, of the party's country
        return _described(named.country, base.sectors.get("government"), base, f"a government {named.entity_id} runs", day, words[named_end:])
    if named is not None and named.kind in ("armed_group", "party") and any(name_key(w) in base.cue("sports_nouns") for w in words[named_end:]):
        return {"name": " ".join(words)}  # "al-Shabab team", "al-Shababs trainer": a club that shares the name
    if named is not None:
        return _entity_fields(named, base, day)
    if _names_no_one(words, base):
        return {}  # "the international community": the world at large, no actor to code
    if name_key(head_lemma) in _PLACE_HEADS:
        return {}  # "opposition-held towns", "Syrian cities": a place, whoever holds it, is no party
    if name_key(head_lemma) in base.cue("thing_heads") or words and name_key(words[-1]) in base.cue("thing_heads"):
        return {}  # "civilian infrastructure": a thing, whoever owns it
    if len(words) >= 2 and name_key(" ".join(words[-2:])) in base.cue("site_compounds"):
        return {}  # "assembly points": a site no word owns, not the legislature its first word names
    if _a_thing_compound(words, head_lemma, base) or _states_of_a_treaty(words, base) or _divisions_of_opinion(words, head_lemma, base):
        return {}  # "cancer cells", "only 37 party states", "deep party divisions": no actor of the sector word
    if _a_building_of_no_side(words, head_lemma, base):
        return {}  # "vital civilian facilities", "a school complex": a building, no party
    if _a_civilian_craft(words, head_lemma, base):
        return {}  # "two hijacked planes", "a passenger jet": a craft no force flies, no party
    own = _own_words(words)
    country = _country_of_several_words(own, base, adjective=True) \
        or next((base.adjectives[name_key(w)] for w in own if name_key(w) in base.adjectives and not _a_common_word(w, base)), None)
    how = "adjective"
    if country is None:  # an adjective anywhere wins over a country name ("Syrian forces in Lebanon")
        country = _country_of_several_words(own, base, adjective=False)
        how = "country name"
    if country is None:
        # "member states" is not "the States": a common noun of states in lower case names no country
        country = next((iso3 for w in own if not (w.islower() and name_key(w) in base.cue("state_nouns"))
                        and not _a_common_word(w, base) and (iso3 := base.country_of(w))), None)
        how = "country name"
    sector = _sector_of(words, head_lemma, base)
    if sector is not None and sector.sector in ("GOV", "LEG") and (owned := _title_of_a_non_state_body(words, base)) is not None:
        sector = owned  # "the university president", "a sheriff's deputy": the body's, not the state's
    if _rebels_of_a_party(words, head_lemma, base):
        sector = base.sectors.get("lawmaker", sector)  # "52 Labour rebels": MPs who defied the whip
    if _a_revolutionary_body(words, base):
        # "the Syrian Revolution General Commission": an activist body of the uprising, the
        # opposition, not the state a "Council"/"Commission" would be (twenty-sixth blind check n 25)
        sector = base.sectors.get("opposition", sector)
    if sector is not None and sector.sector == "GOV" and len(words) > 1 and _a_site_of_forces(words[1:], head_lemma, base):
        sector = base.sectors.get("forces", sector)  # "regime positions", "government checkpoints": the state's forces
    if sector is not None and sector.sector == "OPP" and len(words) > 1 and _a_site_of_forces(words[1:], head_lemma, base):
        sector = base.sectors.get("rebels", sector)  # "opposition positions", "opposition stronghold": armed opposition
    if sector is not None and sector.sector in ("MIL", "COP", "SPY") and _says_former(words, base):
        sector = base.sectors.get("civilians", sector)  # "a former American soldier" acts for no force now
    if sector is not None and sector.sector in ("GOV", "MIL") and any(name_key(w) == "shadow" for w in words[:-1]):
        sector = base.sectors.get("opposition", sector)  # "the shadow foreign minister": the opposition's spokesman
    if sector is not None and sector.sector in ("MIL", "COP", "SPY") and _says_defector(words, base):
        sector = base.sectors.get("rebels", sector)  # "a dissident officer", "defected soldiers": the other side
    if sector is not None and _a_person_who_bombs(words, head_lemma, base):
        sector = base.sectors.get("suicide bomber", sector)  # "the bomber blew himself up": no aircraft
    if sector is not None and sector.sector in ("MIL", "UAF", "REB") and says_allied(words, base):
        # "allied forces" beside the army are its allies (militias, foreign forces), not the army
        sector = next((t for t in base.sectors.values() if t.sector == "PRM" and t.acled_inter == 3), sector)
    head_term = base.sectors.get(name_key(head_lemma))
    if sector is not None and (sector.sector in ("UAF", "REB") or name_key(head_lemma) in base.cue("irregular_nouns")
                               or sector.sector == "MIL" and head_term is not None and head_term.sector in ("REB", "UAF")) \
            and _says_pro_government(words, base):
        # "pro - government fighters" as the tokenizer splits it: "government fighters" (MIL) is
        # the object of "pro", the fighters themselves irregulars (eval a0672)
        # "pro-government gunmen", "loyalist fighters": the side they fight for says militia
        sector = next((t for t in base.sectors.values() if t.sector == "PRM" and t.acled_inter == 3), sector)
    if sector is None and country is not None and _counted_nationals(words, base):
        sector = base.sectors.get("civilians", sector)  # "two Syrians were killed": people of Syria, counted
    if sector is None and country is not None and how == "adjective":
        sector = _sector_after_a_demonym(words, head_lemma, base)  # "North Korean agents": the state's spies
    if sector is None and country is not None and _a_state_agency_name(words, base):
        # "the US National Weather Service": a state's agency, named as written (an unknown), not its government
        return {"name": " ".join(words[next((i for i, w in enumerate(words) if not w.islower()), 0):]),
                "country": country, "sector": "GOV", "acled_inter": 1, "cameo_code": f"{country}GOV",
                "why": f"{how} of {base.country_names.get(country, country)} + an agency head (descriptions.yaml state_agency_heads)"}
    if sector is None and country is not None and _a_company_name(words, base):
        # "China National Nuclear Corp": a business of the country its name holds, named as written
        return {"name": " ".join(words[next((i for i, w in enumerate(words) if not w.islower()), 0):]),
                "country": country, "sector": "BUS", "cameo_code": f"{country}BUS",
                "why": f"{how} of {base.country_names.get(country, country)} + a company's legal form (descriptions.yaml company_name_heads)"}
    if sector is None and country is None:
        return {}
    kurdish = _kurdish_force(country, sector, own, base)
    if kurdish is not None:
        return _entity_fields(kurdish, base, day)
    return _described(country, sector, base, how, day, words)


# Sectors whose word before a building names no owner but the building's use ("civilian
# facilities", "a school complex", "medical facilities").
_USE_SECTORS = frozenset({"CVL", "EDU", "MED"})


def _a_common_word(word: str, base: ActorBase) -> bool:
    """Is a lower-case word one of the country words that are also common English words
    (descriptions.yaml ``common_word_countries``: "a telephone pole", "fine china")? Written so,
    it names no country; badly cased news still writes "turkey started shelling" for the
    country, so other country words keep their reading in lower case."""
    return word.islower() and name_key(word) in base.cue("common_word_countries")


def _a_civilian_craft(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Is the mention a machine (descriptions.yaml ``machine_nouns``) that a word of
    ``civilian_craft_words`` makes civilian ("two hijacked planes hit the World Trade Center",
    "a passenger jet", "a cargo plane")? No force flies it: never the story's military (Lee
    corpus, fifth check n 21: the hijacked airliners were the US armed forces)."""
    machines = base.cue("machine_nouns")
    if name_key(head_lemma) not in machines and not (words and name_key(words[-1]) in machines):
        return False
    return any(name_key(w) in base.cue("civilian_craft_words") for w in words[:-1])


def _a_building_of_no_side(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Is the mention a building (descriptions.yaml ``building_heads``) whose words name no owner
    that is a side: no country, no adjective of one, no sector term beyond a use (civilian,
    school, medical)? "fighters facilities" stay the fighters' (the owner named in the phrase)."""
    buildings = base.cue("building_heads")
    if not words or not (name_key(head_lemma) in buildings or name_key(words[-1]) in buildings):
        return False
    for word in words[:-1]:
        key = name_key(word)
        if key in base.adjectives or (word[:1].isupper() and base.country_of(word)) or base.lookup(word) is not None:
            return False
        term = base.sectors.get(key)
        if term is not None and term.sector not in _USE_SECTORS:
            return False
    return True


# Kinds of body that bear no arms: a site after their name is no force's (ACTORS.md, sites).
_UNARMED_KINDS = frozenset({"party", "ngo", "company"})


def _a_place_named_after_a_body(named: Entity, words: list[str], named_end: int, head_lemma: str, base: ActorBase) -> bool:
    """Is the mention a place named after a body that bears no arms, or after a word its name
    shares? A building or street noun (descriptions.yaml ``named_place_nouns``) after the name
    of a party, NGO or company is such a place ("shells hit the Future Movement school"). A
    force's site (``force_sites``) is one only after an Arabic word-name ("al-" and one word):
    "Twin suicide blasts targeted al-Mustaqbal checkpoint" near Damascus is a checkpoint named
    "the Future", not Lebanon's Future Movement (fifty-third blind check n 59), while a "PYD
    checkpoint" is the party's men's, as an armed group's site is the group's."""
    if named.kind not in _UNARMED_KINDS or not 0 < named_end < len(words):
        return False
    head = name_key(head_lemma) if name_key(words[-1]) == name_key(head_lemma) else name_key(words[-1])
    if head in base.cue("named_place_nouns"):
        return True
    name = [w for w in words[:named_end] if name_key(w) not in _LEADING_DETERMINERS]
    word_name = len(name) == 3 and name_key(name[0]) in _JOINED_PARTICLES and name[1] in ("-", "–") \
        or len(name) == 1 and _joined_word(name[0]) is not None
    return word_name and _a_site_of_forces(words[named_end:], head_lemma, base)


def _country_of_several_words(own: list[str], base: ActorBase, adjective: bool) -> str | None:
    """The country a run of two to six capitalised words names as a whole: a demonym
    ("South Korean", "Solomon Islanders") when ``adjective``, else a name ("North Korea",
    "Sri Lanka", "Solomon Islands", "New Zealands" whose apostrophe was lost). Read word by
    word, "North Korea navy" took "Korea" (South Korea) and "the newly-elected Solomon Islands
    Parliament" took "Islands" for another country: the longest run decides."""
    for n in range(min(6, len(own)), 1, -1):
        for start in range(len(own) - n + 1):
            run = own[start:start + n]
            if not (run[0][:1].isupper() and run[-1][:1].isupper()):
                continue
            if not all(w[:1].isupper() or w.lower() in ("of", "the", "and") for w in run):
                continue
            key = name_key(" ".join(run))
            if adjective:
                if key in base.adjectives:
                    return base.adjectives[key]
                continue
            iso3 = base.country_of(" ".join(run))
            if iso3 is None and lost_apostrophe(run[-1]):
                iso3 = base.country_of(" ".join([*run[:-1], run[-1][:-1]]))
            if iso3 is not None:
                return iso3
    return None


def _another_states_body(words: list[str], named: Entity, start: int, end: int, base: ActorBase,
                         kind: str = "government_body") -> str | None:
    """The state whose demonym or name stands right before the name of one state's body of
    ``kind`` when that is another state than the body's: "The arrest follows an investigation
    by the Australian Federal Police": "Federal Police" is an alias of Iraq's, but the word
    before it says whose police these are; "Senator Bartlett bid to rescue the Australian
    Democrats" names Australia's party, not the US one whose alias "Democrats" is (kind
    "party"). The name then only says what the body is, and the other state's description
    (Australia + police, Australia + party) codes it. A patron ("Iranian-backed") or a "pro-"
    word is no owner, and an armed group of several countries is not concerned. A name that
    says its own state ("Syrian Russian jets": "Russian jets"; "Syrian Baath Party") lists or
    names that state: the word before it is no owner. None when no other state is named so."""
    if named.kind != kind or not named.country:
        return None
    if any(base.adjectives.get(name_key(w)) or w[:1].isupper() and base.country_of(w) for w in words[start:end]):
        return None
    i = start - 1
    while i >= 0 and name_key(words[i]) in ("", "s", "the"):
        i -= 1  # "Australia's Federal Police", "Australia's Democrats"
    if i < 0 or _after_pro(words, i) or _after_against(words, i):
        return None
    word = words[i]
    iso3 = base.adjectives.get(name_key(word)) or (base.country_of(word) if word[:1].isupper() else None)
    return iso3 if iso3 is not None and iso3 != named.country else None


def _a_persons_body(words: list[str], named: Entity | None, named_end: int, base: ActorBase) -> Entity | None:
    """The body a person's name owns in "X's Y" when Y is a body the base knows: "Osama bin
    Laden's Al Qaeda network", "Nasrallah's Hezbollah", "Erdogan's AK Party". The longest name
    in the mention is the person's, but the head is the body: the person is only its leader or
    patron. A country after the name ("Putin's Russia") is left to the rules of countries."""
    if named is None or named.kind != "person" or named_end >= len(words):
        return None
    rest = words[named_end:]
    if rest and name_key(rest[0]) in ("", "s"):
        rest = rest[1:]  # the possessive "'s" the tokenizer splits off
    body, _ = _longest_named(rest, base)
    return body if body is not None and body.kind not in ("person", "country") else None


def _a_critic_of(words: list[str], base: ActorBase) -> bool:
    """Do the words after a state's name call someone its critic or opponent ("Kremlin
    critic Alexei Navalny", "a Beijing critic")? The state is whom the person opposes,
    never who he is: he is that country's opposition (descriptions.yaml critic_nouns;
    News Articles check N1 n 28)."""
    return any(name_key(w) in base.cue("critic_nouns") for w in words[:2])


def _a_revolutionary_body(words: list[str], base: ActorBase) -> bool:
    """Whether the mention is the capitalised name of a body of a revolution: a word of
    descriptions.yaml ``revolution_words`` and, last, a body noun of ``revolution_body_nouns``
    ("Syrian Revolution General Commission", "Revolutionary Council"). A "Revolutionary Guard
    Corps" ends in no such noun: it is a state's force; a "Revolutionary Command Council" or a
    "Revolutionary Military Council" (``revolution_armed_words``) is an armed command."""
    return len(words) >= 2 and words[-1][:1].isupper() and name_key(words[-1]) in base.cue("revolution_body_nouns") \
        and any(w[:1].isupper() and name_key(w) in base.cue("revolution_words") for w in words[:-1]) \
        and not any(name_key(w) in base.cue("revolution_armed_words") for w in words)


def _a_backer_named_by_whom_it_backs(words: list[str], base: ActorBase) -> bool:
    """Whether the mention is "<modifier> backer/ally/sponsor X" with X a country's name
    (descriptions.yaml ``backer_nouns``): the country comes last, the noun before it."""
    return len(words) >= 3 and name_key(words[-2]) in base.cue("backer_nouns") and base.country_of(words[-1]) is not None \
        and words[-1][:1].isupper() and words[-1] not in base.adjectives


def _a_site_of_forces(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Whether the words after a state's name end in a site where forces stand
    (descriptions.yaml ``force_sites``: "positions", "checkpoints", "air base")."""
    sites = base.cue("force_sites")
    keys = [name_key(w) for w in words]
    return bool(keys) and (name_key(head_lemma) in sites or " ".join(keys[-2:]) in sites or keys[-1] in sites)


def _says_former(words: list[str], base: ActorBase) -> bool:
    """Does a word put the mention's role in the past (descriptions.yaml ``former_words``)?"""
    former = base.cue("former_words")
    return any(name_key(w) in former or name_key(w).split(" ")[0] in former for w in words[:-1])


def _says_defector(words: list[str], base: ActorBase) -> bool:
    """Does a word put a force's member on the other side (descriptions.yaml ``defector_words``)?"""
    return any(name_key(w) in base.cue("defector_words") for w in words[:-1])


def _names_no_one(words: list[str], base: ActorBase) -> bool:
    """Whether the mention ends in a phrase of descriptions.yaml ``no_actor_phrases`` ("the
    international community"), which a generic head ("community" is CVL) would misread."""
    keys = [name_key(w) for w in words]
    return any(" ".join(keys[-n:]) in base.cue("no_actor_phrases") for n in (2, 3) if len(keys) >= n)


def _kurdish_force(country: str | None, sector: SectorTerm | None, own: list[str], base: ActorBase) -> Entity | None:
    """The force that "Kurdish forces/troops" with no country name mean (descriptions.yaml,
    kurdish_force): "Kurdish" is no state, so the story's country must not make them its army.
    A country word beside it that is the force's own country ("US-backed Syrian Kurdish forces";
    forty-third blind check n 98, read as the Syrian army) says where the Kurds are, not whose army:
    still the force. Another country ("Iraqi Kurdish forces") is not its ground: left alone."""
    if sector is None or sector.sector not in ("MIL", "PRM"):
        return None  # "Kurdish fighters" (REB) stay rebels of the story's country, which is no error
    # "a Kurdish militia" (PRM by its noun) is no pro-government militia but the Kurdish force
    # (eighth hand check n 73: the militia Turkey targets is the YPG)
    if not any(name_key(w) in base.cue("kurdish_words") for w in own):
        return None
    if any(w.lower() in ("and", "or", "&") for w in own):
        return None  # "Syrian and Kurdish forces": two bodies
    force = next((base.entities[e] for e in base.cue("kurdish_force") if e in base.entities), None)
    if country is not None and (force is None or country != force.country):
        return None
    return force


# Words that count people: a plural demonym after one of them counts a country's people.
_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                          "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "several",
                          "many", "some", "more", "than", "over", "around", "about", "nearly", "almost", "least", "at"})


def _counted_nationals(words: list[str], base: ActorBase) -> bool:
    """Is the mention a count of a country's people ("two Syrians", "around 600 Syrians",
    "more than four million Syrians", "some 50 North Koreans"), or one of them counted as one
    ("not a single Iranian", "every American")? Counted, they are people (civilians, as
    "people" are); a bare "the Russians" may be a state or its forces, and stays unknown."""
    size = next((n for n in (2, 1) if len(words) > n and name_key(" ".join(words[-n:])) in base.adjectives), 0)
    if not size:
        return False  # "50 North Koreans" ends in a demonym of two words (News Articles check N4 n 22)
    counts = words[:-size]
    if not words[-1].endswith("s"):
        # a singular demonym counted as one: "Not a single Iranian has been killed" (N2 n 2)
        return bool(counts) and name_key(counts[-1]) in _ONE_WORDS
    return all(w.replace(",", "").isdigit() or name_key(w) in _COUNT_WORDS for w in counts)


# descriptions.yaml cues of nouns that take a sector from a demonym right before them, and the
# sectors.tsv term that gives it.
_DEMONYM_NOUN_SECTORS = (("demonym_spy_nouns", "intelligence"), ("demonym_military_nouns", "military"),
                         ("demonym_people_nouns", "civilians"), ("demonym_goods_nouns", "company"),
                         ("demonym_business_nouns", "company"), ("demonym_state_nouns", "government"))
# Of those, the cues whose noun may follow its field's noun ("Chinese machinery producers",
# "the Cypriot statistics agency"): the lower-case words between name no owner.
_DEMONYM_FIELD_CUES = frozenset({"demonym_goods_nouns", "demonym_business_nouns", "demonym_state_nouns"})


def _sector_after_a_demonym(words: list[str], head_lemma: str, base: ActorBase) -> SectorTerm | None:
    """The sector a state's demonym gives a noun of none of its own (descriptions.yaml
    demonym_spy_nouns, ...): "South Korea believes North Korean agents killed him" names
    the North's spies, "a top American commander" its military, "my German neighbours" its
    people, "a boycott of Israeli products" its businesses. The demonym must stand right
    before the noun (goods may take a lower-case noun between: "Israeli consumer products");
    "chemical agents", "the group's commander", "Syria's neighbours" get no sector."""
    if len(words) < 2:
        return None
    keys = [name_key(w) for w in words]
    head = keys[-1] if keys[-1] else name_key(head_lemma)
    cue = next((c for c, _ in _DEMONYM_NOUN_SECTORS if head in base.cue(c) or name_key(head_lemma) in base.cue(c)), None)
    if cue is None:
        return None
    at = len(words) - 2
    if cue in _DEMONYM_FIELD_CUES:
        while at > 0 and words[at].islower() and keys[at] not in base.adjectives:
            at -= 1  # "Israeli consumer products": the noun of the goods is no owner
    demonym = keys[at] in base.adjectives or at > 0 and f"{keys[at - 1]} {keys[at]}" in base.adjectives
    if not demonym or words[at].islower() or lost_apostrophe(words[at]):
        return None  # "Syrias neighbours" is a possessive whose apostrophe was lost: the states
    return base.sectors.get(dict(_DEMONYM_NOUN_SECTORS)[cue])


def _an_agency_of_its_field(words: list[str], base: ActorBase) -> bool:
    """Does a capitalised agency head come before "of" and its field ("the U.S. Department of
    the Interior", "the Office of the US Trade Representative"; descriptions.yaml
    state_agency_heads_before_of)? Such a name's last word is its field, not its head (News
    Articles base store and check N13: country, no sector). "the Muslim Council of Britain" has
    no such head."""
    return any(word[:1].isupper() and name_key(word) in base.cue("state_agency_heads_before_of")
               and words[i + 1].lower() == "of" for i, word in enumerate(words[:-2]))


def _a_state_agency_name(words: list[str], base: ActorBase) -> bool:
    """Is a capitalised name the base does not know a state's agency: a name that ends in an
    agency head (descriptions.yaml state_agency_heads: "The US National Weather Service issued
    blizzard warnings"), or in a head of state_agency_heads_when_national when the name says
    "National" or ends in the country's name ("grants assisted by Science Foundation Ireland")?
    The caller has found a country word in it; "the Russian Peace Foundation" stays private."""
    name = [w for w in words if w[:1].isupper()]
    if len(name) < 2 or not words[-1][:1].isupper() and not (len(words) >= 2 and base.country_of(words[-1])):
        return False
    keys = [name_key(w) for w in name]
    if keys[-1] in base.cue("state_agency_heads") or _an_agency_of_its_field(words, base):
        return True
    head = next((k for k in reversed(keys) if not base.country_of(k)), None)
    named_after = base.country_of(words[-1]) is not None and name_key(words[-2]) == head  # "Science Foundation Ireland"
    return head in base.cue("state_agency_heads_when_national") and ("national" in keys or named_after)


def _a_company_name(words: list[str], base: ActorBase) -> bool:
    """Is a capitalised name the base does not know a company's: its last word is a legal
    form (descriptions.yaml company_name_heads: "China Sports Service Co signed a deal with
    the rafter", "China National Nuclear Corp said the plant is due in 2019")? The caller has
    found a country word in it. "Co Meath" (an Irish county) ends in no legal form, and a
    name of one word ("Corp") is none."""
    name = [w for w in words if w[:1].isupper()]
    return len(name) >= 2 and words[-1][:1].isupper() and name_key(words[-1]).rstrip(".") in base.cue("company_name_heads")


def _title_of_a_non_state_body(words: list[str], base: ActorBase) -> SectorTerm | None:
    """The sector of a body that a state's title follows, when that body is no state's: "The
    university president said the campus would stay open", "a sheriff's deputy shot the man",
    "union officials walked out". "President", "official" (GOV) and "deputy" (LEG) are a
    state's only when no word names another body (descriptions.yaml state_sector_titles,
    non_state_title_sectors; News Articles checks N11 n 23, N26 n 37, N25 n 87). None when the
    title is not last, no word names a body, or the body's sector is a state's ("central bank
    president", "military officials", "Senate president" keep their own rules)."""
    keys = [name_key(w) for w in words]
    titles = base.cue("state_sector_titles")
    size = next((n for n in (2, 1) if len(keys) > n and " ".join(keys[-n:]) in titles), 0)
    if not size:
        return None
    owner = list(words[:-size])
    while owner and name_key(owner[-1]) in ("'s", "'", "s", "-", ""):
        owner.pop()  # "the sheriff 's deputy": the possessive's ending says no sector
    if not owner:
        return None
    found = _sector_of(owner, owner[-1], base)
    return found if found is not None and name_key(found.sector) in base.cue("non_state_title_sectors") else None


def _a_groups_own_force(words: list[str], named: Entity, named_end: int, head_lemma: str, base: ActorBase) -> bool:
    """Does a non-state armed group or party name a force of its own ("Hamas security forces in
    Gaza", "Hamas police")? Its force is the group, not the state body of its country that the
    possessive-body rule finds when the name ends in "s" (News Articles check N29 n 63: "criticizes
    the Palestinian Authority ... and Hamas security forces in Gaza" gave the PA's security forces,
    the rival the text names apart)."""
    if named.kind not in ("armed_group", "party") or not 0 < named_end < len(words):
        return False
    own = _sector_of(words[named_end:], head_lemma, base)
    return own is not None and own.sector in ("MIL", "COP", "SPY")


def _a_member_of_a_bloc(words: list[str], named: Entity, named_end: int, base: ActorBase) -> bool:
    """Do the words name one member of a bloc of states rather than the bloc: "some G20 member
    backs the rebels" is one unnamed member state, acting by its government, not the G20
    (descriptions.yaml bloc_member_nouns; News Articles check N28 n 19). The plural stays the
    bloc ("Security Council members called for the meeting": the council acting, as FA-KES
    checks judged it). Only an IGO of states (sector GOV or MIL) counts: a "Hamas member" is of
    Hamas."""
    if named.kind != "igo" or named.sector not in ("GOV", "MIL") or named_end >= len(words):
        return False
    return " ".join(name_key(w) for w in words[named_end:]) in base.cue("bloc_member_nouns")


def _a_government_a_party_runs(words: list[str], named: Entity, named_end: int, head_lemma: str,
                               base: ActorBase) -> bool:
    """Do the words name a government that a party runs, not the party: "Several BJP-ruled
    states have banned the trade", "the Labour-led administration said" (descriptions.yaml
    party_rule_words, party_ruled_nouns; News Articles check N28 n 4: read as the party)."""
    if named.kind != "party" or named_end >= len(words) or name_key(head_lemma) not in base.cue("party_ruled_nouns"):
        return False
    rest = [name_key(w) for w in words[named_end:] if name_key(w) not in ("-", "–", "")]
    if rest and "-" in rest[0]:
        rest = [*rest[0].split("-"), *rest[1:]]
        rest = [k for k in rest if k]
    return len(rest) >= 2 and rest[0] in base.cue("party_rule_words") and rest[-1] == name_key(words[-1])


# Words that count a singular demonym as one person: "a single Iranian", "every American".
_ONE_WORDS = frozenset({"single", "one", "every", "each", "lone", "another"})


def _a_states_envoy_to_a_body(words: list[str], base: ActorBase) -> str | None:
    """The country whose envoy to an intergovernmental body the words name: a country word
    before an envoy title (descriptions.yaml envoy_titles) and an IGO named before the title
    or after "to" ("Russias UN ambassador", "the US ambassador to the UN", "Syrian UN envoy").
    None when no country word stands before the title ("the UN envoy" is the UN's)."""
    at = next((i for i, w in enumerate(words) if name_key(w) in base.cue("envoy_titles")), None)
    if at is None or at == 0:
        return None
    before = words[:at]
    country = next((iso3 for i, w in enumerate(before) if not _after_pro(before, i)
                    and (iso3 := base.adjectives.get(name_key(w)) or base.country_of(w))), None)
    if country is None:
        return None
    body, _ = _longest_named(words, base)
    return country if body is not None and body.kind == "igo" else None


def _says_pro_government(words: list[str], base: ActorBase) -> bool:
    """Do the words say the government's side ("pro-government", "pro - regime" as the
    tokenizer splits it, "loyalist", "allied" standing alone)?"""
    text = f" {name_key(' '.join(words))} "
    return any(f" {cue} " in text for cue in base.cue("pro_government_words")) or says_allied(words, base)


def says_allied(words: list[str], base: ActorBase) -> bool:
    """Does a word stand alone before the head to say the mention fights beside the state
    ("allied forces", "supporting and allied forces")? "US-allied" names a patron instead."""
    allies = base.cue("ally_modifiers")
    return any(w.lower() in allies and (i == 0 or words[i - 1] not in ("-", "–")) for i, w in enumerate(words[:-1]))


def says_unidentified(words: list[str], base: ActorBase) -> bool:
    """Do the words say that whose the mention is is not known ("unidentified aircraft")?"""
    return any(name_key(w) in base.cue("unidentified_words") for w in words)


def _a_person_who_bombs(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Is a single "bomber" with no aircraft word a person ("the bomber blew himself up",
    "a motorbike bomber"), not a plane ("a Sukhoi-34 bomber", "Tupolev bombers")?"""
    if name_key(head_lemma) != "bomber" or not words or not words[-1].lower().endswith("bomber"):
        return False
    aircraft = base.cue("aircraft_words")
    return not any(part in aircraft for w in words for part in name_key(w).split())


# Head nouns that say only "armed people" or "victims": a modifier with a sector of its own
# decides ("separatist forces", "Hezbollah fighters", "civilian casualties"); see the notes
# on these words in sectors.tsv.
_YIELDING_HEADS = frozenset({"force", "forces", "fighter", "fighters", "casualty", "casualties", "victim", "victims", "unit", "units",
                             "authority", "authorities", "administration", "coalition", "coalitions", "alliance", "alliances",
                             # "leader" is a head of state only when no word says of what: "rebel leader" leads rebels
                             "leader", "leaders", "leadership",
                             # an officer is the army's only when no word says whose: "rebel officers"
                             # are rebels (dev sample 2202, n 92: "three Syria rebel officers")
                             "officer", "officers"})

# Head nouns of places: a mention they head names a place, not an actor, whatever its
# modifiers say of who holds it or lives there ("rebel-held areas", "civilian neighborhoods").
_PLACE_HEADS = frozenset({"town", "city", "village", "neighbourhood", "neighborhood", "district", "suburb", "area", "region",
                          "province", "countryside", "outskirts", "territory", "enclave", "locality", "hamlet"})

# Kinds of entity whose names are matched in other transliterations too. NGOs too: their French
# or Arabic names come misspelt ("Medcins Sans Frontieres", seventh hand check n 8).
_VARIANT_KINDS = frozenset({"armed_group", "party", "government_body", "ngo"})

# "US-backed groups", "Turkish-supported rebels": the country is the patron's, not theirs.
_PATRON_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "armed", "trained", "allied", "aligned", "affiliated", "linked"})


def _own_words(words: list[str]) -> list[str]:
    """The words that may say whose a mention is: a country joined to "-backed" names
    a patron ("two US-backed groups" are not American)."""
    own = []
    for i, word in enumerate(words):
        after = [w.lower().lstrip("-") for w in words[i + 1: i + 3] if w not in ("-", "–")]
        if after[:1] and after[0] in _PATRON_WORDS or word.lower().split("-")[-1] in _PATRON_WORDS:
            continue
        if _after_pro(words, i):
            continue  # "two pro-Turkey Syria militants" are Syrians: the word after "pro-" is their patron
        if _after_against(words, i):
            continue  # "anti-American protesters" are not American: the word after "anti-" is their target
        own.append(word)
    return own


def _after_pro(words: list[str], i: int) -> bool:
    """Is ``words[i]`` the patron of a "pro-X" modifier ("pro-Turkey", "pro - Assad" as the
    tokenizer may split it)? The people so described are not of X (dev 1801 n 37)."""
    word = words[i].lower()
    if word.startswith("pro-") and len(word) > 4:
        return True
    return i >= 2 and words[i - 1] in ("-", "–") and words[i - 2].lower() == "pro"


def _national_phrase(iso3: str, words: list[str], base: ActorBase) -> Entity | None:
    """The body the base names by the country's adjective and the mention's last words:
    "Syrias air force", "the Syrian armys air force" → "Syrian air force" (the Syrian
    Arab Air Force), not the army."""
    if base._adjective_forms is None:
        forms: dict[str, list[str]] = {}
        for adjective, country in base.adjectives.items():
            forms.setdefault(country, []).append(adjective)
        base._adjective_forms = forms
    keys = [k for k in (name_key(w) for w in words) if k]
    for n in (3, 2):
        if len(words) != len(keys):
            break
        if len(keys) < n or any(base.country_of(k) or lost_apostrophe(w) for k, w in zip(keys[-n:], words[-n:])):
            continue
        phrase = " ".join(keys[-n:])
        for form in base._adjective_forms.get(iso3, []):
            entity = base.lookup(f"{form} {phrase}")
            if entity is not None and entity.kind != "country" and entity.country == iso3 and entity.sector:
                return entity
    return None


def _described(country: str | None, sector: SectorTerm | None, base: ActorBase, how: str, day: str | None,
               words: list[str] | None = None) -> dict[str, object]:
    """The fields of a mention described by a country and a sector, either may be None."""
    sector = _cabinet_law_officer(country, sector, words, base)
    local = is_local_body(words or [], base) or is_regional_government(words or [], base)
    body = _national_phrase(country, words, base) if country and sector and words and not local else None
    if body is not None:
        fields = _entity_fields(body, base, day)
        fields["why"] = f"{how} of {base.country_names.get(country, country)} + the words of {body.entity_id}"
        return fields
    if country is not None and sector is not None and sector.sector == "MIL" and words and not local \
            and (name_key(words[-1]) in base.cue("aircraft_words") or _an_air_unit(words, base)):
        air = _national_phrase(country, ["air", "force"], base)
        if air is not None:  # "a Syrian warplane" is the Syrian air force, not its army (ACTORS.md; dev sample 2501, n 5)
            fields = _entity_fields(air, base, day)
            fields["why"] = f"{how} of {base.country_names.get(country, country)} + an aircraft: the air force the base names"
            return fields
    if country is not None and sector is not None and (country, sector.sector) in base.national and not local:
        fields = _entity_fields(base.national[(country, sector.sector)], base, day)
        fields["why"] = f"{how} of {base.country_names.get(country, country)} + sector term ({sector.sector}): the national body the base names for both"
        return fields
    fields: dict[str, object] = {"country": country}
    if sector is not None:
        fields.update(sector=sector.sector, acled_inter=sector.acled_inter)
        if country is not None:
            fields["name"] = sector_name(sector.sector, country, base)
            fields["acled_name"] = fields["name"]
            fields["cameo_code"] = f"{country}{sector.cameo or sector.sector}"
            fields["why"] = f"{how} of {base.country_names.get(country, country)} + sector term ({sector.sector}) in sectors.tsv"
        else:
            fields["cameo_code"] = sector.cameo or sector.sector
            fields["why"] = f"sector term ({sector.sector}) in sectors.tsv; no country named"
    else:
        fields["cameo_code"] = country
        fields["why"] = f"{how} of {base.country_names.get(country, country)}; no sector named"
    return fields


def _an_air_unit(words: list[str], base: ActorBase) -> bool:
    """Do the mention's last words name an air unit (descriptions.yaml air_unit_phrases)?
    "The government troops supported by the Russian air task force are conducting an
    offensive": the unit flies for the state's air force, as "a Russian warplane" does."""
    keys = [name_key(w) for w in words]
    return any(" ".join(keys[-n:]) in base.cue("air_unit_phrases") for n in (2, 3) if len(keys) >= n)


def _rebels_of_a_party(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Are "rebels" named by a party or a legislature (descriptions.yaml party_rebel_words)?
    "Forty Tory rebels voted against the government's bill", "rebel MPs defied the leader": the
    party's lawmakers who defy its whip, not armed rebels; "Houthi rebels" stay armed."""
    keys = [name_key(w) for w in words]
    if not keys or not {keys[-1], name_key(head_lemma)} & {"rebel", "rebels"} and "rebel" not in keys[:-1]:
        return False
    return any(k in base.cue("party_rebel_words") for k in keys if k not in ("rebel", "rebels"))


def _a_part_of_a_civil_department(words: list[str], named: Entity, named_end: int, head_lemma: str,
                                  base: ActorBase) -> bool:
    """Is the mention a division, bureau or office of a civil department the base names
    (descriptions.yaml civil_subdivision_nouns, civil_department_words)? "The FBI and the Justice
    Department's Civil Rights Division are investigating": the department (GOV), not the army
    that "division" alone would say. A defence ministry (MIL) and "the regime's 25th Division"
    (no department word) keep the formation's sector."""
    if named.kind != "government_body" or named.sector != "GOV" or named_end >= len(words):
        return False
    if name_key(head_lemma) not in base.cue("civil_subdivision_nouns") and name_key(words[-1]) not in base.cue("civil_subdivision_nouns"):
        return False
    return any(name_key(w) in base.cue("civil_department_words") for w in words[:named_end])


# Words inside a name that are not capitalised: "Abu Bakr al-Baghdadi", "Staffan de Mistura".
# particles of European surnames that a capitalised place or body name may follow ("de Lima", "van Gogh")
_SURNAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "di", "del", "della", "du", "van", "von", "der", "den", "ter"})
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "ar", "at", "az", "bin", "ibn", "bint", "abu", "de", "di", "da",
                             "van", "von", "der", "la", "le", "-", "'"})


def _titled_person(words: list[str], base: ActorBase, day: str | None) -> dict[str, object] | None:
    """"Turkeys Foreign Minister Mevlut Cavusoglu", "Jaish al-Islam spokesman Islam Alloush":
    a mention that ends with a name after a title is that person. A person of the base
    is returned with the role held on ``day``; one the base does not know gets the
    country and sector of the body in the title, and no entity: the body is not the
    person. None when the words are not of that shape."""
    title = max((i for i, w in enumerate(words[:-1]) if name_key(w) in base.titles), default=None)
    if title is None:
        return None
    name = words[title + 1:]
    if not name[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in name):
        return None
    if _a_title_in_capitals(name, base):
        return None  # "Deputy Defence Secretary": the rest of a title, no person's name
    person, end = _longest_named(name, base)
    if person is not None and person.kind == "person" and end == len(name):
        return _with_the_titles_body(_entity_fields(person, base, day), words, title, base, day)
    if person is None and len(name) == 1:
        holder = _surname_in_office(name[0], words[:title], base, day)
        if holder is not None:
            return _entity_fields(holder, base, day)
    if person is not None or len(name) < 2:
        return None  # "UN chief Ban": a name of one word may be a body's; the usual rules decide
    owner, body = _body_of_a_title(words, title, base, day)
    if name_key(words[title]) in base.cue("body_head_titles") and _an_unknown_acronym_owner(owner, base):
        # "FIDE President Kirsan Ilyumzhinov": the head of a body the base does not know, not a state's
        body = {"country": _state_word_in(owner, base), "name": " ".join(owner)}
    if _owner_unknown(words[:title], base):
        body = {}  # "the groups leader Abu Abdelrahman Salqeen": some group's leader, not a head of state
    fields: dict[str, object] = {}  # the name stays the mention's own words (what the coder quotes)
    if body.get("country") or body.get("sector"):
        fields.update(_fields_of_a_titles_body(body, base))
        fields["why"] = f"a person the base does not know, titled by {body.get('name') or body.get('sector')}"
    else:
        fields["why"] = "a person the base does not know"
    return fields


# Words before a title that put the office in the past: the holder no longer acts for the body.
_PAST_OFFICE_WORDS = frozenset({"former", "ex", "ex-", "late", "retired", "then"})


def _with_the_titles_body(fields: dict[str, object], words: list[str], title: int, base: ActorBase,
                          day: str | None) -> dict[str, object]:
    """A person of the base who holds no role of the base on ``day`` keeps what the title
    says: "White House spokesman Josh Earnest" in 2013, before the base's role for him (press
    secretary from 2014) begins, still speaks for the US government. Only a title whose
    words name a state's body give it (a demonym, a country, a seat: "White House", "Israeli
    Defence Minister"); a bare "Mr" or "President" says nothing of a past or future office."""
    if fields.get("country") or fields.get("sector"):
        return fields
    if _owner_unknown(words[:title], base) or any(name_key(w) in _PAST_OFFICE_WORDS for w in words[:title]):
        return fields  # "former US Secretary of State Hillary Clinton" no longer speaks for the state
    owner, body = _body_of_a_title(words, title, base, day)
    if not owner or not (body.get("country") and body.get("sector")):
        return fields
    return {**fields, **_fields_of_a_titles_body(body, base)}


def _body_of_a_title(words: list[str], title: int, base: ActorBase, day: str | None) -> tuple[list[str], dict[str, object]]:
    """The words before a title that name whom its holder serves (``_owner_of_a_title``), and
    what they resolve to with the title: "Turkeys Foreign Minister" is Turkey's government."""
    owner = _owner_of_a_title(words, title, base)
    return owner, resolve_words([*owner, words[title]], words[title].lower(), base, day)


def _fields_of_a_titles_body(body: dict[str, object], base: ActorBase) -> dict[str, object]:
    """The country, sector, ACLED inter code and CAMEO code a titled person takes from the body
    of the title (either of country and sector may be missing: then no CAMEO code)."""
    fields: dict[str, object] = {"country": body.get("country"), "sector": body.get("sector"), "acled_inter": body.get("acled_inter")}
    if body.get("country") and body.get("sector"):
        fields["cameo_code"] = f"{body['country']}{sector_code(str(body['sector']), base)}"
    return fields


def _a_title_in_capitals(name: list[str], base: ActorBase) -> bool:
    """Do the capitalised words after a title end a longer title rather than name a person?
    "Deputy Defence Secretary Paul Wolfowitz" opens with "Deputy", but "Defence Secretary"
    is the rest of his title (a title word of titles.tsv, "Secretary", or a sector term,
    "Defence Secretary"), not a man called "Defence Secretary": the title is then read as a
    whole (a defence secretary is the defence ministry, MIL), never as "deputy" alone (an MP)."""
    keys = [name_key(w) for w in name]
    return any(k in base.titles for k in keys) or name_key(" ".join(name)) in base.sectors


def _owner_of_a_title(words: list[str], title: int, base: ActorBase) -> list[str]:
    """The words before a title that name whom its holder serves, less the first words of a
    title of several words: "White House Press Secretary Sean Spicer" serves the White House,
    and "press" says what he does, not that he is the press (News Articles check N12 n 35:
    read as media). "Prime Minister", "Vice President" lose "Prime" and "Vice" alike."""
    start = title
    while start > 0 and name_key(" ".join(words[start - 1:title + 1])) in base.titles:
        start -= 1
    return words[:start]


def _an_unknown_acronym_owner(owner: list[str], base: ActorBase) -> bool:
    """Is the body a title names an acronym the base does not know ("FIDE President Kirsan
    Ilyumzhinov", "German FA (DFB) President Reinhard Grindel")? Such a body is a federation,
    a club, a company or a university (a state's bodies, "PA", "KRG", are in the base), so
    the office title says nothing of a state: a federation's president is no head of state
    (News Articles checks N8 n 11, N1 n 20: read as GOV). Only titles that head a body count
    (descriptions.yaml body_head_titles): "UKIP MP", "SAS Sergeant" keep their own sector."""
    for word in owner:
        letters = word.strip("()[],")
        if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and base.lookup(letters) is None \
                and not base.country_of(letters) and name_key(letters) not in base.adjectives and name_key(letters) not in base.titles:
            return True
    return False


def _state_word_in(words: list[str], base: ActorBase) -> str | None:
    """The country of the first demonym or country name among ``words`` ("German FA": DEU)."""
    for word in words:
        key = name_key(word)
        if key in base.adjectives:
            return base.adjectives[key]
        if word[:1].isupper() and (iso3 := base.country_of(word)):
            return iso3
    return None


def _cabinet_law_officer(country: str | None, sector: SectorTerm | None, words: list[str] | None,
                         base: ActorBase) -> SectorTerm | None:
    """The sector of an attorney general of a state whose attorney general heads a ministry
    (descriptions.yaml cabinet_attorney_general_states): "United States Attorney General Jeff
    Sessions" runs the Justice Department, a member of the cabinet (GOV), not a judge or a
    prosecutor (sectors.tsv note on "attorney general"; News Articles checks N5 n 11, N11 n 38,
    N4 n 85). Elsewhere ("Israel's attorney general") the law officer stays JUD."""
    if country is None or sector is None or sector.sector != "JUD" or not words:
        return sector
    keys = " ".join(name_key(w) for w in words)
    if "attorney general" not in f" {keys} ".replace("-", " ") or name_key(country) not in base.cue("cabinet_attorney_general_states"):
        return sector
    return base.sectors.get("government", sector)


def state_of_a_title(words: list[str]) -> tuple[str, str] | None:
    """The state and sector of a title that only one state gives (state_titles.tsv): "Union
    Minister Venkaiah Naidu" is India's, "Congressman Cummings" the United States'. A title
    followed by "of" names another house ("Speaker of the House of Commons"): None."""
    keys = [name_key(w) for w in words]
    table = _state_titles()
    for size in (4, 3, 2, 1):
        for at in range(len(keys) - size + 1):
            found = table.get(" ".join(keys[at:at + size]))
            if found is not None and (at + size == len(keys) or keys[at + size] != "of"):
                return found
    return None


@lru_cache(maxsize=1)
def _state_titles() -> dict[str, tuple[str, str]]:
    """state_titles.tsv: title key → (ISO3, sector)."""
    return {name_key(t): (row["country"].strip(), row["sector"].strip())
            for row in _rows(ACTORS_DIR / "state_titles.tsv") for t in _split(row["title"])}


def _surname_in_office(surname: str, before: list[str], base: ActorBase, day: str | None) -> Entity | None:
    """The one person of the base whose last name is ``surname`` and who, on ``day``, holds
    an office of the country the words before the title name ("British FM Johnson" is the
    British Foreign Secretary of 2016-2018, dev 1801 n 69). A surname alone is too weak to
    name anyone: the country of the title and the date must agree, and only one may fit."""
    if day is None:
        return None
    country = next((base.adjectives[name_key(w)] for w in before if name_key(w) in base.adjectives), None) \
        or next((iso3 for w in before if w[:1].isupper() and (iso3 := base.country_of(w))), None)
    if country is None:
        return None
    key = name_key(surname)
    found = {e.entity_id: e for e in base.entities.values() if e.kind == "person" and name_key(e.name).split()[-1:] == [key]}
    fits = [e for e in found.values() if (role := base.role_on(e.entity_id, day)) is not None and role.country == country]
    return fits[0] if len(fits) == 1 else None


def _owner_unknown(words: list[str], base: ActorBase) -> bool:
    """Do the words before a title name its owner only by a noun the base has no sector,
    country or entity for ("the groups leader", "the movements chief")? A title such as
    "leader" then says nothing of the owner's sector: a group's leader is no head of state."""
    for word in words:
        key = name_key(word)
        if key in ("the", "a", "an", "its", "their", "his", "her") or not key:
            continue
        if key in base.adjectives or base.country_of(word) or base.lookup(word) is not None:
            return False
        singular = key[:-1] if key.endswith("s") else key
        if base.sectors.get(key) is not None or base.sectors.get(singular) is not None:
            return False
        # a common noun whose apostrophe the corpus lost ("groups" for "group's") names no one; an
        # adjective ("prominent activist") or a capitalised word (a name) is no owner
        return word[:1].islower() and key.endswith("s") and len(key) > 3
    return False


# Kinds of entity a news text may write in lower case by their own one-word name ("Iraqi peshmerga").
_LOWERCASE_KINDS = frozenset({"armed_group", "government_body"})


def _lowercase_name(word: str, base: ActorBase) -> bool:
    """Is the lowercase word the whole name of an armed body ("peshmerga", "hezbollah")?
    Such names are written in lower case as common nouns are; a word that is only part of
    a name or an alias ("national" of The National) is not (fifth check, n 6: the Iraqi
    peshmerga were "Rebels of Iraq")."""
    entity = base.lookup(word)
    return entity is not None and entity.kind in _LOWERCASE_KINDS and name_key(entity.name) == name_key(word)


def _longest_named(words: list[str], base: ActorBase) -> tuple[Entity | None, int]:
    """The longest run of words that names a non-country entity ("militia Hezbollah" →
    Hezbollah), and where that run ends."""
    best, _, best_end = _longest_named_span(words, base)
    return best, best_end


def _longest_named_span(words: list[str], base: ActorBase) -> tuple[Entity | None, int, int]:
    """The entity of _longest_named, with where its run starts and ends."""
    best: Entity | None = None
    best_length = best_start = best_end = 0
    for start in range(len(words)):
        if _after_against(words, start):
            continue  # "anti-Taliban troops" fight the Taliban: a name after "anti-" is the enemy
        for end in range(name_window_end(words, start), start, -1):
            if end - start <= best_length:
                break
            if end - start == 1 and words[start].islower() and not _lowercase_name(words[start], base):
                continue  # a name is capitalised: "national forces" is not The National
            if end - start > 1 and _lowercase_run(words[start:end]):
                continue  # "national-security risks" (national - security): no capital, no name either
            if _after_a_name_particle(words, start):
                continue  # "Senator Leila de Lima" is no Lima, Peru's seat; "Vasco da Gama"
            entity = base.lookup(" ".join(words[start:end]))
            if entity is None and all(w[:1].isupper() or w.lower() in ("al", "el", "ad", "ash", "of") for w in words[start:end]):
                entity = base.lookup_variant(" ".join(words[start:end]))
            last = words[end - 1]
            if entity is None and (lost_apostrophe(last) or end - start >= 2 and last.endswith("s") and not last.endswith("ss")):
                # corpora that strip apostrophes write "SANAs", "Free Syrian Armys", "US-led coalitions"
                entity = base.lookup(" ".join([*words[start:end - 1], last[:-1]]))
            if entity is not None and end - start == 1 and _a_surname_like_an_acronym(words, start, base):
                continue  # "president Anwar Sadat" is not SADAT, a Turkish company
            if entity is not None and entity.kind == "person" and _another_person(words, start, end, entity, base):
                continue  # "Nasr al-Hariri" is not Saad Hariri, "Hadi al-Bahra" not President Hadi
            if entity is not None and entity.kind not in ("person", "country") and _opens_a_longer_name(words, end, base):
                continue  # "Badr al-Din al-Hussein technical institute" is not the Badr Organization
            if entity is not None and entity.kind == "media" and end < len(words) and words[end][:1].isupper() \
                    and name_key(words[end - 1]) in base.cue("common_word_outlets"):
                continue  # "the National Assembly", "National Guard": a name goes on past the outlet's ("The National")
            if entity is not None and entity.kind == "party" and end - start > 1 and words[end - 1].islower() \
                    and name_key(words[end - 1]) in base.sectors:
                continue  # "Syrian and Lebanese forces" are the two states' forces, not the Lebanese Forces party
            if entity is not None and _in_a_longer_party_name(words, start, entity, base):
                continue  # "the Social Democrats" (Germany's SPD) are not the US Democrats
            if entity is not None and end < len(words) and _in_a_modifier(words, end):
                continue  # "PYD-dominated ... Forces", "Turkish-backed rebels": the name modifies the head
            if entity is not None and (entity.kind != "country" or entity.sector is not None or end - start == len(words)):
                best, best_length, best_start, best_end = entity, end - start, start, end
                break
    if best is not None and best_end < len(words):
        best_end = _end_of_the_same_name(words, best, best_start, best_end, base)
    return best, best_start, best_end


def _end_of_the_same_name(words: list[str], entity: Entity, start: int, end: int, base: ActorBase) -> int:
    """Where the name of ``entity`` found in ``words[start:end]`` really ends, when a later
    run of its names overlaps it and goes on: "Jordan's King Abdullah II" holds the alias
    "Jordan's King Abdullah" and, overlapping it, "King Abdullah II" (the "II" left over would
    read as another name)."""
    for first in range(start + 1, end):
        for last in range(len(words), end, -1):
            found = base.lookup(" ".join(words[first:last]))
            if found is not None and found.entity_id == entity.entity_id:
                return last
    return end


def _lowercase_run(words: list[str]) -> bool:
    """Is a run a lowercase word with the hyphen of a compound at its edge ("national -" of
    "national - security")? It is no name, as the lowercase word alone is none; a name holds
    its hyphens inside ("fact - finding mission")."""
    if words[0] not in ("-", "–") and words[-1] not in ("-", "–"):
        return False
    letters = "".join(w for w in words if any(ch.isalpha() for ch in w))
    return bool(letters) and letters.islower()


def _after_a_name_particle(words: list[str], start: int) -> bool:
    """Does a run start right after a lowercase particle of a European surname ("de", "da",
    "van", "von", "der", "di")? "Senator Leila de Lima", "de Lima said": the capital is part of
    the senator's name (News Articles check N24 n 42: the Government of Peru). Arabic particles
    ("al", "bin") are left to the rules of names that hold them."""
    return start > 0 and words[start - 1] in _SURNAME_PARTICLES and words[start][:1].isupper()


def _kin_of_a_named_owner(words: list[str], named_end: int, head_lemma: str, base: ActorBase) -> bool:
    """Does a possessive name stand before a noun of kin (descriptions.yaml ``kin_nouns``) that
    heads the mention: "the navy SEAL's father", "a Hezbollah fighter's widow"?"""
    possessive = ("'s", "’s", "'", "’")
    return 0 < named_end < len(words) and any(w in possessive for w in words[named_end - 1:-1]) \
        and name_key(head_lemma) in base.cue("kin_nouns") and name_key(words[-1]) in base.cue("kin_nouns")


def _a_surname_with_a_particle(words: list[str], base: ActorBase) -> bool:
    """Is a mention a person's name whose surname opens with a European particle ("de Lima",
    "Leila de Lima", "Ursula von der Leyen")? Its last word may be a capital's name, but a name
    of that shape is a person's (News Articles check N24 n 42: "de Lima" as Peru). A title or a
    sector word keeps its rules ("Mayor de Blasio" is a local government's head)."""
    if not 2 <= len(words) <= 5 or not words[-1][:1].isupper() or words[-1].isupper():
        return False
    particles = [i for i, w in enumerate(words) if w in _SURNAME_PARTICLES]
    if not particles or particles[-1] != len(words) - 2 and words[particles[-1] + 1] not in _SURNAME_PARTICLES:
        return False
    return all(w in _SURNAME_PARTICLES or w[:1].isupper() and w.isalpha() and name_key(w) not in base.titles
               and name_key(w) not in base.sectors for w in words)


def _a_surname_like_an_acronym(words: list[str], start: int, base: ActorBase) -> bool:
    """Is a word the base knows only as an acronym ("SADAT", a Turkish military company) written
    in title case as the surname after a given name the base does not know? "dead president Anwar
    Sadat" (News Articles check N21 n 10). A title-case acronym ("Isis", "Nato") after a country's
    word, a title or a known name still names the body."""
    word = words[start]
    if name_key(word) not in base.acronyms or word.isupper() or start == 0:
        return False
    given = words[start - 1]
    if not given[:1].isupper() or given.isupper() or not given.isalpha():
        return False
    key = name_key(given)
    return key not in base.adjectives and base.country_of(given) is None and base.lookup(given) is None \
        and key not in base.titles and key not in base.sectors


def _a_partys_lawmakers(words: list[str], named: Entity | None, named_end: int, head_lemma: str, base: ActorBase) -> SectorTerm | None:
    """The legislature's sector when a party's name stands before a noun of lawmakers: "GOP
    lawmakers pushed the bill", "AKP deputies voted": members of the legislature (LEG) of the
    party's country, as "House GOP leaders" were for the fourth News Articles check's coder (n 4),
    not the party. None for any other head ("Fatah gunmen" stay Fatah's)."""
    if named is None or named.kind != "party" or not named.country or named_end >= len(words):
        return None
    sector = _sector_of(words[named_end:], head_lemma, base)
    return sector if sector is not None and sector.sector == "LEG" else None


def _in_a_longer_party_name(words: list[str], start: int, entity: Entity, base: ActorBase) -> bool:
    """Is a party's name matched from ``words[start]`` only the end of a longer party name
    the base does not know? "The Social Democrats, the Greens and the Left backed the motion":
    "Democrats" is an alias of the US party, but a capitalised opener of party names before it
    (descriptions.yaml ``party_name_openers``: "Social", "Christian", "Free") makes another
    state's party, which its words describe (PTY)."""
    if entity.kind != "party" or start == 0:
        return False
    word = words[start - 1]
    return word[:1].isupper() and name_key(word) in base.cue("party_name_openers")


def _after_against(words: list[str], i: int) -> bool:
    """Is ``words[i]`` the object of an "anti-" or "counter-" modifier, as the tokenizer
    splits it ("anti", "-", "Taliban") or not ("anti Taliban")? "Hundreds of anti-Taliban
    troops scoured the hills" are the Taliban's enemies: the name is whom they fight, never
    who they are, as a sector word after "anti-" is (_without_enemies)."""
    if i >= 2 and words[i - 1] in ("-", "–") and name_key(words[i - 2]) in _AGAINST:
        return True
    return i >= 1 and name_key(words[i - 1]) in _AGAINST


# "PYD-dominated", "Hezbollah-led", "Daesh-held": a name joined to one of these is a modifier
_MODIFIER_PARTICIPLES = frozenset({"dominated", "led", "controlled", "held", "run", "backed", "supported", "sponsored", "funded",
                                   "linked", "affiliated", "allied", "aligned", "armed", "trained"})


def _in_a_modifier(words: list[str], end: int) -> bool:
    """Is the run of words ending before ``words[end]`` the first half of an "X-led" modifier?"""
    after = words[end:end + 2]
    if after and after[0] in ("-", "–") and len(after) > 1:
        return after[1].lower() in _MODIFIER_PARTICIPLES  # "al Qaeda" "-" "linked"
    if after and end > 0 and words[end - 1] in ("-", "–"):
        return after[0].lower() in _MODIFIER_PARTICIPLES  # "al Qaeda -" "linked"
    return bool(after) and after[0].lower().lstrip("-–") in _MODIFIER_PARTICIPLES and after[0][:1] in ("-", "–")


def _spelling_of(word: str, known: str) -> bool:
    """Another spelling of a known name word: the same consonants ("Mohamad", "Mohammad";
    "Antnio", "Antonio") or one letter apart in a word of five letters or more ("Ahmed",
    "Ahmet")."""
    if len(word) < 4 or len(known) < 4:
        return False
    if consonants(word) == consonants(known):
        return True
    if min(len(word), len(known)) < 5 or abs(len(word) - len(known)) > 1:
        return False
    previous = list(range(len(known) + 1))
    for i, a in enumerate(word, 1):
        current = [i]
        for j, b in enumerate(known, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1] <= 1


def _another_person(words: list[str], start: int, end: int, person: Entity, base: ActorBase) -> bool:
    """Does a person's name matched on ``words[start:end]`` stand inside a longer name of
    someone else? A capitalised word right before or after it that is no title, country,
    sector term or known name, and no word of any name the base gives this person ("Nasr"
    in "Nasr al-Hariri", "al-Bahra" in "Hadi al-Bahra", "Ammar" in "Ammar al-Assad"), makes
    the whole another person's name, whom the base does not know."""
    known = base.name_words(person.entity_id)
    for i, step in ((start - 1, -1), (end, 1)):
        while 0 <= i < len(words) and (words[i] in ("-", "–", "'", "’") or name_key(words[i]) in _NAME_PARTICLES):
            i += step  # "Nasr al - Hariri": the word beyond the particle
        if not 0 <= i < len(words):
            continue
        word = words[i]
        letters = word.replace("-", "").replace("'", "").replace("’", "")
        if not word[:1].isupper() or not letters.isalpha() or letters.isupper():
            continue  # "UN", "Assad regime", "Bashar, 52"
        key = name_key(word)
        parts = [p for p in key.split() if p not in _NAME_PARTICLES]
        if not parts or all(p in known or any(_spelling_of(p, k) for k in known) for p in parts):
            continue  # "Bashar Assad" for Bashar al-Assad, "Ahmed Davutoglu" for Ahmet Davutoglu
        if key in base.titles or base.country_of(word) or base.sectors.get(key) or base.sectors.get(key.rstrip("s")) \
                or base.lookup(word) is not None:
            continue  # "President Assad", "Syrian Assad", "Assad Regime", "Putin Erdogan"
        return True
    return False


_LEADING_DETERMINERS = frozenset({"the", "a", "an"})

# Particles that join the words of one Arabic name: "al-"/"ad-" written with a hyphen
# ("Badr al-Din"), "bin"/"ibn"/"abu" before the next name ("Osama bin Laden").
_JOINED_PARTICLES = frozenset({"al", "el", "ad", "ed", "ud", "ash", "as", "ar", "at", "az"})
_LINKING_PARTICLES = frozenset({"bin", "ibn", "bint", "abu"})


def _joined_word(word: str) -> str | None:
    """The word after a joined particle written as one word ("al-Din" → "Din"), else None."""
    particle, dash, rest = word.replace("–", "-").partition("-")
    return rest if dash and rest and name_key(particle) in _JOINED_PARTICLES else None


def _opens_a_longer_name(words: list[str], end: int, base: ActorBase) -> bool:
    """Is an organisation's name matched on words ending at ``end`` only the first word(s) of a
    longer Arabic name? "Badr al-Din al-Hussein technical institute" (a school in Damascus hit
    by shells) opens with "Badr", an alias of the Badr Organization, but "al-Din" goes on with
    the name of a man the institute is named after. A particle joined to a capitalised word
    the base does not know (no name, country, sector term or title) continues the name; a
    known one starts another actor ("Nusra Front al-Qaeda's Syrian affiliate")."""
    i = end
    if i < len(words) and name_key(words[i]) in _JOINED_PARTICLES and i + 1 < len(words) and words[i + 1] in ("-", "–"):
        i += 2
    elif i < len(words) and words[i].lower() in _LINKING_PARTICLES:
        i += 1
    elif i < len(words) and _joined_word(words[i]) is not None:
        words, i = [_joined_word(words[i]) or ""], 0  # "al-Din" as one word
    else:
        return False
    if i >= len(words):
        return False
    word = words[i]
    key = name_key(word)
    letters = word.replace("'", "").replace("’", "")
    if not word[:1].isupper() or not letters.isalpha() or letters.isupper():
        return False
    return not (base.lookup(word) is not None or base.country_of(word) or key in base.titles
                or base.sectors.get(key) or base.sectors.get(key.rstrip("s")))


def _singular_of_a_capitalised_plural(head_lemma: str, base: ActorBase) -> str:
    """The parser gives a capitalised machine noun read as a name its plural as lemma
    ("Assad Warplanes": lemma "Warplanes"); the sector terms are singular ("warplane"), so
    such a head is read in the singular when only that form is a term (check 37 n 33). Only
    machines (descriptions.yaml machine_nouns): "the Coalitions airstrikes" is a possessive
    whose apostrophe was lost, no coalition read as the story's army."""
    key = name_key(head_lemma)
    if key.endswith("s") and not key.endswith("ss") and key in base.cue("machine_nouns") \
            and base.sectors.get(key) is None and base.sectors.get(key[:-1]) is not None:
        return key[:-1]
    return head_lemma


def _sector_of(words: list[str], head_lemma: str, base: ActorBase) -> SectorTerm | None:
    """The sector the words signal, the longest term first and the head before its
    modifiers; role nouns with no sector of their own ("spokesman") take their body's
    ("army spokesman" → military). A word after "anti-" or "counter-" names the enemy
    ("the anti-jihadist coalition", "counter-terrorism forces"), not the actor."""
    words = _without_enemies(words)
    words, head_lemma = _general_as_a_title(words, head_lemma, base)
    head_lemma = _singular_of_a_capitalised_plural(head_lemma, base)
    keys = [name_key(w) for w in words]
    phrases = [" ".join(keys[s:s + n]) for n in (3, 2) for s in range(len(keys) - n, -1, -1)]
    if keys and head_lemma and keys[-1] != name_key(head_lemma):
        # a term of several words in the plural: "rights groups" is "rights group"
        singular = [*keys[:-1], name_key(head_lemma)]
        phrases = [" ".join(singular[len(singular) - n:]) for n in (3, 2) if len(singular) >= n] + phrases
    phrase = next((t for t in (base.sectors.get(c) for c in phrases) if t is not None and t.sector), None)
    if phrase is not None and phrase.sector == "UAF":
        # "suicide attackers" are unidentified only while no word says whose: "terrorist suicide
        # attackers" (Syrian state media's word for rebels) are rebels, as "terrorists" are
        who = next((t for t in (base.sectors.get(k) for k in keys) if t is not None and t.sector in _IDENTIFYING_SECTORS), None)
        return who or phrase
    if phrase is not None:
        return phrase  # "opposition forces", "security forces": a term of its own
    # "the general commission", "general surgery": a rank word before another noun is an adjective
    ranks = base.cue("adjectival_ranks")
    modifiers = [k for k in reversed(keys[:-1]) if k not in ranks]
    found = [t for t in (base.sectors.get(c) for c in [name_key(head_lemma), *keys[-1:], *modifiers]) if t is not None and t.sector]
    if not found:
        return None
    if found[0].sector == "UAF" and any(t.sector == "GOV" for t in found[1:]):
        # "a government sniper", "regime gunmen": armed men said to be the state's are its forces
        # (FA-KES dev sample 4, n 35), as "Syrian government fighters" are (resolve_words)
        return base.sectors.get("forces", found[0])
    if found[0].sector == "UAF":
        # "terrorist snipers" (Syrian state media's word for rebels), "rebel gunmen": a modifier says
        # whose they are, as in the several-word terms above (dev sample 1401, n 84)
        who = next((t for t in found[1:] if t.sector in _IDENTIFYING_SECTORS), None)
        if who is not None:
            return who
    # a generic head yields to a modifier that says who: "civilian casualties" (not
    # unidentified), "separatist forces", "rebel forces" (not a state's military); but
    # "government forces" stay the state's military and "opposition fighters" armed rebels
    if name_key(head_lemma) in base.cue("person_heads") and found[0].sector == "CVL":
        # "army men", "security men": people of the force the modifier names, not civilians
        # (eighth hand check n 82); "two men", "young men" have no armed modifier and stay CVL
        force = next((t for t in found[1:] if t.sector in _FORCE_SECTORS), None)
        if force is not None:
            return force
    if name_key(head_lemma) in _YIELDING_HEADS or found[0].sector == "UNK":
        # armed people stay armed: "wounded fighters", "women fighters" are no civilians
        armed = found[0].sector in ("REB", "MIL", "UAF", "PRM")
        return next((t for t in found[1:] if t.sector not in ("UNK", "GOV", "OPP", found[0].sector)
                     and not (armed and t.sector == "CVL")), found[0])
    return found[0]


def _general_as_a_title(words: list[str], head_lemma: str, base: ActorBase) -> tuple[list[str], str]:
    """The words with a post-positive "general" read as one word with the office word before
    it (descriptions.yaml ``general_titles``), dash or no dash: "Israel's attorney-general has
    warned the law is unconstitutional", "Murray and Warren asked the inspector general to
    investigate" name an office ("attorney general", "inspector general" in sectors.tsv), not
    the military rank "general" (News Articles check N1 n 29 and n 69: the army). The head
    becomes the two words, so a role noun ("secretary general") takes its body's sector."""
    keys = [name_key(w) for w in words]
    if len(keys) < 2 or keys[-1] not in ("general", "generals"):
        return words, head_lemma
    i = len(keys) - 2
    if i > 0 and words[i] in ("-", "–"):
        i -= 1  # "attorney - general" as the tokenizer splits it
    if keys[i] not in base.cue("general_titles"):
        return words, head_lemma
    title = f"{words[i]} {words[-1]}"
    return [*words[:i], title], title


def _a_thing_or_site(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Do the words end in a thing or a site (descriptions.yaml ``thing_heads``, ``site_compounds``,
    ``thing_compounds``)? After a country's name or a seat of power, such words name the thing, not
    the state: "the Damascus court complex" and "a Paris shopping arcade" were attacked, "the
    Minsk agreements" were violated (News Articles checks N6 n 77, N7 n 7, N10 n 73: the judiciary
    of Syria, the governments of France and Belarus)."""
    keys = [name_key(w) for w in words]
    if name_key(head_lemma) in base.cue("thing_heads") or keys[-1] in base.cue("thing_heads"):
        return True
    return len(keys) >= 2 and " ".join(keys[-2:]) in base.cue("site_compounds") or _a_thing_compound(words, head_lemma, base)


def _a_partys_thing(named: Entity, words: list[str], named_end: int, head_lemma: str, base: ActorBase) -> bool:
    """Does a political party's name stand before a thing noun that ends the mention
    (descriptions.yaml ``thing_heads``)? "Texas Rep. Randy Weber, who opposed the GOP health care
    bill" opposed the bill, a thing the party wrote, not the party (News Articles check N17 n 45:
    the Republican Party); "the Labour Party conference" is an occasion. A party is a body of
    people that makes texts and holds meetings: the thing is no metonym for it, as a country's
    "Minsk agreements" are none for Belarus."""
    if named.kind != "party" or not 0 < named_end < len(words):
        return False
    return name_key(words[-1]) in base.cue("thing_heads")


def _a_thing_compound(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Do the mention's last two words make a compound that names a thing (descriptions.yaml
    ``thing_compounds``), whose sector word names no actor? "the cancer cells" of a medical
    story are no rebel cell (News Articles check N1 n 11), "a leaking fuel tank" no army."""
    keys = [name_key(w) for w in words]
    compounds = base.cue("thing_compounds")
    return len(keys) >= 2 and (" ".join(keys[-2:]) in compounds or f"{keys[-2]} {name_key(head_lemma)}" in compounds)


def _states_of_a_treaty(words: list[str], base: ActorBase) -> bool:
    """Are the words the states bound by a treaty (descriptions.yaml ``treaty_state_phrases``:
    "only 37 party states have committed to the convention", "states parties to the Rome
    Statute")? A common noun of states, as "member states" is: no country and no political
    party (News Articles check N4 n 58: a party of Turkey)."""
    keys = [name_key(w) for w in words if w.islower() or not w[:1].isalpha()]
    phrases = base.cue("treaty_state_phrases")
    return any(" ".join(keys[i:i + 2]) in phrases for i in range(len(keys) - 1))


def _divisions_of_opinion(words: list[str], head_lemma: str, base: ActorBase) -> bool:
    """Is "divisions" a split of opinion, said by a word of descriptions.yaml ``discord_words``
    before it ("easing deep party divisions over the overhaul plan": News Articles check N3
    n 29, read as the US armed forces), not army formations ("two armoured divisions")?"""
    if name_key(head_lemma) not in ("division", "divisions") or not words or name_key(words[-1]) not in ("division", "divisions"):
        return False
    return any(name_key(w) in base.cue("discord_words") for w in words[:-1])


_AGAINST = ("anti", "counter")

# Sectors of armed forces whose people a bare person noun after them ("army men") stands for.
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "PRM", "UAF"})

# Sectors that say which side armed people are on: a modifier with one of these names
# attackers that a term would otherwise leave unidentified (UAF).
_IDENTIFYING_SECTORS = frozenset({"REB", "PRM", "MIL", "COP"})


def _without_enemies(words: list[str]) -> list[str]:
    """The words less "anti"/"counter", its dash and the word it governs (_after_against), and
    less a word that joins them ("anti-jihadist" kept whole)."""
    kept = [word for i, word in enumerate(words)
            if name_key(word) not in _AGAINST and not name_key(word).startswith(tuple(f"{a} " for a in _AGAINST))
            and not (word in ("-", "–") and i > 0 and name_key(words[i - 1]) in _AGAINST)
            and not _after_against(words, i)]
    return kept or words


def _entity_fields(entity: Entity, base: ActorBase, day: str | None) -> dict[str, object]:
    named, entity = entity, base.as_of(entity, day)
    fields: dict[str, object] = {
        "entity_id": entity.entity_id, "name": entity.name, "country": entity.country,
        "sector": entity.sector, "acled_inter": entity.acled_inter, "cameo_code": entity.cameo,
        "acled_name": entity.acled_name or entity.name, "why": f"name or alias of {entity.entity_id} in {entity.source}",
    }
    if named is not entity:
        fields["why"] = f"name or alias of {named.entity_id}, which had become {entity.entity_id} by {named.succeeded}"
    if entity.kind == "country":
        # a country acting is its government; it is described, not an entity of the base
        fields.update(entity_id=None, sector="GOV", cameo_code=f"{entity.cameo.removesuffix('GOV')}GOV",
                      name=sector_name("GOV", entity.country, base), acled_name=sector_name("GOV", entity.country, base))
    if entity.kind == "person":
        role = base.role_on(entity.entity_id, day)
        fields.update(acled_name=None, cameo_code=None)
        if role is not None:
            fields.update(country=role.country, sector=role.sector, acled_inter=1 if role.sector in ("GOV", "MIL", "COP") else None)
            if role.country and role.sector:
                fields.update(acled_name=sector_name(role.sector, role.country, base), cameo_code=f"{role.country}{role.sector}")
            fields["why"] = f"{entity.entity_id} in {entity.source}: {role.title} ({role.country}) from {role.start} to {role.end or 'now'}"
        else:
            fields["why"] = f"{entity.entity_id} in {entity.source}: no role known on {day or 'an unknown date'}"
    return fields


def explain(name: str, day: str | None = None, extra: tuple[str, ...] = ()) -> dict[str, object]:
    """What ``name`` resolves to on ``day`` with the base (and the user's files), and the
    rule that decided: the answer of ``polybius actors lookup``."""
    base = load_actor_base(extra)
    words = [w for w in re.findall(r"[\w'’.\-]+", name) if w]
    fields = resolve_words(words, words[-1].lower() if words else "", base, day) if words else {}
    result: dict[str, object] = {"mention": name, "date": day}
    for key in ("entity_id", "name", "country", "sector", "acled_inter", "cameo_code", "acled_name"):
        result[key] = fields.get(key)
    entity = base.entities.get(name_key(name))
    if entity is not None and entity.kind == "person":
        result["roles"] = "; ".join(f"{r.title} ({r.country or '-'}) {r.start or '?'}..{r.end or 'now'}" for r in base.roles.get(entity.entity_id, ()))
    result["why"] = fields.get("why") or "unknown: no name, alias, country word or sector term of the base matches"
    return result
