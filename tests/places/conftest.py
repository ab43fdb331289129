from tests.actors.conftest import GAZETTEER_FILES, REGISTRY_FILES, build_nlp, link_nlp, mention_at, run  # noqa: F401
