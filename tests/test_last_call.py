"""Memos by argument identity: a new model object means a new result, the same
objects the remembered one."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.last_call import remember_calls, remember_last_call, same


@dataclass(eq=False)
class Model:
    name: str


def test_same_compares_objects_by_identity_and_values_by_value():
    a = Model("x")
    assert same((a, "u", [1, 2]), (a, "u", [1, 2]))
    assert not same((a,), (Model("x"),))  # equal fields, another object: a file read again
    assert not same(("1",), (1,)) and not same([a], (a,)) and not same([a], [a, a])


def test_last_call_is_remembered_until_an_argument_changes():
    calls = []

    @remember_last_call
    def joined(models, suffix):
        calls.append(1)
        return ",".join(m.name for m in models) + suffix

    a, b = Model("a"), Model("b")
    assert joined([a, b], "!") == "a,b!" and joined([a, b], "!") == "a,b!"
    assert len(calls) == 1
    assert joined([a, Model("b")], "!") == "a,b!" and len(calls) == 2  # b's file read again
    assert joined([a, b], "?") == "a,b?" and len(calls) == 3


def test_every_call_is_remembered_by_its_first_argument():
    calls = []

    @remember_calls
    def label(model, url):
        calls.append(model)
        return f"{model.name} {url}"

    a, b = Model("a"), Model("b")
    assert [label(a, "/a"), label(b, "/b"), label(a, "/a"), label(b, "/b")] == ["a /a", "b /b", "a /a", "b /b"]
    assert calls == [a, b]
    assert label(a, "/moved") == "a /moved" and calls == [a, b, a]
