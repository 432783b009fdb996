"""actors stage: resolve every "who" in a parsed article to a CAMEO actor code."""

from .pipeline import ActorResolver, default_resolver

__all__ = ["ActorResolver", "default_resolver"]
