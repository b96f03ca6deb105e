"""Build-time packing of the guest's code objects side by side, in the order a first call runs them.

CPython 3.14 writes into a code object each time one of its conditional jumps runs (the branch history the
specializer keeps in the instruction's cache), even when nothing else changes. So every code object a first
call runs is a written page of the copy-on-write snapshot, a fault and a 4 KiB copy, however immortal the
object is. The modules are unmarshalled among their constants, line tables and names, and the 70 or so code
objects one event runs lay on about as many pages (56 for a page event).

At the end of the build, `pack` gives each of the guest's functions, and each other function a warm-up event calls
(json's encoder, urllib's unquote), a copy of its code (with copies of the code objects nested in it: generator
expressions, lambdas), made one after the other in the order a warm-up event first calls them (the caller fills
every hole of the heap first, so they are cut from its top side by side: the allocator's best fit would scatter
them over the holes; and everything the copying needs is made before the first copy, so no temporary leaves a
hole between two copies); the caller then warms the copies up again. Measured on a page event: 178 pages written by
the first call before, about 120 after. The originals are kept alive, never to run again. Deterministic: the same
warm-up, the same order, the same allocations. Natively (the tests) `pack` does nothing: there is no snapshot;
`copy_code` and `fresh_functions` are the whole rule.

What a first call reads costs too: the kernel maps a read page of the snapshot with its neighbours (64 KiB at a time),
and the store's teardown unmaps every page so mapped, so each 64 KiB window a call reads costs about as much as a few
written pages. A page event read some 260 windows (4,200 pages of the image mapped, against the null component's
1,300): the functions, constants and defaults each module's code reads lay among that module's other objects. So each
copy of code gets its constants copied beside it (strings, bytes, tuples and frozensets: equal, not the same objects),
and each function a new function object, made in the order of first calls, bound where its module or its class names
it (`fresh_functions`; elsewhere, a list or a default holding the function, the old object runs the same copy). Measured
on the bench's events, three builds each: about 13 % fewer pages mapped, 9 % fewer first-call faults.
"""

from __future__ import annotations

import gc
import sys
from types import CodeType, FrameType, FunctionType
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

# The guest's own modules: the core package and the adapter.
GUEST_MODULES = ("meta_capi", "guest")

_kept: List[CodeType] = []  # the originals: kept, so no address the snapshot's caches hold is reused
_kept_functions: List[FunctionType] = []  # the same for the function objects fresh_functions replaced


def _module_of(function: FunctionType) -> str:
    return str(function.__globals__.get("__name__", ""))


def guest_functions(modules: Tuple[str, ...] = GUEST_MODULES) -> List[FunctionType]:
    """Every function defined in `modules` (or their submodules), in a fixed order."""
    found = [item for item in gc.get_objects() if isinstance(item, FunctionType)
             and any(_module_of(item) == name or _module_of(item).startswith(name + ".") for name in modules)]
    return sorted(found, key=lambda f: (f.__code__.co_filename, f.__code__.co_firstlineno, f.__qualname__))


def first_calls(run: Callable[[], Any]) -> List[CodeType]:
    """The code objects `run` calls, in the order of their first call."""
    order: List[CodeType] = []
    seen = set()

    def on_event(frame: FrameType, event: str, _: Any) -> None:
        if event == "call" and id(frame.f_code) not in seen:
            seen.add(id(frame.f_code))
            order.append(frame.f_code)

    previous = sys.getprofile()
    sys.setprofile(on_event)
    try:
        run()
    finally:
        sys.setprofile(previous)
    return order


def copy_code(functions: Iterable[FunctionType], first: Iterable[CodeType]) -> List[CodeType]:
    """Give each function a copy of its code, made in the order of `first` (code objects of these functions
    that come first), then the others; returns the copies in the order they were made."""
    functions = list(functions)
    roots = {id(function.__code__): function.__code__ for function in functions}
    order = [code for code in first if id(code) in roots]
    placed = {id(code) for code in order}
    order += [code for code in roots.values() if id(code) not in placed]
    # Everything the copying needs is made before the first copy, so nothing but the copies (and their constants)
    # is allocated between them: each code object's unspecialized bytecode (which
    # replace() would otherwise make, and free, just below each copy: 60 % of the copies' span was such holes,
    # filled at the end of the build), the table of copies at its final size, the list of originals.
    everything: Dict[int, CodeType] = {}  # by identity: equal code objects (two identical lambdas) stay two

    def gather(code: CodeType) -> None:
        if id(code) not in everything:
            everything[id(code)] = code
            for item in code.co_consts:
                if isinstance(item, CodeType):
                    gather(item)

    for code in order:
        gather(code)
    bytecode = {key: code.co_code for key, code in everything.items()}
    copies: Dict[int, Optional[CodeType]] = dict.fromkeys(everything)
    _kept.extend(everything.values())

    def copy(code: CodeType) -> CodeType:
        made = copies[id(code)]
        if made is not None:  # (a nested code object shared by two parents is copied once)
            return made
        for item in code.co_consts:  # nested code copied first, before it
            if isinstance(item, CodeType):
                copy(item)
        # (its constants copied beside it: a first call reads them where they lie)
        consts = tuple([copies[id(item)] if isinstance(item, CodeType) else fresh_constant(item)
                        for item in code.co_consts])
        made = copies[id(code)] = code.replace(co_consts=consts, co_code=bytecode[id(code)])
        return made

    for code in order:
        copy(code)
    bytecode.clear()
    made_in_order = [copy(code) for code in order]  # (each made above: this only reads the table)
    for function in functions:
        function.__code__ = copy(function.__code__)
    return made_in_order


