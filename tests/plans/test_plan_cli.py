"""export-plan-pdf, new-plan and list-plans from the command line."""

from __future__ import annotations

import pypdf

from nbhr_desktop.cli import main


def test_export_commands(workspace, location, tmp_path, capsys):
    base = ["--data-dir", str(location.data_dir)]
    assert main([*base, "export-plan-pdf", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "chưa có kế hoạch" in capsys.readouterr().err
    assert main([*base, "new-plan", "--year", "2025"]) == 0
    uuid = capsys.readouterr().out.strip().rsplit(" ", 1)[-1]
    assert main([*base, "list-plans"]) == 0
    assert uuid in capsys.readouterr().out

    assert main([*base, "export-plan-pdf", "--out", str(tmp_path)]) == 0  # latest, named
    made = tmp_path / "KH-QCN-2025-KimSon-DuThao.pdf"
    reader = pypdf.PdfReader(str(made))
    assert reader.metadata.author == "UBND huyện Kim Sơn"
    assert "DỰ THẢO" in reader.pages[0].extract_text()

    out = tmp_path / "by-uuid.pdf"
    assert main([*base, "export-plan-pdf", "--plan", uuid, "--out", str(out), "--draft"]) == 0
    assert out.stat().st_size > 10_000
    assert main([*base, "export-plan-pdf", "--year", "2024", "--out", str(out)]) == 2
    assert main([*base, "export-plan-pdf", "--out", str(tmp_path / "x.txt")]) == 2
