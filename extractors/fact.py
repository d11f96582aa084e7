"""The fact: one quantity stated in a report, with its meaning and its evidence (FACTS.md)."""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("count", "rate", "money", "quantity")
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
ROLES = ("actual", "target", "quota", "baseline")
ASPECTS = ("level", "change", "completion")
DIRECTIONS = ("up", "down")


@dataclass(frozen=True)
class Passage:
    """A sentence of a document, with what the document and its section say about it.

    `start` is the sentence's offset in the document's normalised text; facts carry
    offsets in that same text.
    """

    text: str
    start: int = 0
    section_role: str | None = None  # 'results' | 'plan' | 'problems' | None
    section_year: int | None = None  # an unmasked year named in the section heading
    report_year: int | None = None
    plan_year: int | None = None
    region: str | None = None  # the place the document reports on (青川县), when known
    title: str = ""  # the document's title (安宁县卫生局2011年上半年工作总结)
    label: str = ""  # a numbered item's name that opens the sentence's line (1.总诊疗人次。目标340万人次…): 总诊疗人次
    before: str = ""  # the sentence before, when this one opens with 其中 (…床位15826张。其中医院12461张): the whole's
    topic: str = ""  # a portal's topic heading the line stands under (【健康档案】), as its lines write it (电子健康档案)
    owner: str = ""  # the one institution a section's heading names (a yearbook's entry 【县人民医院】): whose its figures are
    spoken_year: int | None = None  # the year a speech reviewing the year before was given in: its 今年
    heading: str = ""  # the title of the innermost section the sentence stands in (包虫病综合防治)


@dataclass(frozen=True)
class Fact:
    kind: str
    value: float
    unit: str
    start: int  # offsets of `surface` in the document's normalised text
    end: int
    surface: str
    sentence: str
    sentence_start: int  # offset of `sentence` in the same text
    value_max: float | None = None
    qualifier: str = "exact"
    role: str = "actual"
    aspect: str = "level"
    direction: str | None = None  # of a change: 'up' or 'down', when a word says which
    year: int | None = None
    indicator: str = ""
    indicator_key: str | None = None
    other_keys: str | None = None  # of the other indicators a name of several holds (indicators.other_keys), comma-separated
    flags: str | None = None  # plausibility checks failed (extractors.checks), comma-separated
    extractor: str = field(default="quantities", compare=False)

    def as_dict(self) -> dict:
        return dict(self.__dict__)  # the fields, in their order (no slots, no other attributes)
