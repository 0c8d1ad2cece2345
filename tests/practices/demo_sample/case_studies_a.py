ORGANISATIONS = [
    {
        "key": "fibra-sl",
        "name": "Fibra SL",
        "org_type": "sme",
        "size": "micro",
        "country": "ES",
        "region": "Catalonia",
        "website": "https://fibra.example",
    },
]


def texts(title, slug, lang):
    return {
        "title": title,
        "slug": slug,
        "summary": f"Summary of {title}.",
        "challenge": f"<p>Challenge ({lang}).</p>",
        "solution": f"<p>Solution ({lang}).</p>",
        "results": "<p>Results.</p>",
        "lessons_learned": "<p>Lessons.</p>",
        "how_to_replicate": "<p>Replicate.</p>",
    }


CASE_STUDIES = [
    {
        "key": "dk-loop-denim",
        "section": "lifestyle-design-cluster",
        "country": "DK",
        "region": "Capital Region of Denmark",
        "year": 2024,
        "organisations": ["loop-aps"],
        "topics": ["recycled-fibres", "digital-product-passport"],
        "stages": ["end-of-life"],
        "strategies": ["recycle"],
        "technologies": ["traceability-dpp"],
        "sdgs": [12, 8],
        "tags": ["denim", "digital product passport"],
        "author": "Mette Holm",
        "original_language": "da",
        "publication_date": "2025-03-12",
        "last_reviewed": "2025-10-01",
        "review_owner": "Lifestyle & Design Cluster",
        "contact": {
            "name": "Jonas Berg",
            "role": "Head of after-sales",
            "email": "jonas@loop.example",
        },
        "metrics": [
            {
                "value": "38",
                "unit": "%",
                "baseline": "2022–2024",
                "labels": {"en": "Jeans repaired", "es": "Vaqueros reparados"},
            },
            {
                "value": "4200",
                "unit": "",
                "units": {"en": "pairs", "es": "pares"},
                "baseline": "",
                "labels": {"en": "Pairs repaired", "es": "Pares reparados"},
            },
        ],
        "featured": True,
        "translations": {
            "en": texts("Recycled denim with passports", "recycled-denim", "en"),
            "es": texts("Vaqueros reciclados con pasaporte", "vaqueros-reciclados", "es"),
            "fr": texts("Denim recyclé avec passeport", "denim-recycle", "fr"),
            "da": texts("Genanvendt denim med pas", "genanvendt-denim", "da"),
        },
    },
    {
        "key": "es-fibra-yarn",
        "section": "modacc",
        "country": "ES",
        "region": "Catalonia",
        "year": 2023,
        "organisations": ["fibra-sl"],
        "topics": ["recycled-fibres"],
        "stages": [],
        "strategies": [],
        "technologies": [],
        "sdgs": [12],
        "tags": ["yarn"],
        "author": "Modacc",
        "original_language": "es",
        "publication_date": "2024-01-10",
        "last_reviewed": "",
        "review_owner": "",
        "contact": {},
        "metrics": [],
        "featured": False,
        "translations": {
            "en": texts("Recycled yarn", "recycled-yarn", "en"),
            "es": texts("Hilo reciclado", "hilo-reciclado", "es"),
        },
    },
]
