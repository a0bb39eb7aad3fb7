"""Search backends: each one writes and reads index generations behind the protocols of base.py."""
