"""extract.dates: one date string, and the publication date in a block of text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from storyline.extract.dates import find_date, parse_date

REF = datetime(2024, 10, 22, 23, 0)
CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-10-21T11:16:54.340Z", datetime(2024, 10, 21, 11, 16, 54, 340000, tzinfo=UTC)),
        ("2024-10-21T11:16:54+08:00", datetime(2024, 10, 21, 11, 16, 54, tzinfo=CST)),
        ("2024-10-22T21:32:50+0800", datetime(2024, 10, 22, 21, 32, 50, tzinfo=CST)),
        ("2024-10-22 21:32:50", datetime(2024, 10, 22, 21, 32, 50)),
        ("2024/10/22 21:32", datetime(2024, 10, 22, 21, 32)),
        ("2024.10.22", datetime(2024, 10, 22)),
        ("2024年10月21日", datetime(2024, 10, 21)),
        ("2024年10月21日 10:05", datetime(2024, 10, 21, 10, 5)),
        ("2024年10月21日10时05分", datetime(2024, 10, 21, 10, 5)),
        ("2024年10月21日 下午3点", datetime(2024, 10, 21, 15, 0)),
        ("２０２４年１０月２１日　１０：０５", datetime(2024, 10, 21, 10, 5)),
        ("二〇二四年十月二十一日", datetime(2024, 10, 21)),
        ("北京时间2024年10月21日 18:00", datetime(2024, 10, 21, 18, 0, tzinfo=CST)),
        ("10月21日", datetime(2024, 10, 21)),
        ("21. Oktober 2024, 14:30 Uhr", datetime(2024, 10, 21, 14, 30)),
        ("21.10.2024 14:30", datetime(2024, 10, 21, 14, 30)),
        ("October 21, 2024 10:05 p.m.", datetime(2024, 10, 21, 22, 5)),
        ("Oct. 21, 2024 10:05 am EDT", datetime(2024, 10, 21, 10, 5, tzinfo=timezone(timedelta(hours=-4)))),
        ("21 October 2024 09:00 GMT", datetime(2024, 10, 21, 9, 0, tzinfo=UTC)),
        ("昨天 10:05", datetime(2024, 10, 21, 10, 5)),
    ],
)
def test_parse_date(text: str, expected: datetime) -> None:
    assert parse_date(text, REF) == expected


def test_naive_without_zone_aware_with_zone() -> None:
    naive = parse_date("2024-10-22 21:32:50")
    aware = parse_date("2024-10-22T21:32:50Z")
    assert naive is not None and naive.tzinfo is None
    assert aware is not None and aware.utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["", "no date", "2024年2月30日", "13月45日", "价格上涨了10%", "第3季度"])
def test_parse_date_none(text: str) -> None:
    assert parse_date(text, REF) is None


def test_year_from_reference() -> None:
    # the year that puts the date closest before (or just after) the reference
    assert parse_date("12月31日", datetime(2025, 1, 3)) == datetime(2024, 12, 31)
    assert parse_date("1月2日", datetime(2024, 12, 30)) == datetime(2025, 1, 2)
    assert parse_date("6月1日", datetime(2024, 10, 22)) == datetime(2024, 6, 1)
    assert parse_date("十二月三十一日", REF) == datetime(2023, 12, 31)


def test_find_date_prefers_byline_over_body() -> None:
    text = (
        "东海港新建集装箱码头投入试运行\n"
        "发布时间：2024年10月20日 09:30　来源：东海日报\n\n"
        "　　据港务集团10月18日介绍，新码头共建有六个深水泊位，2023年12月开工建设，"
        "可同时停靠两艘超大型集装箱船，装卸效率比老码头提高约三成。\n"
    )
    assert find_date(text, REF) == datetime(2024, 10, 20, 9, 30)


def test_find_date_byline_with_pipes() -> None:
    line = "www.example.com | 2024-10-22 21:32:50  某某军情 | 0条评论 | 查看/发表评论"
    assert find_date(line, REF) == datetime(2024, 10, 22, 21, 32, 50)


def test_find_date_ignores_future_and_ancient_dates() -> None:
    text = "Published 21 October 2024\nThe treaty expires on 1 January 2030 and replaced one from 1850."
    assert find_date(text, REF) == datetime(2024, 10, 21)
    assert find_date("The plan runs until 2030-01-01.", REF) is None


def test_find_date_markers_german_english() -> None:
    assert find_date("Stand: 21.10.2024, 14:30 Uhr", REF) == datetime(2024, 10, 21, 14, 30)
    assert find_date("Updated: October 21, 2024 at 10:05 a.m. UTC", REF) == datetime(
        2024, 10, 21, 10, 5, tzinfo=UTC
    )


def test_find_date_none_in_plain_text() -> None:
    assert find_date("A long paragraph with no dates at all, only words.", REF) is None


def test_a_labelled_byline_wins_even_on_a_long_forum_line() -> None:
    """Forum threads run posts together on long lines: the first "发布时间" date is the thread's."""
    first = "楼主的帖子写得很长，大家都来讨论一下这个问题。" * 3 + " 〓 某论坛 发布时间 2011/05/17 22:11:42"
    later = "回复 〓 某论坛 发布时间 2011/07/23 10:46:32"
    assert find_date(first + "\n" + later) == datetime(2011, 5, 17, 22, 11, 42)
