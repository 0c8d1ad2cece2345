"""Demo content of the site-wide pages, written as data: one entry per language."""

PARTNERS = [
    {
        "key": "modacc",
        "name": "Modacc",
        "country": "ES",
        "region": "Catalonia",
        "website": "https://www.modacc.cat",
        "description": {
            "en": "The Catalan fashion cluster: more than 100 companies, from yarn spinners to retail brands, working together on innovation, sustainability and internationalisation.",
            "es": "El clúster catalán de la moda: más de 100 empresas, de hilaturas a marcas de distribución, que trabajan juntas en innovación, sostenibilidad e internacionalización.",
            "ca": "El clúster català de la moda: més de 100 empreses, de filatures a marques de distribució, que treballen juntes en innovació, sostenibilitat i internacionalització.",
            "fr": "Le cluster catalan de la mode : plus de 100 entreprises, des filatures aux marques de distribution, qui innovent ensemble pour la durabilité et l'international.",
        },
    },
    {
        "key": "bfa",
        "name": "BFA – Bulgarian Fashion Association",
        "country": "BG",
        "region": "Bulgaria",
        "website": "https://bgfashion.org",
        "description": {
            "en": "The Bulgarian fashion association connecting apparel manufacturers, designers and suppliers, with a focus on skills, digital tools and export.",
            "bg": "Българската асоциация на модата свързва производители на облекло, дизайнери и доставчици, с фокус върху уменията, дигиталните инструменти и износа.",
            "es": "La asociación búlgara de la moda, que conecta a fabricantes de confección, diseñadores y proveedores, centrada en competencias, herramientas digitales y exportación.",
            "fr": "L'association bulgare de la mode relie fabricants de vêtements, créateurs et fournisseurs, avec un accent sur les compétences, le numérique et l'export.",
        },
    },
    {
        "key": "ea-eco-entreprises",
        "name": "EA Eco-entreprises",
        "country": "FR",
        "region": "Provence-Alpes-Côte d'Azur",
        "website": "https://www.ea-ecoentreprises.com",
        "description": {
            "en": "The cluster of environmental and circular-economy companies of southern France, supporting textile SMEs in eco-design, recycling and new business models.",
            "fr": "Le pôle des éco-entreprises du sud de la France, qui accompagne les PME textiles dans l'écoconception, le recyclage et les nouveaux modèles économiques.",
            "es": "El clúster de ecoempresas del sur de Francia, que acompaña a las pymes textiles en ecodiseño, reciclaje y nuevos modelos de negocio.",
            "ca": "El clúster d'ecoempreses del sud de França, que acompanya les pimes tèxtils en ecodisseny, reciclatge i nous models de negoci.",
        },
    },
    {
        "key": "iconic",
        "name": "ICONIC",
        "country": "RO",
        "region": "North-East Romania",
        "website": "https://www.iconic-cluster.ro",
        "description": {
            "en": "The Romanian textile and clothing cluster of the North-East region, bringing manufacturers, universities and public bodies together around innovation.",
            "ro": "Clusterul românesc de textile și confecții din regiunea Nord-Est, care reunește producători, universități și instituții publice în jurul inovării.",
            "es": "El clúster rumano del textil y la confección de la región Nordeste, que reúne a fabricantes, universidades y organismos públicos en torno a la innovación.",
            "fr": "Le cluster roumain du textile et de l'habillement de la région Nord-Est, qui réunit fabricants, universités et organismes publics autour de l'innovation.",
        },
    },
    {
        "key": "lifestyle-design-cluster",
        "name": "Lifestyle & Design Cluster",
        "country": "DK",
        "region": "Denmark",
        "website": "https://www.ldcluster.com",
        "description": {
            "en": "Denmark's national cluster for the lifestyle and design industries, helping fashion and textile companies turn sustainability and digitalisation into growth.",
            "da": "Danmarks nationale klynge for livsstils- og designbranchen, der hjælper mode- og tekstilvirksomheder med at gøre bæredygtighed og digitalisering til vækst.",
            "es": "El clúster nacional danés de las industrias del estilo de vida y el diseño, que ayuda a las empresas de moda y textil a convertir sostenibilidad y digitalización en crecimiento.",
            "fr": "Le cluster national danois des industries du design et de l'art de vivre, qui aide les entreprises de mode et textile à faire de la durabilité et du numérique un levier de croissance.",
        },
    },
]

