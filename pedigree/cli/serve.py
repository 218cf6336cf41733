"""`pedigree serve`: the web app and JSON API over the store (pedigree.web)."""

from __future__ import annotations

from typing import Annotated

import typer

from pedigree.cli.common import app, err, friendly


@app.command()
@friendly
def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default serves this machine only.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="PEDIGREE_TOKEN",
            help="Secret that allows writes (review judgements); without it the app only reads.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Browse the store: search, organisations, lineage trees, people, sources, academies,
    scarcity, landscape, halo, backtests, what's new, the review queue; JSON under /api/ and
    OpenAPI at /docs."""
    # Imported here: the web stack is not needed by any other command (start-up time).
    import uvicorn

    from pedigree import api
    from pedigree.web import create_app

    path = api.store_path(ctx.obj)
    with api.opened(path):  # a missing or foreign store is one line now, not on each request
        pass
    mode = "judgements need the token" if token else "read-only (no --token)"
    err.print(f"serving {path} at http://{host}:{port}/ — {mode}; Ctrl-C to stop", highlight=False)
    # Each kind of page is asked once in the background, so no visitor waits for its compiling.
    app = create_app(path, token=token, warm=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
