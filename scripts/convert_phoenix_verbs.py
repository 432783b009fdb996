"""Convert the Phoenix CAMEO verb dictionary into eventwire's dependency patterns.

Reads ``CAMEO.2.0.txt`` (PETRARCH format, MIT, Open Event Data Alliance) and writes
``eventwire/data/patterns/phoenix_verbs.jsonl``, one pattern a line::

    {"id": "phoenix/accuse#7", "trigger": "accuse", "pos": "VERB", "code": "1124",
     "particle": null, "prep": "of", "object": ["genocide"], "source": "CAMEO.2.0.txt:7574"}

What is converted (PETRARCH semantics: a block's patterns apply to every verb in it):
- each verb head of a ``--- NAME [code] ---`` block, with its listed irregular forms, becomes a
  bare pattern with the head's own code or the block's; multiword heads (``+CALL_OFF``) give a
  particle (``off``), a preposition (``+ASK_FOR``) or object words (``+TAKE_LEAVE``);
- each ``- pattern [code]`` line becomes one pattern per verb of the block: the words after
  ``*`` up to the first ``$``/``+`` give an optional particle, an optional leading preposition
  and the object lemmas; ``&SET`` references expand into one pattern per member.
What cannot be expressed is skipped and counted by reason (see ``--help``).

Usage: .venv/bin/python scripts/convert_phoenix_verbs.py [CAMEO.2.0.txt] [-o OUT.jsonl]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO.parent / "shared/data/dictionaries/phoenix/CAMEO.2.0.txt"
DEFAULT_OUTPUT = REPO / "eventwire/data/patterns/phoenix_verbs.jsonl"
CODES_TABLE = REPO / "eventwire/data/cameo/cameo_codes.tsv"
SOURCE_NAME = "CAMEO.2.0.txt"

# Words spaCy attaches to a verb as a particle (dep "prt") in phrasal verbs.
PARTICLES = frozenset(
    "up out off down away back over on in through around aside forward along across".split()
)
# Particles that rarely head a prepositional phrase right after the verb ("carry out").
STRONG_PARTICLES = frozenset("up out off down away back aside forward".split())
# The particle words that, ending a multiword head alone, are the head's preposition ("+CALL_ON",
# "+DECIDE_ON": called on X). A lone "in" is a particle: "+GIVE_IN", "+STEP_IN", "+TIE_IN" are
# phrasal verbs ("gave in", "stepped in"); as a preposition with no object they matched any "in"
# phrase on the verb ("gave X a place in the talks" yielded, 080) - round 23b.
LONE_PREPOSITIONS = frozenset(("on",))
# Lines of the Phoenix dictionary that are plainly wrong, by their words and the verb of their
# comment: the set of towns stands among things urged or called for ("urge peace", "call for a
# solution"), so "X wants the city" or "calls for the town" was an appeal to settle (027).
ERRATA = {
    ("* &TOWN", "URGE"): "Phoenix erratum: towns among the things urged",
    ("* (FOR &TOWN)", "CALL"): "Phoenix erratum: towns among the things called for",
    # A person charged with a crime ("was charged with murder", "police charged him with
    # terrorism") has a formal charge laid by the authorities: CAMEO 173 (Arrest, detain, or
    # charge with legal action), which curated/charge#1 codes for any "charged with". Phoenix
    # filed these under the verbal accusations of 112x (accuse of crime 1121, of war crimes
    # 1124, of espionage 1125); a state's accusation of another is "accused ... of".
    ("* (WITH MURDER)", "CHARGE"): "Phoenix erratum: a crime charged is a legal charge (173)",
    ("* (WITH TERRORISM)", "CHARGE"): "Phoenix erratum: a crime charged is a legal charge (173)",
    ("* (WITH {&FIGHT &CRIME})", "CHARGE"):
        "Phoenix erratum: a crime charged is a legal charge (173)",
    # CAMEO 202 is a mass killing (the manual: killing non-combatants in large numbers, as in a
    # massacre or a genocide); the line gives 202 to every verb of its block whose object holds
    # "civilians" ("two civilians were killed in the fighting", "a gunman shot a civilian"),
    # which tells whom force struck, not its scale. Without it those verbs code force (19x,
    # refined to 18x on civilians by coding/violence.py); "massacre", "slaughter", "butcher"
    # keep 202 by their own lines.
    ("* CIVILIAN", ""): "Phoenix erratum: civilians struck are no mass killing (202)",
}
# Words that reverse a phrase; the object lemmas leave them out as stopwords.
NEGATORS = frozenset(("no", "not", "never", "nor"))
# Words that head a prepositional phrase.
PREPOSITIONS = frozenset(
    """about above across after against along amid among around as at before behind below
    beneath beside besides between beyond by despite during for from in inside into like near
    of off on onto out outside over past per since than through throughout to toward towards
    under until upon via with within without""".split()
)
# Function words dropped from object lemmas: determiners, pronouns, auxiliaries, conjunctions.
STOPWORDS = PREPOSITIONS | frozenset(
    """a an the this that these those his her its their our my your some any no not all each
    every both either neither other another such own and or but nor if so then than it he she
    they we you i him them us me be is are was were been being am have has had do does did
    will would shall should can could may might must to when whether while which who whom what
    where himself herself itself themselves ourselves oneself""".split()
)
MAX_EXPANSIONS = 60  # &SET expansions per pattern line, per trigger


@dataclass
class Head:
    """One verb of a block: its trigger lemmas and what a multiword head adds."""

    lemmas: list[str]
    code: str | None
    particle: str | None = None
    prep: str | None = None
    object: tuple[str, ...] = ()
    line: int = 0


@dataclass
class Block:
    name: str
    code: str | None
    line: int
    heads: list[Head] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)


class Lemmatizer:
    """The lemma spaCy gives a word in a minimal context, as the coder will see it at run time.

    A bare word has no tag, and the rule lemmatizer then strips any final "s" ("analysis" ->
    "analysi"), so each word is tagged inside a template: "the WORD ." for nouns,
    "they WORD it ." for verbs.
    """

    TEMPLATES = {"NOUN": ("the", "."), "VERB": ("they", "it .")}

    def __init__(self) -> None:
        sys.path.insert(0, str(REPO))
        from eventwire.nlp import load

        self.nlp = load()
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, word: str, pos: str) -> str:
        key = (word.lower(), pos)
        if key not in self.cache:
            before, after = self.TEMPLATES[pos]
            doc = self.nlp(f"{before} {word.lower()} {after}")
            tokens = [t for t in doc if t.idx >= len(before) + 1][: len(doc) - 1]
            lemma = word.lower()
            if len(doc) == 2 + len(after.split()) and tokens:
                lemma = tokens[0].lemma_.lower() or lemma
            self.cache[key] = lemma
        return self.cache[key]


class Skip(Exception):
    """A pattern line that cannot be expressed; the message is the reason."""


def parse_code(text: str) -> str | None:
    """'[042:043]' -> '042'; '[---]' -> None; '[:173]' raises Skip (reversed-only code)."""
    inner = text.strip().strip("[]").rstrip("!").strip()
    if inner == "---" or inner.startswith("---"):
        return None
    primary = inner.split(":")[0].strip()
    if not primary:
        raise Skip("reversed-only code [:x]")
    return primary


CODE_RE = re.compile(r"\[([^\]]*)\]")


def split_line(text: str) -> tuple[str, str | None, str]:
    """Split 'BODY [code] # comment' into (body, code text or None, comment)."""
    comment = ""
    if "#" in text:
        text, comment = text.split("#", 1)
    match = CODE_RE.search(text)
    code = None
    if match:
        code = match.group(0)
        text = text[: match.start()] + text[match.end() :]
    return text.strip(), code, comment.strip()


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets (name -> member strings) and verb blocks, in file order."""
    sets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    in_verbs = False
    block: Block | None = None
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if stripped.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if not stripped or stripped.startswith("#"):
                current_set = None if not stripped else current_set
                continue
            if not in_verbs:
                if stripped.startswith("&"):
                    current_set = stripped.split()[0].rstrip("_").upper()
                    sets[current_set] = []
                elif stripped.startswith("+") and current_set:
                    sets[current_set].append(stripped[1:].split("#")[0].strip())
                continue
            if stripped.startswith("---"):
                body, code, _ = split_line(stripped.strip("-").strip())
                try:
                    block_code = parse_code(code) if code else None
                except Skip:  # a reversed-only block code: the verbs code nothing themselves
                    block_code = None
                block = Block(body.strip("- "), block_code, number)
                blocks.append(block)
            elif block is None:
                continue
            elif stripped.startswith("-"):
                block.patterns.append((number, stripped[1:].strip()))
            else:
                block.heads.append(parse_head(stripped, block.code, number))
    return sets, blocks