HOME = {
    "en": {
        "title": "CLOTH Hub",
        "hero_title": "Proven circular and digital practices for fashion and textile SMEs",
        "hero_text": "Case studies, guides and training from five European clusters, to help your company design, make and sell in ways that last.",
        "hero_link_text": "Explore the practices",
        "introduction": "<p>CLOTH Hub gathers what works in the green and digital transition of the European fashion and textile industry: how a Danish brand runs a repair service, how a Catalan knitter cut sampling waste with 3D design, how a Romanian factory prepared for digital product passports. Read the practices, follow a course, and meet peers through the cluster exchange programme.</p>",
        "featured_title": "Featured practices",
    },
    "es": {
        "title": "CLOTH Hub",
        "hero_title": "Prácticas circulares y digitales probadas para pymes de moda y textil",
        "hero_text": "Casos, guías y formación de cinco clústeres europeos para que tu empresa diseñe, fabrique y venda de forma duradera.",
        "hero_link_text": "Explora las prácticas",
        "introduction": "<p>CLOTH Hub reúne lo que funciona en la transición verde y digital de la industria europea de la moda y el textil: cómo una marca danesa gestiona un servicio de reparación, cómo una empresa catalana de punto redujo los residuos de muestras con diseño 3D, cómo una fábrica rumana se preparó para el pasaporte digital de producto.</p>",
        "featured_title": "Prácticas destacadas",
    },
    "ca": {
        "title": "CLOTH Hub",
        "hero_title": "Pràctiques circulars i digitals provades per a pimes de moda i tèxtil",
        "hero_text": "Casos, guies i formació de cinc clústers europeus perquè la teva empresa dissenyi, fabriqui i vengui de manera duradora.",
        "hero_link_text": "Explora les pràctiques",
        "introduction": "<p>CLOTH Hub aplega el que funciona en la transició verda i digital de la indústria europea de la moda i el tèxtil: com una marca danesa gestiona un servei de reparació, com una empresa catalana de gènere de punt va reduir els residus de mostres amb disseny 3D.</p>",
        "featured_title": "Pràctiques destacades",
    },
    "fr": {
        "title": "CLOTH Hub",
        "hero_title": "Des pratiques circulaires et numériques éprouvées pour les PME de la mode et du textile",
        "hero_text": "Études de cas, guides et formations de cinq clusters européens pour concevoir, fabriquer et vendre durablement.",
        "hero_link_text": "Découvrir les pratiques",
        "introduction": "<p>CLOTH Hub rassemble ce qui fonctionne dans la transition verte et numérique de la mode et du textile européens : le service de réparation d'une marque danoise, l'échantillonnage 3D d'un tricoteur catalan, la préparation d'une usine roumaine au passeport numérique des produits.</p>",
        "featured_title": "Pratiques à la une",
    },
    "da": {
        "title": "CLOTH Hub",
        "hero_title": "Afprøvede cirkulære og digitale løsninger for mode- og tekstil-SMV'er",
        "hero_text": "Cases, guider og kurser fra fem europæiske klynger, der hjælper din virksomhed med at designe, producere og sælge holdbart.",
        "hero_link_text": "Se løsningerne",
        "introduction": "<p>CLOTH Hub samler det, der virker i den grønne og digitale omstilling af den europæiske mode- og tekstilbranche: hvordan et dansk brand driver en reparationsservice, og hvordan en rumænsk fabrik gjorde sig klar til digitale produktpas.</p>",
        "featured_title": "Udvalgte løsninger",
    },
    "bg": {
        "title": "CLOTH Hub",
        "hero_title": "Доказани кръгови и дигитални практики за малки и средни предприятия в модата и текстила",
        "hero_text": "Казуси, ръководства и обучения от пет европейски клъстера, за да проектирате, произвеждате и продавате устойчиво.",
        "hero_link_text": "Разгледайте практиките",
        "introduction": "<p>CLOTH Hub събира работещите решения в зеления и дигитален преход на европейската модна и текстилна индустрия: ремонтни услуги, 3D дизайн, дигитални продуктови паспорти и производство при поискване.</p>",
        "featured_title": "Избрани практики",
    },
    "ro": {
        "title": "CLOTH Hub",
        "hero_title": "Practici circulare și digitale dovedite pentru IMM-urile din modă și textile",
        "hero_text": "Studii de caz, ghiduri și cursuri de la cinci clustere europene, ca firma ta să proiecteze, să producă și să vândă durabil.",
        "hero_link_text": "Descoperă practicile",
        "introduction": "<p>CLOTH Hub reunește ce funcționează în tranziția verde și digitală a industriei europene a modei și textilelor: servicii de reparații, design 3D, pașapoarte digitale ale produselor și producție la comandă.</p>",
        "featured_title": "Practici recomandate",
    },
}

