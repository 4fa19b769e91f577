"""NLP: load the spaCy pipeline once, and parse every message in one batched pass."""

from argmap.nlp.pipeline import DEFAULT_MODELS, load_pipeline, parse_form, parse_texts

__all__ = ["DEFAULT_MODELS", "load_pipeline", "parse_form", "parse_texts"]