def parse_head(text: str, block_code: str | None, number: int) -> Head:
    """'HURRY {HURRIES HURRIED} [020]' or '+CALL_OFF {+CALLS_OFF} [160]' (lemmas filled later)."""
    body, code_text, _ = split_line(text)
    forms = re.findall(r"\{([^}]*)\}", body)
    main = re.sub(r"\{[^}]*\}", " ", body).split()
    words = [w.lstrip("+") for w in main] + [w.lstrip("+") for f in forms for w in f.split()]
    code = block_code
    if code_text:
        try:
            code = parse_code(code_text)
        except Skip:
            code = None
    return Head(lemmas=[w for w in words if w], code=code, line=number)


TOKEN_RE = re.compile(r"[(){}]|[^\s(){}]+")


def tokenize(body: str) -> list[str]:
    return TOKEN_RE.findall(body)


@dataclass
class Phrase:
    """The part of a pattern after the verb: particle, preposition and object slots.

    Each object slot is a list of alternatives (several for an &SET), each a tuple of words.
    """

    particle: str | None
    prep: str | None
    slots: list[list[tuple[str, ...]]]


def parse_pattern(body: str, sets: dict[str, list[str]]) -> Phrase:
    """Parse the words of a '- pattern' line; raise Skip with a reason when not expressible."""
    tokens = tokenize(body)
    if "*" not in tokens:
        raise Skip("no verb position *")
    star = tokens.index("*")
    before = [t for t in tokens[:star] if t not in ("$", "%", "^")]
    if "+" in before:
        raise Skip("target before the verb")
    if any(t.lower() in NEGATORS for t in tokens):
        # "* NO CONCESSION [124]" would become "make concession" coded as a refusal
        raise Skip("a negated phrase (no, not): the pattern format has no negation slot")
    if before:
        raise Skip("required words before the verb")
    after = tokens[star + 1 :]
    cut = next((i for i, t in enumerate(after) if t in ("$", "+")), len(after))
    kept, rest = after[:cut], after[cut:]
    # Elements: ("word", w) at top level, or ("group", [words]) for a (...) phrase.
    elements: list[tuple[str, list[str]]] = []
    group: list[str] | None = None
    for token in kept:
        if token == "(":
            group = []
        elif token == ")":
            if group is not None:
                elements.append(("group", group))
            group = None
        elif token in ("{", "}", "^", "%", "*"):
            continue
        elif group is not None:
            group.append(token)
        else:
            elements.append(("word", [token]))
    if group is not None:  # phrase cut by $/+ inside parentheses: keep what came before
        elements.append(("group", group))
    if not elements:
        has_content = any(t not in ("$", "+", "(", ")", "{", "}", "^", "%") for t in rest)
        raise Skip("content only after the actor slot" if has_content else "same as bare verb")
    particle = None
    first = elements[0][1][0].lower() if elements[0][0] == "word" else ""
    if first in STRONG_PARTICLES or (first in PARTICLES and first not in PREPOSITIONS):
        particle = first
        elements.pop(0)
    elif first in PREPOSITIONS and all(kind == "word" for kind, _ in elements):
        # "* OF ATTACK", "* ON", "* INTO": an unbracketed leading preposition and its words
        elements = [("group", [w for _, ws in elements for w in ws])]
    prep = None
    words: list[str] = []
    if len(elements) == 1 and elements[0][0] == "group":
        inner = elements[0][1]
        if inner and inner[0].lower() in PREPOSITIONS:
            prep = inner[0].lower()
            words = inner[1:]
        else:
            words = inner
    else:
        for _, ws in elements:
            words.extend(ws)
    slots: list[list[tuple[str, ...]]] = []
    for word in words:
        if word.startswith("&"):
            name = word.rstrip("_").upper()
            if name not in sets:
                raise Skip("unknown synonym set")
            slots.append([tuple(split_words(m)) for m in sets[name]])
        else:
            slots.append([tuple(split_words(word))])
    if particle is None and prep is None and not slots:
        raise Skip("same as bare verb")
    return Phrase(particle, prep, slots)


