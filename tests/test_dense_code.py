"""dense_code.py: the build step that gives the guest's functions copies of their code, side by side, in the order
of their first call. Natively it is tested on functions of a throwaway module; in the component, the bench's
answers (tests/test_bench_answers_wasm.py) show the copies answer exactly as the originals did."""

from __future__ import annotations

from types import CodeType, FunctionType
from typing import Dict, List

import dense_code

SOURCE = '''
def tally(values, scale=2):
    return sum(value * scale for value in values if value > 0)

def greeting(name):
    try:
        return "hello " + name
    except TypeError:
        return "hello"

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
'''


def module(name: str = "meta_capi.throwaway") -> Dict[str, object]:
    namespace: Dict[str, object] = {"__name__": name}
    exec(compile(SOURCE, "<throwaway>", "exec"), namespace)
    return namespace


def functions_of(namespace: Dict[str, object]) -> List[FunctionType]:
    return [item for item in namespace.values() if isinstance(item, FunctionType)]


def test_each_function_gets_a_new_code_object_that_answers_as_the_old_one():
    namespace = module()
    tally, greeting, counter = namespace["tally"], namespace["greeting"], namespace["counter"]
    originals = {function.__name__: function.__code__ for function in functions_of(namespace)}
    dense_code.copy_code(functions_of(namespace), [])
    assert all(function.__code__ is not originals[function.__name__] for function in functions_of(namespace))
    assert tally([1, -2, 3]) == 8 and tally([1, 2], scale=3) == 9  # type: ignore[operator]
    assert greeting("Ada") == "hello Ada" and greeting(3) == "hello"  # type: ignore[operator]
    step = counter()  # type: ignore[operator]
    assert (step(), step()) == (1, 2)


def test_code_nested_in_a_function_is_copied_with_it():
    namespace = module()
    tally = namespace["tally"]
    assert isinstance(tally, FunctionType)
    [nested] = [item for item in tally.__code__.co_consts if isinstance(item, CodeType)]
    dense_code.copy_code([tally], [])
    [copied] = [item for item in tally.__code__.co_consts if isinstance(item, CodeType)]
    assert copied is not nested and copied.co_code == nested.co_code


def test_copies_are_made_in_the_order_of_first_calls_then_the_others_in_the_order_given():
    namespace = module()
    tally, greeting, counter = namespace["tally"], namespace["greeting"], namespace["counter"]
    assert isinstance(tally, FunctionType) and isinstance(greeting, FunctionType) and isinstance(counter, FunctionType)
    first = dense_code.first_calls(lambda: (greeting("x"), tally([1])))
    assert [code.co_name for code in first if code.co_filename == "<throwaway>"] == ["greeting", "tally", "<genexpr>"]
    made = dense_code.copy_code([counter, tally, greeting], first)
    assert [code.co_name for code in made] == ["greeting", "tally", "counter"]


def test_functions_sharing_one_code_object_share_one_copy():
    step = module()["counter"]
    assert isinstance(step, FunctionType)
    one, two = step(), step()
    assert one.__code__ is two.__code__
    dense_code.copy_code([one, two], [])
    assert one.__code__ is two.__code__ and (one(), two(), one()) == (1, 1, 2)


def test_the_guests_functions_are_found_by_their_module_and_nothing_else():
    ours, theirs = module("meta_capi.throwaway"), module("meta_capi_lookalike")
    found = dense_code.guest_functions()
    assert all(function in found for function in functions_of(ours))
    assert not any(function in found for function in functions_of(theirs))


def test_natively_the_build_step_copies_nothing():
    namespace = module()
    codes = [function.__code__ for function in functions_of(namespace)]
    assert dense_code.pack([]) == 0
    assert [function.__code__ for function in functions_of(namespace)] == codes


def test_other_functions_an_event_calls_are_found_by_their_code_and_the_guests_are_not_counted_twice():
    ours, theirs = module("meta_capi.throwaway"), module("json.throwaway")
    tally, other = ours["tally"], theirs["tally"]
    assert isinstance(tally, FunctionType) and isinstance(other, FunctionType)
    first = dense_code.first_calls(lambda: (tally([1]), other([2])))
    assert dense_code.called_functions(first, [tally]) == [other]


def test_constants_are_copied_beside_the_code_equal_and_new():
    namespace = module()
    greeting = namespace["greeting"]
    assert isinstance(greeting, FunctionType)
    before = greeting.__code__.co_consts
    dense_code.copy_code([greeting], [])
    after = greeting.__code__.co_consts
    assert after == before and after is not before
    assert [item for item in after if isinstance(item, str) and " " in item] == ["hello "]
    assert next(item for item in after if item == "hello ") is not next(item for item in before if item == "hello ")


def test_fresh_constant_copies_strings_bytes_tuples_and_frozensets_and_leaves_the_rest():
    text = "".join(["ab", "c d"])
    assert dense_code.fresh_constant(text) == text and dense_code.fresh_constant(text) is not text
    nested = (text, b"xy", frozenset([text]), 3, None)
    copied = dense_code.fresh_constant(nested)
    assert copied == nested and copied is not nested and copied[0] is not text
    assert all(dense_code.fresh_constant(item) is item for item in ("a", "", b"", (), 7, None, 2.5))


def test_fresh_functions_are_bound_where_the_module_and_its_classes_name_them():
    namespace = module()
    exec("class Box:\n    def twice(self, x):\n        return 2 * x\n", namespace)
    tally, box = namespace["tally"], namespace["Box"]
    assert isinstance(tally, FunctionType) and isinstance(box, type)
    twice = vars(box)["twice"]
    held = [tally]  # a list keeps the old object, which still answers
    functions = [function for function in functions_of(namespace)] + [twice]
    assert dense_code.fresh_functions(functions, [namespace]) == 4  # tally, greeting, counter and Box.twice
    assert namespace["tally"] is not tally and vars(box)["twice"] is not twice
    assert namespace["tally"](  # type: ignore[operator]
        [1, 2], scale=3) == held[0]([1, 2], scale=3) == 9
    assert box().twice(4) == 8 and namespace["tally"].__defaults__ == (2,)  # type: ignore[attr-defined]
