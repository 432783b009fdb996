"""The offline dashboard: static page and vendored libraries, and the /live reads it polls."""

from .routes import mount_dashboard

__all__ = ["mount_dashboard"]
