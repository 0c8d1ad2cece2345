ORGANISATIONS = [
    {
        "key": "loop-aps",
        "name": "Loop ApS",
        "org_type": "sme",
        "size": "small",
        "country": "DK",
        "region": "Capital Region of Denmark",
        "website": "https://loop.example",
    },
]
