"""Short amounts on cards: one line, never rounded up to the next figure."""

from nbhr_desktop.core.vnformat import money_short


def test_billions_millions_and_small_amounts():
    assert money_short(6_272_500_000) == "6,27 tỷ đ"
    assert money_short(7_611_000_000) == "7,61 tỷ đ"
    assert money_short(26_500_000) == "26,5 triệu đ"
    assert money_short(50_000_000) == "50 triệu đ"
    assert money_short(894_250_000) == "894 triệu đ"
    assert money_short(12_345_000_000) == "12,3 tỷ đ"
    assert money_short(1_234_000_000_000) == "1.234 tỷ đ"
    assert money_short(950_000) == "950.000 đ"
    assert money_short(-2_500_000) == "-2,5 triệu đ"
    assert money_short(None) == ""


def test_spending_just_under_the_budget_does_not_read_as_the_budget():
    assert money_short(7_609_999_999) == "7,6 tỷ đ"
    assert money_short(7_609_999_999) != money_short(7_610_000_000)
