"""YAML that keeps line numbers, refuses duplicate keys and leaves dates as text.

Dates stay strings so that an impossible date ("2024-02-30") becomes a field
error with a line number instead of an exception inside the YAML parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PortalLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


# YAML 1.1 reads 18:00 as the base-60 number 1080 and 2024-01-29 as a date; here both
# stay text, so times and dates reach validation as the editor typed them.
_INT = re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$")
_FLOAT = re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?"
                    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
_REPLACED = {"tag:yaml.org,2002:int": _INT, "tag:yaml.org,2002:float": _FLOAT}

PortalLoader.yaml_implicit_resolvers = {
    first: [(tag, _REPLACED.get(tag, regexp)) for tag, regexp in resolvers
            if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class DuplicateKeyError(yaml.MarkedYAMLError):
    pass


def _construct_mapping(loader: PortalLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise DuplicateKeyError(
                problem=f"khóa '{key}' bị lặp (duplicate key)", problem_mark=key_node.start_mark
            )
        seen[key] = key_node
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


PortalLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

Path = tuple  # a path into the data: ("tasks", 3, "lead")


@dataclass
class YamlDocument:
    data: Any
    node: yaml.Node | None
    line_offset: int  # file line of the YAML's first line, minus one

    def line_of(self, path: Path) -> int:
        """The file line of the value at path, or of its nearest parent that exists."""
        node = self.node
        line = node.start_mark.line if node is not None else 0
        for part in path:
            child = _child(node, part)
            if child is None:
                break
            node, line = child
        return line + 1 + self.line_offset


def _child(node: yaml.Node | None, part: Any) -> tuple[yaml.Node, int] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == str(part):
                return value_node, key_node.start_mark.line
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        item = node.value[part]
        return item, item.start_mark.line
    return None


class YamlSyntaxError(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"{line}: {message}")


# PyYAML's commonest complaints, said for editors.
_PROBLEMS = {
    "mapping values are not allowed here": "dấu ':' không được đứng ở đây; nếu giá trị có dấu ':', "
    "hãy đặt cả giá trị trong dấu ngoặc kép",
    "mapping values are not allowed in this context": "dấu ':' không được đứng ở đây; nếu giá trị có dấu ':', "
    "hãy đặt cả giá trị trong dấu ngoặc kép",
    "did not find expected ',' or ']'": "danh sách mở bằng '[' chưa đóng bằng ']'",
    "did not find expected ',' or '}'": "nhóm mở bằng '{' chưa đóng bằng '}'",
    "found character '\\t' that cannot start any token": "không dùng phím Tab để thụt lề; hãy dùng dấu cách",
    "did not find expected key": "thụt lề không khớp với các dòng trên",
    "found unexpected end of stream": "tệp kết thúc khi một giá trị trong ngoặc kép chưa đóng",
}


def _explain(problem: str) -> str:
    return _PROBLEMS.get(problem, problem or "cú pháp sai")


def parse_yaml(text: str, line_offset: int = 0) -> YamlDocument:
    """Parse one YAML document; raise YamlSyntaxError with the file line."""
    loader = PortalLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        # Where an unclosed bracket or quote began is where the editor must look.
        mark = exc.context_mark or exc.problem_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = _explain(exc.problem or "")
        raise YamlSyntaxError(line, f"YAML không hợp lệ: {problem} (invalid YAML)") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1 + line_offset, f"YAML không hợp lệ (invalid YAML): {exc}") from None
    finally:
        loader.dispose()
    return YamlDocument(data=data, node=node, line_offset=line_offset)