def slash_variants(body: str) -> list[str]:
    """'* (BY/WITH GRENADE)' -> ['* (BY GRENADE)', '* (WITH GRENADE)']: a slash separates
    alternative words in a pattern line."""
    tokens = body.split()
    options = [t.split("/") if "/" in t and "&" not in t else [t] for t in tokens]
    variants = [" ".join(combo) for combo in itertools.product(*options)]
    return variants[:MAX_EXPANSIONS]


def split_words(text: str) -> list[str]:
    """'SARIN_NERVE_GAS' -> ['sarin', 'nerve', 'gas']; 'AK-47' -> ['ak', '47']."""
    return [w for w in re.split(r"[_\s\-]+", text.lower()) if w]


def content_lemmas(words: tuple[str, ...], lemma) -> tuple[str, ...]:
    out: list[str] = []
    for word in words:
        if word in STOPWORDS or not re.search(r"[a-z0-9]", word):
            continue
        item = lemma(word, "NOUN")
        if item not in out:
            out.append(item)
    return tuple(out)


def expand(phrase: Phrase, lemma) -> tuple[list[tuple[str, ...]], bool]:
    """Object lemma tuples for every combination of slot alternatives; True when capped."""
    slot_options: list[list[tuple[str, ...]]] = []
    for slot in phrase.slots:
        options: list[tuple[str, ...]] = []
        for alternative in slot:
            lemmas = content_lemmas(alternative, lemma)
            if lemmas not in options:
                options.append(lemmas)
        # A member whose lemmas include another member's adds nothing: same code, narrower.
        minimal = [o for o in options if not any(set(p) < set(o) for p in options if p != o)]
        slot_options.append(minimal)
    results: list[tuple[str, ...]] = []
    capped = False
    for combo in itertools.product(*slot_options):
        merged: list[str] = []
        for part in combo:
            merged.extend(w for w in part if w not in merged)
        key = tuple(merged)
        if key not in results:
            if len(results) >= MAX_EXPANSIONS:
                capped = True
                break
            results.append(key)
    return results, capped


