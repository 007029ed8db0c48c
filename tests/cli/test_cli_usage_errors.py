"""argparse's own mistakes reach the user in Vietnamese, one line, exit code 2."""

from __future__ import annotations

import pytest

from nbhr_desktop.cli import main


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["init"], "thiếu tham số bắt buộc: --unit"),
        (["--bogus"], "không hiểu tham số: --bogus"),
        (["import"], "thiếu tham số bắt buộc: TỆP"),
        (["init", "--unit"], "tham số --unit cần một giá trị"),
        (["init", "--unit", "Kim Sơn", "--role", "huyen"], "giá trị 'huyen' không hợp lệ"),
        (["demo-data", "--activities", "abc"], "tham số --activities: giá trị 'abc' không hợp lệ"),
    ],
)
def test_usage_mistakes_are_one_vietnamese_line(tmp_path, capsys, argv, expected):
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(tmp_path), *argv])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Lỗi: ")
    assert expected in err
    assert "Traceback" not in err and "required" not in err
