"""How a view's one dict leaves the server: as the page (a template given the dict and what is
derived from it), or as JSON for `.json`, `?format=json` and the /api aliases (kb/web/api.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from flask import Response, current_app, jsonify, render_template, request, stream_with_context

from kb.web.chrome import chrome


def wants_json() -> bool:
    """JSON for the /api aliases, the `.json` twins and `?format=json`; HTML otherwise."""
    return (
        request.blueprint == "api"
        or request.path.endswith(".json")
        or request.args.get("format") == "json"
    )


def respond(data, template: str, context: Callable[[], dict]):
    """`data` as JSON, or the template with `context()` (built from `data`) and the chrome."""
    if wants_json():
        return jsonify(data)
    return render_template(template, **context(), **chrome())


def stream_json(data: dict) -> Response:
    """A dict as JSON, each value that is an iterator written out an item at a time: a document
    of 26,520 paragraphs is never held whole in the server's memory."""
    dumps = current_app.json.dumps

    def parts() -> Iterator[str]:
        sep = "{"
        for key, value in data.items():
            yield sep + dumps(key) + ": "
            sep = ", "
            if isinstance(value, Iterator):
                yield "["
                for i, item in enumerate(value):
                    yield ("," if i else "") + dumps(item)
                yield "]"
            else:
                yield dumps(value)
        yield ("{" if sep == "{" else "") + "}\n"

    return Response(stream_with_context(parts()), mimetype="application/json")
