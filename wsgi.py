"""WSGI entry point for gunicorn: `gunicorn wsgi:app`."""

from checker.web import create_app

app = create_app()