def resolve_head(head: Head, lemma) -> list[Head]:
    """Lemmatize a head's words into trigger lemmas, and split multiword heads."""
    lemmas: list[str] = []
    particle = prep = None
    obj: tuple[str, ...] = ()
    for form in head.lemmas:
        parts = split_words(form)
        if not parts:
            continue
        verb = lemma(parts[0], "VERB")
        if verb not in lemmas:
            lemmas.append(verb)
        if len(parts) > 1 and form is head.lemmas[0]:
            rest = list(parts[1:])
            lone_preposition = len(rest) == 1 and rest[0] in LONE_PREPOSITIONS
            if rest and rest[0] in PARTICLES and not lone_preposition:
                particle = rest.pop(0)
            if rest and rest[0] in PREPOSITIONS:
                prep = rest.pop(0)
            obj = content_lemmas(tuple(rest), lemma)
    # Irregular forms of a multiword head ('+MET_WITH') share its particle and preposition.
    return [Head(lemmas, head.code, particle, prep, obj, head.line)]


def convert(
    path: Path, known_codes: set[str], whole_block: bool = False
) -> tuple[list[dict], Counter, Counter]:
    """All patterns, the skip counts by reason, and other counts."""
    lemma = Lemmatizer()
    sets, blocks = read_dictionary(path)
    skipped: Counter = Counter()
    stats: Counter = Counter()
    out: list[dict] = []
    seen: set[tuple] = set()
    per_trigger: Counter = Counter()

    def emit(trigger, code, particle, prep, obj, line):
        key = (trigger, particle, prep, obj)
        if key in seen:
            stats["duplicates dropped"] += 1
            return
        seen.add(key)
        per_trigger[trigger] += 1
        out.append(
            {
                "id": f"phoenix/{trigger}#{per_trigger[trigger]}",
                "trigger": trigger,
                "pos": "VERB",
                "code": code,
                "particle": particle,
                "prep": prep,
                "object": list(obj) if obj else None,
                "source": f"{SOURCE_NAME}:{line}",
            }
        )

    for block in blocks:
        heads = [h for raw in block.heads for h in resolve_head(raw, lemma)]
        stats["verb blocks"] += 1
        for head in heads:
            stats["verb heads"] += 1
            if head.code is None:
                skipped["bare verb with no code [---]"] += 1
                continue
            if head.code not in known_codes:
                skipped["unknown CAMEO code"] += 1
                continue
            for trigger in head.lemmas:
                emit(trigger, head.code, head.particle, head.prep, head.object, head.line)
        for number, text in block.patterns:
            stats["pattern lines"] += 1
            body, code_text, comment = split_line(text)
            try:
                erratum = ERRATA.get((" ".join(body.split()), comment.split()[0] if comment.split()
                                      else ""))
                if erratum is not None:
                    raise Skip(erratum)
                if code_text is None:
                    raise Skip("no code")
                code = parse_code(code_text)
                if code is not None and code not in known_codes:
                    raise Skip("unknown CAMEO code")
                phrases = [parse_pattern(variant, sets) for variant in slash_variants(body)]
            except Skip as reason:
                skipped[str(reason)] += 1
                continue
            origin = lemma(split_words(comment.split()[0])[0], "VERB") if comment.split() else ""
            # The verb the pattern was written for (its comment) comes first, so it wins ties;
            # by default only that verb gets the pattern (PETRARCH gives it to the whole block).
            ordered = sorted(heads, key=lambda h: origin not in h.lemmas)
            if not whole_block and ordered and origin in ordered[0].lemmas:
                ordered = [h for h in ordered if origin in h.lemmas]
                plain = [h for h in ordered if not (h.particle or h.prep or h.object)]
                ordered = plain or ordered
            wrote = False
            for phrase in phrases:
                objects, capped = expand(phrase, lemma)
                if capped:
                    stats[f"lines with &SET expansion capped at {MAX_EXPANSIONS}"] += 1
                for head in ordered:
                    if phrase.particle and head.particle and phrase.particle != head.particle:
                        continue
                    if phrase.prep and head.prep and phrase.prep != head.prep:
                        continue
                    particle = phrase.particle or head.particle
                    prep = phrase.prep or head.prep
                    for obj in objects:
                        merged = tuple(dict.fromkeys(head.object + obj))
                        if not (particle or prep or merged):
                            continue
                        for trigger in head.lemmas:
                            emit(trigger, code, particle, prep, merged, number)
                            wrote = True
            if not wrote:
                skipped["nothing left after merging with the verb heads"] += 1
    stats["synonym sets"] = len(sets)
    return out, skipped, stats


