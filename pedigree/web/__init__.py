"""`pedigree serve`: the store in a browser, and a JSON API, over `pedigree.api`.

Pages are rendered on the server (Jinja2); every page has a JSON twin under /api/. The web layer
never queries the store itself: it opens the store for one request and calls the API.
"""

from pedigree.web.app import create_app

__all__ = ["create_app"]
