"""The registry's files: JSON and CSV written and read back unchanged, and every kind of bad file refused with its
line and column, before anything is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.domain import Contact, GroupField, Side, Site, Technician, Tier
from console.registry import (
    CSV_COLUMNS,
    Grouping,
    RegistryFileError,
    check_camera,
    load_network,
    mojibake,
    parse,
    read_registry,
    render_csv,
    render_json,
)
from console.sim.sites import national_registry

HEADER = "code,name,tier,parent,cluster,camera,technician1_name,technician1_side"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def refused(path: Path, stored: list[Site] | None = None) -> RegistryFileError:
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path, stored=stored or [])
    return caught.value


# --- round trips ----------------------------------------------------------------------------------------------
def test_json_export_reads_back_unchanged(tmp_path: Path) -> None:
    sites = load_network()
    once = render_json(sites)
    back = read_registry(write(tmp_path, "registry.json", once))
    assert back == sites
    assert render_json(back) == once


def test_csv_export_reads_back_unchanged_with_or_without_the_bom(tmp_path: Path) -> None:
    sites = load_network()
    with_bom = render_csv(sites)
    assert with_bom.startswith("\ufeff".encode())  # Excel reads it as UTF-8, and saves it back so
    assert read_registry(write(tmp_path, "a.csv", with_bom)) == sites
    assert read_registry(write(tmp_path, "b.csv", render_csv(sites, bom=False))) == sites
    assert render_csv(read_registry(write(tmp_path, "c.csv", with_bom))) == with_bom


def test_every_field_survives_both_formats(tmp_path: Path) -> None:
    site = Site(
        code="X.ĐẶC.BIỆT",  # any code without spaces
        name='Xã "Nà Tấu", bản Mới',
        tier=Tier.COMMUNE,
        parent=None,
        agency="UBND xã Nà Tấu",
        room="Phòng họp; tầng 2",
        address="10.215.110.24",
        district="huyện Điện Biên",
        technicians=(
            Technician(
                "Lò Văn Thanh", "Văn phòng Đảng ủy", "Chuyên viên", "0912 345 678", "t@x.vn", Side.PARTY
            ),
            Technician("Quàng Thị Ín", "Văn phòng UBND", "Công chức", "+84 912 000 111"),
            Technician("Cà Văn Ơn", "UBND", "Công chức", "0213 000 222", side=Side.PARTY),
        ),
        provider=Contact("VNPT Điện Biên", "Ngô Hữu Cường", "0963 894 875", "c@vnpt.vn"),
        power=None,
        cluster="Cụm Điện Biên Phủ",
        province="Điện Biên",
        camera="[fd00::21]:52381",
    )
    for name, data in (("one.json", render_json([site])), ("one.csv", render_csv([site]))):
        assert read_registry(write(tmp_path, name, data)) == [site], name


def test_excel_style_csv_reads(tmp_path: Path) -> None:
    """Semicolons, CRLF, a BOM, blank lines, padded cells and columns in any order, a short row."""
    text = (
        "\ufeffname;code;tier;parent;technician1_name;technician1_side\r\n"
        "Tỉnh ủy Điện Biên ; T.TU ; Province ;;Lò Văn A; PARTY\r\n"
        "\r\n"
        "Xã Mường Nhé;X.MUONGNHE;commune;T.TU\r\n"
    )
    sites = read_registry(write(tmp_path, "excel.csv", text))
    assert [(s.code, s.name, s.tier, s.parent) for s in sites] == [
        ("T.TU", "Tỉnh ủy Điện Biên", Tier.PROVINCE, None),
        ("X.MUONGNHE", "Xã Mường Nhé", Tier.COMMUNE, "T.TU"),
    ]
    assert sites[0].technicians == (Technician("Lò Văn A", "", "", "", "", Side.PARTY),)
    assert sites[1].technicians == ()


def test_a_technician_without_a_side_is_on_the_government_side(tmp_path: Path) -> None:
    doc = {
        "sites": [
            {"code": "A", "name": "A", "tier": "commune", "parent": None, "technicians": [{"name": "B"}]}
        ]
    }
    (site,) = read_registry(write(tmp_path, "a.json", json.dumps(doc)))
    assert site.technicians[0].side is Side.GOVERNMENT


def test_the_documented_csv_columns_are_the_ones_written() -> None:
    header = render_csv([]).decode("utf-8-sig").splitlines()[0].split(",")
    assert tuple(header) == CSV_COLUMNS
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Site registry") :]
    documented = [
        c.replace("technician1_", "technicianN_") for c in CSV_COLUMNS if not c.startswith("technician2")
    ]
    for column in documented:
        assert f"`{column}`" in section, column


# --- refusals: each names the line and the column -------------------------------------------------------------
@pytest.mark.parametrize(
    ("rows", "line", "column", "words"),
    [
        (
            ["X1,Xã Một,commune,,,,,", "X1,Xã Hai,commune,,,,,"],
            3,
            "code",
            "duplicate code 'X1' (first on line 2)",
        ),
        (
            ["X1,Xã Một,commune,NOWHERE,,,,"],
            2,
            "parent",
            "'NOWHERE' is neither in the file nor in the registry",
        ),
        (
            ["X1,Xã Một,commune,X2,,,,", "X2,Xã Hai,commune,X3,,,,", "X3,Xã Ba,commune,X1,,,,"],
            2,
            "parent",
            "loop",
        ),
        (["X1,Xã Một,commune,X1,,,,"], 2, "parent", "loop: X1 → X1"),
        (["X1,Xã Một,huyen,,,,,"], 2, "tier", "unknown tier 'huyen'"),
        (["X1,Xã Một,commune,,,10.215.1.21,,"], 2, "camera", "not host:port"),
        (["X1,Xã Một,commune,,,cam.local:99999,,"], 2, "camera", "the port is 1–65535"),
        (["X1,Xã Một,commune,,,fd00::21:52381,,"], 2, "camera", "IPv6 address in brackets"),
        (["X1,Ä‘iá»‡n BiÃªn,commune,,,,,"], 2, "name", "mojibake 'Ä‘iá»‡n'"),
        (["X1,Xã Một,commune,,Cụm Mường Nhé,,Lò Văn A,đảng"], 2, "technician1_side", "unknown side 'đảng'"),
        (["X1,Xã Một,commune,,,,,party"], 2, "technician1_name", "a technician without a name"),
        (["X 1,Xã Một,commune,,,,,"], 2, "code", "no spaces"),
        (["X1,,commune,,,,,"], 2, "name", "every site needs a name"),
        (["X1,Xã Một,commune,,,,,,extra"], 2, None, "9 fields"),
    ],
)
def test_a_bad_row_is_refused_with_its_line_and_column(
    tmp_path: Path, rows: list[str], line: int, column: str | None, words: str
) -> None:
    path = write(tmp_path, "bad.csv", "\n".join([HEADER, *rows]) + "\n")
    error = refused(path)
    assert (error.line, error.column) == (line, column)
    assert words in error.message
    assert str(error).startswith(f"{path}:{line}: ")
    assert "\n" not in str(error)


def test_a_province_site_cannot_hang_from_a_commune(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", f"{HEADER}\nX1,Xã Một,commune,,,,,\nT1,Tỉnh,province,X1,,,,\n")
    error = refused(path)
    assert (error.line, error.column) == (3, "parent")
    assert "a province site cannot hang from it" in error.message


def test_a_wrong_column_is_refused_on_the_first_line(tmp_path: Path) -> None:
    for header, column, words in (
        ("code,name,tier,parent,tecnician1_name", "tecnician1_name", "unknown column"),
        ("code,name,tier", "parent", "missing column"),
        ("code,name,tier,parent,name", "name", "named twice"),
        ("code,name,tier,parent,technician0_name", "technician0_name", "unknown column"),
    ):
        error = refused(write(tmp_path, "bad.csv", header + "\nX1,Xã Một,commune,\n"))
        assert (error.line, error.column) == (1, column), header
        assert words in error.message


def test_text_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    cp1258 = f"{HEADER}\nX1,Xã Một,commune,,,,,\n".encode() + "X2,Xã Hai,commune,,,,,\n".encode("cp1252")
    error = refused(write(tmp_path, "legacy.csv", cp1258))
    assert error.line == 3 and "not UTF-8" in error.message and "CSV UTF-8" in error.message
    utf16 = refused(write(tmp_path, "utf16.csv", f"{HEADER}\n".encode("utf-16")))
    assert utf16.line == 1 and "UTF-16" in utf16.message


def line_of(path: Path, text: str, after: int = 0) -> int:
    """The 1-based number of the first line from `after` (0-based) on that holds `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n in range(after, len(lines)) if text in lines[n]) + 1


def test_json_refusals_name_the_line_of_the_key(tmp_path: Path) -> None:
    good = {"code": "T", "name": "Tỉnh", "tier": "province", "parent": None}
    doc = {"province": "Điện Biên", "sites": [good, {**good, "code": "X", "tier": "commune", "camera": "x"}]}
    path = write(tmp_path, "bad.json", json.dumps(doc, indent=2, ensure_ascii=False))
    error = refused(path)
    assert (error.line, error.column) == (line_of(path, '"camera": "x"'), "camera")
    for bad, column, written in (
        ({**good, "technicans": []}, "technicans", '"technicans"'),
        ({**good, "technicians": [{"name": "A", "phone": 912}]}, "technicians[1].phone", '"phone": 912'),
        ({**good, "technicians": [{"name": "A", "mobile": "1"}]}, "technicians[1].mobile", '"mobile"'),
        (
            {**good, "technicians": [{"name": "A", "side": "party"}, {"name": "B", "side": "both"}]},
            "technicians[2].side",
            '"side": "both"',
        ),
        ({**good, "provider": {"organisation": "VNPT", "fax": "1"}}, "provider.fax", '"fax"'),
        ({**good, "name": "Äiá»‡n BiÃªn"}, "name", '"name"'),  # UTF-8 read as cp1252, its 0x90 lost
        ({k: v for k, v in good.items() if k != "parent"}, "parent", "{"),  # not written: the site's line
    ):
        bad_path = write(
            tmp_path, "bad.json", json.dumps({"sites": [good, bad]}, indent=2, ensure_ascii=False)
        )
        error = refused(bad_path)
        assert (error.line, error.column) == (line_of(bad_path, written, after=7), column), bad
    broken = refused(write(tmp_path, "broken.json", '{\n  "sites": [\n    {"code": "A",}\n  ]\n}\n'))
    assert broken.line == 3 and "not JSON" in broken.message


def test_json_refusals_across_sites_name_the_line_of_the_code_or_parent(tmp_path: Path) -> None:
    top = {"code": "TW", "name": "Trung ương", "tier": "central", "parent": None}
    a = {"code": "X.A", "name": "Xã A", "tier": "commune", "parent": "X.B"}
    b = {"code": "X.B", "name": "Xã B", "tier": "commune", "parent": "X.A"}
    for sites, column, written, words in (
        (
            [top, {**a, "parent": "TW"}, {**a, "name": "Xã A hai", "parent": "TW"}],
            "code",
            '"X.A"',
            "duplicate",
        ),
        ([top, {**a, "parent": "T.NONE"}], "parent", '"T.NONE"', "neither in the file"),
        ([top, a, b], "parent", '"parent": "X.B"', "loop"),
    ):
        path = write(tmp_path, "bad.json", json.dumps({"sites": sites}, indent=2, ensure_ascii=False))
        error = refused(path)
        found = path.read_text(encoding="utf-8").splitlines()
        expected = max(n for n, line in enumerate(found, 1) if written in line) if column == "code" else None
        expected = expected or line_of(path, written)
        assert (error.line, error.column) == (expected, column) and words in error.message, sites


def test_a_parent_may_be_in_the_registry_already(tmp_path: Path) -> None:
    stored = [Site("T.UBND", "UBND tỉnh", Tier.PROVINCE, None, "", "", "")]
    path = write(tmp_path, "more.csv", f"{HEADER}\nX1,Xã Một,commune,T.UBND,,,,\n")
    assert [s.parent for s in read_registry(path, stored=stored)] == ["T.UBND"]
    # and a loop through the registry is found too: the stored site's parent is changed by the file
    looping = write(
        tmp_path, "loop.csv", f"{HEADER}\nT.UBND,UBND tỉnh,province,X1,,,,\nX1,Xã Một,province,T.UBND,,,,\n"
    )
    assert "loop" in refused(looping, stored).message


# --- text checks ----------------------------------------------------------------------------------------------
def test_mojibake_is_found_and_vietnamese_is_not_mistaken_for_it() -> None:
    word = "Điện Biên Phủ, Mường Ảng, Tủa Chùa"
    assert mojibake(word.encode("utf-8").decode("cp1252", "replace")) is not None
    assert mojibake(word.encode("utf-8").decode("latin-1")) is not None
    assert mojibake("Xã Ä‘iá»‡n") == "Ä‘iá»‡n"
    every_text = [
        value
        for site in national_registry()
        for value in (
            site.name,
            site.agency,
            site.room,
            site.cluster,
            *(f for t in site.technicians for f in (t.name, t.unit, t.position)),
        )
    ]
    assert len(every_text) > 10_000
    assert [t for t in every_text if mojibake(t)] == []
    for text in ("Hà Nội", "Ê-đê", "Thừa Thiên Huế", "“Hà”", "Ô Chợ Dừa", "Café", "Số 1°"):
        assert mojibake(text) is None, text


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("10.215.1.21:52381", True),
        ("cam-01.dienbien.gov.vn:52381", True),
        ("[fd00::21]:52381", True),
        ("10.215.1.21", False),
        (":52381", False),
        ("10.215.1.21:0", False),
        ("10.215.1.21:abc", False),
        ("fd00::21:52381", False),
        ("-bad-.host:52381", False),
        ("[zz::1]:52381", False),
    ],
)
def test_camera_addresses(address: str, ok: bool) -> None:
    assert (check_camera(address) is None) == ok


# --- grouping -------------------------------------------------------------------------------------------------
def test_grouping_by_each_field() -> None:
    sites = load_network()
    by = {f: Grouping(sites, f) for f in GroupField}
    muong_nhe = next(s for s in sites if s.name == "Xã Mường Nhé")
    assert by[GroupField.CLUSTER].key(muong_nhe) == "Cụm Mường Nhé"
    assert by[GroupField.TIER].key(muong_nhe) == "commune"
    assert by[GroupField.AGENCY].key(muong_nhe) == "UBND xã Mường Nhé"
    assert by[GroupField.PROVINCE].key(muong_nhe) == "Điện Biên"
    assert by[GroupField.DISTRICT].key(muong_nhe) == ""  # today's communes have no district
    assert {by[GroupField.PROVINCE].key(s) for s in sites} == {"", "Điện Biên"}  # "": the Government's site


def test_a_site_without_a_province_is_in_its_parents_and_a_district_titled_by_its_site() -> None:
    sites = [
        Site("T", "UBND tỉnh Lai Châu", Tier.PROVINCE, None, "", "", "", province="Lai Châu"),
        Site("H", "Huyện Sìn Hồ", Tier.DISTRICT, "T", "", "", ""),
        Site("X", "Xã Pa Tần", Tier.COMMUNE, "H", "", "", "", district="H"),
        Site("Y", "Xã Lê Lợi", Tier.COMMUNE, "T", "", "", "", district="huyện Nậm Nhùn"),
    ]
    province = Grouping(sites, GroupField.PROVINCE)
    assert [province.key(s) for s in sites] == ["Lai Châu"] * 4
    district = Grouping(sites, GroupField.DISTRICT)
    assert [district.key(s) for s in sites] == ["", "H", "H", "huyện Nậm Nhùn"]
    assert district.titles(["H", "huyện Nậm Nhùn"]) == {
        "H": "Huyện Sìn Hồ",
        "huyện Nậm Nhùn": "huyện Nậm Nhùn",
    }


def test_parse_guesses_the_format_by_content() -> None:
    json_text = render_json(load_network()[:2])
    csv_text = render_csv(load_network()[:2])
    from_json = [e.site for e in parse(json_text, "registry.txt")]
    assert from_json == [e.site for e in parse(csv_text, "registry.dat")] == load_network()[:2]
