"""``python -m recoupe`` runs the command line."""

from recoupe.cli import app

app(prog_name="recoupe")
