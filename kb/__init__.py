"""Bay Policy KB: a bilingual knowledge base of regional policy documents, with search."""

__version__ = "0.1.0"


def create_app(test_config=None):
    """Flask application factory (`flask --app kb run`); imported lazily so the CLI stays light."""
    from kb.web import create_app as _create

    return _create(test_config)