def read_codes(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as handle:
        next(handle)
        return {line.split("\t", 1)[0] for line in handle if line.strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", default=str(DEFAULT_INPUT))
    parser.add_argument("-o", "--output", default=str(DEFAULT_OUTPUT))
    parser.add_argument("--codes", default=str(CODES_TABLE), help="CAMEO code table (tsv)")
    parser.add_argument(
        "--whole-block",
        action="store_true",
        help="give each pattern line to every verb of its block (PETRARCH), not only to the "
        "verb named in its comment",
    )
    args = parser.parse_args(argv)
    source = Path(args.input)
    if not source.is_file():
        print(f"{source}: no such file", file=sys.stderr)
        return 2
    known = read_codes(Path(args.codes))
    patterns, skipped, stats = convert(source, known, args.whole_block)
    with open(args.output, "w", encoding="utf-8") as handle:
        for pattern in patterns:
            handle.write(json.dumps(pattern, ensure_ascii=False) + "\n")
    covered = {p["code"] for p in patterns if p["code"]}
    leaf = {c for c in known if len(c) > 2}
    print(f"input: {source}")
    print(f"patterns written: {len(patterns)} -> {args.output}")
    print(f"triggers: {len({p['trigger'] for p in patterns})}")
    print(f"CAMEO codes covered: {len(covered & known)} of {len(leaf)} (excluding 2-digit roots)")
    print(f"suppressing patterns (code null): {sum(1 for p in patterns if p['code'] is None)}")
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}")
    print("skipped, by reason:")
    for reason, count in skipped.most_common():
        print(f"  {count:6d}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