def fresh_constant(item: Any) -> Any:
    """An equal copy of an immutable constant, made now: a string or bytes of two characters or more (shorter ones
    are the runtime's own), a tuple or a frozenset of such; anything else as it is. (A code object keeps the interned
    string of an identifier, replace() interns it again: only other strings end up copied.)"""
    kind = type(item)
    if kind is str and len(item) > 1:
        made = (item + ".")[:-1]
        hash(made)  # (its hash cached now, not written by the first call that needs it)
        return made
    if kind is bytes and len(item) > 1:
        return (item + b".")[:-1]
    if kind is tuple and item:
        return tuple([fresh_constant(part) for part in item])
    if kind is frozenset and item:
        made_set = frozenset([fresh_constant(part) for part in item])
        hash(made_set)
        return made_set
    return item


def fresh_functions(functions: Iterable[FunctionType], namespaces: Iterable[Dict[str, Any]]) -> int:
    """A new function object for each of `functions`, made in their order, with their code, globals, defaults and
    attributes; each is bound in place of the old one where a namespace of `namespaces`, or a class defined there,
    names it. Returns how many bindings changed. The old objects are kept alive, and answer as the new ones do.

    Reading a function's `__dict__` makes it an empty one, and so does writing into the new object's: made one
    function at a time, three empty dicts lay between two new functions (96 bytes each among some 450, session 48:
    a page event read the functions it calls in 9 windows of 64 KiB). So every old object's attributes are read
    before the first new object is made, the table of new objects and the list of old ones are at their final size
    first, and a new object gets a dict only when the old one holds attributes: the new functions lie side by side
    with their defaults."""
    olds = list({id(function): function for function in functions}.values())
    attributes = [(function, function.__dict__, getattr(function, "__annotate__", None)) for function in olds]
    _kept_functions.extend(olds)
    made: Dict[int, Any] = dict.fromkeys(map(id, olds))
    for function, held, annotate in attributes:
        defaults = function.__defaults__
        fresh = FunctionType(function.__code__, function.__globals__, function.__name__,
                             tuple([fresh_constant(item) for item in defaults]) if defaults else defaults,
                             function.__closure__)
        fresh.__qualname__ = function.__qualname__
        fresh.__kwdefaults__ = function.__kwdefaults__
        if held:
            fresh.__dict__.update(held)
        if annotate is not None:  # (Python 3.14: annotations made when asked)
            fresh.__annotate__ = annotate  # type: ignore[attr-defined]
        made[id(function)] = fresh
    bound = 0
    for namespace in namespaces:
        for key, value in list(namespace.items()):
            if id(value) in made:
                namespace[key] = made[id(value)]
                bound += 1
            elif isinstance(value, type) and value.__module__ == namespace.get("__name__"):
                for name, member in list(vars(value).items()):
                    if isinstance(member, FunctionType) and id(member) in made:
                        setattr(value, name, made[id(member)])
                        bound += 1
    return bound


def called_functions(first: Iterable[CodeType], besides: Iterable[FunctionType]) -> List[FunctionType]:
    """The functions outside `besides` whose code is in `first`: the standard library's that an event calls
    (json's encoder, urllib's unquote), which lie among their own modules' objects otherwise."""
    called = {id(code) for code in first}
    skip = {id(function) for function in besides}
    found = [item for item in gc.get_objects() if isinstance(item, FunctionType)
             and id(item.__code__) in called and id(item) not in skip]
    return sorted(found, key=lambda f: (f.__code__.co_filename, f.__code__.co_firstlineno, f.__qualname__))


def pack(first: List[CodeType]) -> int:
    """In the build: copy the code of the guest's functions, and of the other functions `first` (from
    `first_calls`) holds, side by side, `first` first, then give them new function objects in the same order;
    returns how many functions got a copy."""
    if sys.platform != "wasi":
        return 0
    functions = guest_functions()
    functions += called_functions(first, functions)
    made = copy_code(functions, first)
    rank = {id(code): index for index, code in enumerate(made)}
    functions.sort(key=lambda function: rank.get(id(function.__code__), len(rank)))  # (stable: the others as given)
    fresh_functions(functions, [vars(module) for module in list(sys.modules.values()) if hasattr(module, "__dict__")])
    return len(functions)
