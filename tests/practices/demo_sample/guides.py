GUIDES = [
    {
        "key": "guide-passport",
        "section": "lifestyle-design-cluster",
        "topics": ["digital-product-passport"],
        "stages": ["end-of-life"],
        "tags": ["digital product passport"],
        "audience": "sme",
        "difficulty": "intermediate",
        "time_to_implement": "6–12 months",
        "related_case_studies": ["dk-loop-denim", "es-fibra-yarn"],
        "author": "Lifestyle & Design Cluster",
        "original_language": "en",
        "publication_date": "2025-05-01",
        "last_reviewed": "2025-09-15",
        "review_owner": "Lifestyle & Design Cluster",
        "translations": {
            "en": {
                "title": "Prepare for the digital product passport",
                "slug": "prepare-dpp",
                "summary": "Five steps.",
                "time_to_implement": "6 to 12 months",
                "steps": [
                    {"title": "Map your data", "text": "<p>List what you know.</p>"},
                    {"title": "Choose a carrier", "text": "<p>QR or NFC.</p>"},
                ],
                "checklist": ["Data mapped", "Carrier chosen"],
            },
            "es": {
                "title": "Prepárese para el pasaporte digital",
                "slug": "preparar-pasaporte",
                "summary": "Cinco pasos.",
                "time_to_implement": "De 6 a 12 meses",
                "steps": [{"title": "Mapee sus datos", "text": "<p>Liste lo que sabe.</p>"}],
                "checklist": ["Datos mapeados"],
            },
        },
    },
]
