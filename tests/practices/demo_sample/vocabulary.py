"""A tiny vocabulary in the schema of practices/demo_data/vocabulary.py (for loader tests)."""

LANGS = ("en", "es", "ca", "fr", "da", "bg", "ro")


def names(en, es):
    return {
        code: (es if code == "es" else f"{en} [{code}]" if code != "en" else en) for code in LANGS
    }


VOCABULARY = {
    "topic": [
        {
            "slug": "recycled-fibres",
            "family": "circular",
            "names": names("Recycled fibres", "Fibras recicladas"),
        },
        {
            "slug": "digital-product-passport",
            "family": "digital",
            "names": names("Digital product passport", "Pasaporte digital de producto"),
        },
    ],
    "stage": [{"slug": "end-of-life", "names": names("End of life", "Fin de vida")}],
    "strategy": [{"slug": "recycle", "names": names("Recycle", "Reciclar")}],
    "technology": [
        {
            "slug": "traceability-dpp",
            "names": names("Traceability and digital product passport", "Trazabilidad"),
        }
    ],
    "org_type": [{"slug": "sme", "names": names("SME", "Pyme")}],
}
