"""Reading Rasa 3.x YAML training data."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu.data import Annotation, DataError, load_locale, locale_files, parse_annotated, read_file


@pytest.mark.parametrize(
    ("marked", "plain", "annotations"),
    [
        ("[身份证](service:id_card)丢了", "身份证丢了", [Annotation("service", "id_card", 0, 3, "身份证")]),
        ("住在[柳溪村](region)", "住在柳溪村", [Annotation("region", "柳溪村", 2, 5, "柳溪村")]),
        (
            'I lost my [ID]{"entity": "service", "value": "id_card"} and [hukou](service:hukou_transfer)',
            "I lost my ID and hukou",
            [
                Annotation("service", "id_card", 10, 12, "ID"),
                Annotation("service", "hukou_transfer", 17, 22, "hukou"),
            ],
        ),
        ("no entities here", "no entities here", []),
    ],
)
def test_parse_annotated(marked: str, plain: str, annotations: list[Annotation]) -> None:
    assert parse_annotated(marked) == (plain, tuple(annotations))


def test_bad_entity_json_is_reported() -> None:
    with pytest.raises(DataError, match="invalid entity annotation"):
        parse_annotated('[x]{"entity": service}')


def test_read_file(tmp_path: Path) -> None:
    path = tmp_path / "nlu.yml"
    path.write_text(
        """version: "3.1"
nlu:
- intent: greet
  examples: |
    - 你好
    - hello there
- intent: ask_service
  examples:
    - text: "[低保](service:dibao)怎么办"
      metadata: {sentiment: neutral}
- synonym: dibao
  examples: |
    - 最低生活保障
- lookup: region
  examples: |
    - 青山县
- regex: case_number
  examples: |
    - QS\\d{11}
""",
        encoding="utf-8",
    )
    data = read_file(path)
    assert [(e.text, e.intent) for e in data.examples] == [
        ("你好", "greet"),
        ("hello there", "greet"),
        ("低保怎么办", "ask_service"),
    ]
    assert data.examples[2].values("service") == ["dibao"]
    assert data.synonyms == {"dibao": ["最低生活保障"]}
    assert data.lookups == {"region": ["青山县"]}
    assert data.regexes == {"case_number": ["QS\\d{11}"]}
    assert data.intents == ["ask_service", "greet"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("nlu: [\n", "cannot read"),
        ("- just a list\n", "expected a mapping"),
        ("nlu: {a: 1}\n", "must be a list"),
    ],
)
def test_bad_files_are_reported_with_their_name(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "broken.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=problem) as info:
        read_file(path)
    assert "broken.yml" in str(info.value)


def test_held_out_files_are_kept_apart(tmp_path: Path) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "nlu.yml").write_text("nlu:\n- intent: a\n  examples: |\n    - one\n", encoding="utf-8")
    (folder / "test_nlu.yml").write_text("nlu:\n- intent: a\n  examples: |\n    - two\n", encoding="utf-8")
    assert [p.name for p in locale_files(tmp_path, "xx")] == ["nlu.yml"]
    assert [p.name for p in locale_files(tmp_path, "xx", held_out=True)] == ["test_nlu.yml"]
    assert [e.text for e in load_locale(tmp_path, "xx").examples] == ["one"]
    assert [e.text for e in load_locale(tmp_path, "xx", held_out=True).examples] == ["two"]
    assert load_locale(tmp_path, "missing").examples == []
