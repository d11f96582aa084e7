"""The letter sets that let `clean` skip its lead and trail patterns agree with those patterns."""
from __future__ import annotations

from extractors import indicators

# Every CJK Unified Ideograph of the basic block: the letters names are written in.
_HAN = [chr(c) for c in range(0x4E00, 0x9FA6)]
# Text before a trailing word's last letter that lets each of `_TRAIL`'s patterns reach it.
_BEFORE = ["", "高血压患者", "同", "环比上", "环比上季", "较3月", "比年", "由原", "由3月", "比目", "比计", "比平均水", "比目标",
           "未完成任", "按可比价格比去年同", "按可比价", "按当年价格计", "由十三五期", "比三年", "比“十三五”期",
           "在去年的基础", "翻一", "率完成", "由原来的平", "由3月份", "2019年", "每", "连续三", "比全省平均水平高",
           "未达目标", "未完成年度任务", "距省", "距离市"]
# Text after a lead word's first letter that lets each of `_LEAD`'s patterns run from it.
_AFTER = ["", "年", "成", "、全年工作计划", "是", "疫情影响", "下达我市的", "三年来", "度目标", "到今年的", "基线年",
          "2019年底的", "原来的", "十三五”末", "至2月", "三季度", "半年", "计", "经"]


def test_a_name_ending_in_no_trailing_letter_has_no_trailing_words():
    ends = indicators._TRAIL_ENDS
    for letter in _HAN:
        if letter not in ends:
            for before in _BEFORE:
                assert not indicators._TRAIL.search(before + letter), before + letter


def test_a_name_starting_with_no_lead_letter_has_no_lead_words():
    starts = indicators._LEAD_STARTS
    for letter in _HAN:
        if letter not in starts:
            for after in _AFTER:
                assert not indicators._LEAD.match(letter + after), letter + after
                assert not indicators._APART.match(letter + after), letter + after