ABOUT = {
    "slug": "about",
    "en": {
        "title": "About the alliance",
        "introduction": "Five cluster organisations from Spain, Bulgaria, France, Romania and Denmark joined forces to speed up the green and digital transition of fashion and textile SMEs.",
        "body": [
            ("heading", {"text": "Why an alliance", "level": "h2"}),
            (
                "paragraph",
                "<p>Most European fashion and textile companies are small. Each of them faces the same questions: how to take back and recycle garments, how to prove where fibres come from, how to sample without shipping prototypes across the world. Answers exist, but they are scattered across regions and languages. The alliance collects them, tests them with SMEs and shares them in seven languages.</p>",
            ),
            ("heading", {"text": "What we do", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>We publish case studies and guides written with the companies that did the work.</li><li>We train cluster managers and SME staff through short online courses.</li><li>We run about 100 short exchanges between clusters and companies of our five countries.</li><li>We map the textile and fashion ecosystem of each partner region.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Join the programme",
                    "text": "<p>SMEs and support organisations from our five regions can take part in exchanges and courses free of charge. Ask your regional cluster.</p>",
                },
            ),
        ],
    },
    "es": {
        "slug": "sobre-la-alianza",
        "title": "Sobre la alianza",
        "introduction": "Cinco organizaciones clúster de España, Bulgaria, Francia, Rumanía y Dinamarca unen fuerzas para acelerar la transición verde y digital de las pymes de moda y textil.",
        "body": [
            ("heading", {"text": "Por qué una alianza", "level": "h2"}),
            (
                "paragraph",
                "<p>La mayoría de las empresas europeas de moda y textil son pequeñas y comparten las mismas preguntas: cómo recoger y reciclar prendas, cómo demostrar el origen de las fibras, cómo muestrear sin enviar prototipos por todo el mundo. Las respuestas existen, pero están dispersas entre regiones e idiomas. La alianza las reúne, las prueba con pymes y las comparte en siete idiomas.</p>",
            ),
            ("heading", {"text": "Qué hacemos", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Publicamos casos y guías escritos con las empresas que hicieron el trabajo.</li><li>Formamos a gestores de clúster y personal de pymes con cursos breves en línea.</li><li>Organizamos unos 100 intercambios cortos entre clústeres y empresas de nuestros cinco países.</li></ul>",
            ),
        ],
    },
    "fr": {
        "slug": "a-propos-de-l-alliance",
        "title": "À propos de l'alliance",
        "introduction": "Cinq clusters d'Espagne, de Bulgarie, de France, de Roumanie et du Danemark unissent leurs forces pour accélérer la transition verte et numérique des PME de la mode et du textile.",
        "body": [
            ("heading", {"text": "Pourquoi une alliance", "level": "h2"}),
            (
                "paragraph",
                "<p>La plupart des entreprises européennes de la mode et du textile sont petites et se posent les mêmes questions : comment collecter et recycler les vêtements, comment prouver l'origine des fibres, comment échantillonner sans expédier de prototypes. Les réponses existent, mais elles sont dispersées. L'alliance les rassemble, les teste avec des PME et les partage en sept langues.</p>",
            ),
        ],
    },
    "ca": {
        "slug": "sobre-l-alianca",
        "title": "Sobre l'aliança",
        "introduction": "Cinc organitzacions clúster d'Espanya, Bulgària, França, Romania i Dinamarca uneixen forces per accelerar la transició verda i digital de les pimes de moda i tèxtil.",
        "body": [
            ("heading", {"text": "Per què una aliança", "level": "h2"}),
            (
                "paragraph",
                "<p>La majoria de les empreses europees de moda i tèxtil són petites i comparteixen les mateixes preguntes: com recollir i reciclar peces, com demostrar l'origen de les fibres, com fer mostres sense enviar prototips arreu del món. L'aliança aplega les respostes i les comparteix en set llengües.</p>",
            ),
        ],
    },
}

PARTNERS_PAGE = {
    "slug": "partners",
    "en": {
        "title": "Partners",
        "introduction": "The five cluster organisations that run CLOTH Hub, each rooted in its own regional ecosystem.",
        "body": [],
    },
    "es": {
        "slug": "socios",
        "title": "Socios",
        "introduction": "Las cinco organizaciones clúster que impulsan CLOTH Hub, cada una arraigada en su ecosistema regional.",
        "body": [],
    },
    "fr": {
        "slug": "partenaires",
        "title": "Partenaires",
        "introduction": "Les cinq clusters qui animent CLOTH Hub, chacun ancré dans son écosystème régional.",
        "body": [],
    },
    "da": {
        "slug": "partnere",
        "title": "Partnere",
        "introduction": "De fem klyngeorganisationer bag CLOTH Hub, hver med rødder i sit eget regionale økosystem.",
        "body": [],
    },
}

ROADMAP_MILESTONES = [
    (
        "Alliance kick-off and joint strategy agreed",
        "2025-01-15",
        "done",
        "The five partners agreed the joint strategy for the green and digital transition of textile SMEs.",
    ),
    (
        "Regional mapping studies published",
        "2025-06-30",
        "done",
        "Trends and challenges of the textile ecosystem in Catalonia, Bulgaria, Provence, North-East Romania and Denmark.",
    ),
    (
        "CLOTH Hub opens with the first 30 practices",
        "2025-11-20",
        "done",
        "Case studies and guides in seven languages, searchable by topic.",
    ),
    (
        "First 50 cluster exchanges completed",
        "2026-06-30",
        "in_progress",
        "Short visits between SMEs, clusters and support organisations of the five countries.",
    ),
    (
        "Training programme for cluster managers",
        "2026-09-30",
        "in_progress",
        "Courses on circular business models, digital product passports and cluster management excellence.",
    ),
    (
        "100 exchanges and the final strategy roadmap",
        "2027-06-30",
        "planned",
        "Lessons learned, programme figures and a roadmap for the years after the project.",
    ),
]

ROADMAP = {
    "slug": "strategy-and-roadmap",
    "en": {
        "title": "Strategy and roadmap",
        "introduction": "Our joint strategy sets three goals: make circular practices the norm for textile SMEs, make their data travel with their products, and make clusters stronger partners in both.",
        "body_intro": "<p>Each milestone below is tracked by the consortium. Done milestones link to what they delivered on the hub.</p>",
        "roadmap_title": "Milestones",
    },
    "es": {
        "slug": "estrategia-y-hoja-de-ruta",
        "title": "Estrategia y hoja de ruta",
        "introduction": "Nuestra estrategia conjunta fija tres objetivos: que las prácticas circulares sean la norma en las pymes textiles, que sus datos viajen con sus productos y que los clústeres sean mejores aliados en ambas cosas.",
        "body_intro": "<p>El consorcio sigue cada uno de estos hitos.</p>",
        "roadmap_title": "Hitos",
    },
    "fr": {
        "slug": "strategie-et-feuille-de-route",
        "title": "Stratégie et feuille de route",
        "introduction": "Notre stratégie commune fixe trois objectifs : faire des pratiques circulaires la norme des PME textiles, faire voyager leurs données avec leurs produits, et renforcer les clusters dans ces deux missions.",
        "body_intro": "<p>Le consortium suit chacune de ces étapes.</p>",
        "roadmap_title": "Étapes",
    },
}
