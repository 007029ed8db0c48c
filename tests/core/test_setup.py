"""Choosing the unit at init: by code or by any usual spelling of its name."""

from __future__ import annotations

import pytest

from nbhr_desktop.base.errors import NotFoundError, UserError
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace


@pytest.fixture
def empty(location):
    workspace = Workspace.open(location)
    yield workspace
    workspace.close()


@pytest.mark.parametrize("query", ["Kim Sơn", "kim son", "Huyện Kim Sơn", "376", "  KIM   SƠN "])
def test_kim_son_is_found_however_it_is_written(empty, query):
    info = initialise(empty, query, officer_name="Nguyễn Thị Hoa")
    assert (info.unit_code, info.unit_name, info.role) == ("376", "Huyện Kim Sơn", "district")
    assert info.officer_name == "Nguyễn Thị Hoa"


def test_unknown_unit_lists_close_names(empty):
    with pytest.raises(NotFoundError) as caught:
        initialise(empty, "Kim Sen")
    assert "Kim Sen" in caught.value.message
    assert "Huyện Kim Sơn" in caught.value.message
    assert not empty.is_initialised()


def test_province_init(empty):
    info = initialise(empty, "Tỉnh Ninh Bình", "province", "Lê Văn Nam")
    assert (info.unit_code, info.unit_name, info.role) == ("37", "Tỉnh Ninh Bình", "province")


def test_district_name_shared_with_the_province_picks_the_district(empty):
    info = initialise(empty, "Ninh Bình")
    assert info.unit_name == "Thành phố Ninh Bình" and info.role == "district"


def test_a_folder_serves_one_unit(empty):
    initialise(empty, "Kim Sơn")
    assert initialise(empty, "kim son", officer_name="Người mới").officer_name == "Người mới"
    with pytest.raises(UserError, match="đã dùng cho Huyện Kim Sơn"):
        initialise(empty, "Yên Mô")


def test_bad_role(empty):
    with pytest.raises(UserError, match="không hợp lệ"):
        initialise(empty, "Kim Sơn", "commune")
