"""NLP: load the spaCy pipelines once (English, and others the user names), and parse every
message in one batched pass."""

from argmap.nlp.pipeline import (
    DEFAULT_MODELS,
    load_pipeline,
    load_pipelines,
    model_choice_text,
    parse_form,
    parse_model_choice,
    parse_texts,
    pipeline_languages,
)

__all__ = [
    "DEFAULT_MODELS",
    "load_pipeline",
    "load_pipelines",
    "model_choice_text",
    "parse_form",
    "parse_model_choice",
    "parse_texts",
    "pipeline_languages",
]
