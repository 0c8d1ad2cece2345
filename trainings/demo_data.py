"""Demo content of the trainings app, written as data and loaded by ``load_trainings_demo``.

Every text is a ``{language code: text}`` dictionary; languages a text lacks are not created for
that page. Lesson bodies are lists of ``(block type, value)`` with the languages inside each block,
so that every translation has the same blocks (and the same block ids, which progress and
knowledge-check attempts are keyed on). Block types: heading, paragraph, callout, quote, check.

Companies named here are invented for teaching; figures are plausible orders of magnitude, not
statistics to quote.
"""

INDEX = {
    "slug": "training",
    "title": {
        "en": "Training",
        "es": "Formación",
        "ca": "Formació",
        "fr": "Formation",
        "da": "Kurser",
        "bg": "Обучение",
        "ro": "Formare",
    },
    "introduction": {
        "en": "Free online courses of the alliance's capacity-building programme for cluster managers and SME staff: circular business models, digital product passports and cluster management. Read any lesson without an account; sign in to track your progress, answer the knowledge checks and earn a certificate.",
        "es": "Cursos en línea gratuitos del programa de capacitación de la alianza para gestores de clústeres y personal de pymes: modelos de negocio circulares, pasaportes digitales de producto y gestión de clústeres. Lee cualquier lección sin cuenta; inicia sesión para seguir tu progreso, responder a las preguntas de repaso y obtener un certificado.",
        "ca": "Cursos en línia gratuïts del programa de capacitació de l'aliança per a gestors de clústers i personal de pimes: models de negoci circulars, passaports digitals de producte i gestió de clústers. Llegeix qualsevol lliçó sense compte; inicia la sessió per seguir el teu progrés, respondre les preguntes de repàs i obtenir un certificat.",
        "fr": "Des cours en ligne gratuits du programme de renforcement des compétences de l'alliance, pour les responsables de clusters et les équipes de PME : modèles économiques circulaires, passeports numériques des produits et management de cluster. Lisez les leçons sans compte ; connectez-vous pour suivre votre progression, répondre aux quiz et obtenir un certificat.",
        "da": "Gratis onlinekurser fra alliancens kompetenceprogram for klyngeledere og medarbejdere i SMV'er: cirkulære forretningsmodeller, digitale produktpas og klyngeledelse. Kurserne findes indtil videre på engelsk, spansk og fransk.",
        "bg": "Безплатни онлайн курсове от програмата за изграждане на капацитет на алианса за мениджъри на клъстери и служители на МСП: кръгови бизнес модели, цифрови продуктови паспорти и управление на клъстери. Засега курсовете са на английски, испански и френски език.",
        "ro": "Cursuri online gratuite din programul de consolidare a capacităților al alianței, pentru managerii de clustere și personalul IMM-urilor: modele de afaceri circulare, pașapoarte digitale ale produselor și managementul clusterelor. Deocamdată, cursurile sunt disponibile în engleză, spaniolă și franceză.",
    },
}

# --- Course 1: circular business models ----------------------------------------------------------

CIRCULAR_BUSINESS_MODELS = {
    "key": "cbm",
    "slug": "circular-business-models",
    "audience": "sme-managers",
    "level": "beginner",
    "estimated_duration": 150,
    "topics": ["resale-and-rental", "repair-and-care", "take-back-and-sorting", "eco-design"],
    "tags": ["business model", "rental", "repair service", "take-back", "pilot"],
    "last_reviewed": "2025-09-30",
    "review_owner": "Modacc",
    "prerequisites": [],
    "title": {
        "en": "Circular business models for fashion SMEs",
        "es": "Modelos de negocio circulares para pymes de moda",
        "fr": "Modèles économiques circulaires pour les PME de la mode",
    },
    "summary": {
        "en": "Understand where a fashion SME can earn money from garments it has already sold — resale, repair, rental and take-back — and plan a 90-day pilot to test one model with real customers.",
        "es": "Entiende dónde puede ganar dinero una pyme de moda con prendas que ya ha vendido —reventa, reparación, alquiler y recogida— y planifica un piloto de 90 días para probar un modelo con clientes reales.",
        "fr": "Comprenez où une PME de la mode peut créer de la valeur avec des vêtements déjà vendus — revente, réparation, location et reprise — et préparez un pilote de 90 jours pour tester un modèle avec de vrais clients.",
    },
    "audience_detail": {
        "en": "Owners, managers and product teams of brands and manufacturers with 5 to 250 staff",
        "es": "Propietarios, directivos y equipos de producto de marcas y fabricantes de 5 a 250 personas",
        "fr": "Dirigeants, managers et équipes produit de marques et fabricants de 5 à 250 salariés",
    },
    "objectives": [
        {
            "en": "Explain the four families of circular business models and where each creates value",
            "es": "Explicar las cuatro familias de modelos de negocio circulares y dónde crea valor cada una",
            "fr": "Expliquer les quatre familles de modèles économiques circulaires et où chacune crée de la valeur",
        },
        {
            "en": "Estimate the margin of a second-life garment, including reverse-logistics costs",
            "es": "Estimar el margen de una prenda de segunda vida, incluidos los costes de logística inversa",
            "fr": "Estimer la marge d'un vêtement de seconde main, coûts de logistique inverse compris",
        },
        {
            "en": "Choose a model that fits your products, customers and capacity",
            "es": "Elegir un modelo adecuado a tus productos, clientes y capacidad",
            "fr": "Choisir un modèle adapté à vos produits, vos clients et vos capacités",
        },
        {
            "en": "Plan a 90-day pilot with clear indicators and a decision at the end",
            "es": "Planificar un piloto de 90 días con indicadores claros y una decisión al final",
            "fr": "Planifier un pilote de 90 jours avec des indicateurs clairs et une décision à la fin",
        },
    ],
    "modules": [
        {
            "slug": "why-circular-models-pay",
            "title": {
                "en": "Why circular models pay",
                "es": "Por qué los modelos circulares son rentables",
                "fr": "Pourquoi les modèles circulaires sont rentables",
            },
            "introduction": {
                "en": "Where value leaks out of the linear model, and the economics of a garment's second life.",
                "es": "Dónde se pierde valor en el modelo lineal y la economía de la segunda vida de una prenda.",
                "fr": "Où la valeur s'échappe du modèle linéaire, et l'économie de la seconde vie d'un vêtement.",
            },
            "lessons": [
                {
                    "key": "cbm-1-1",
                    "slug": "from-linear-to-circular",
                    "title": {
                        "en": "From linear to circular: where the value is",
                        "es": "De lineal a circular: dónde está el valor",
                        "fr": "Du linéaire au circulaire : où se trouve la valeur",
                    },
                    "summary": {
                        "en": "The linear model sells a garment once and forgets it. Four families of circular models keep earning from it.",
                        "es": "El modelo lineal vende una prenda una vez y se olvida de ella. Cuatro familias de modelos circulares siguen generando ingresos con ella.",
                        "fr": "Le modèle linéaire vend un vêtement une fois et l'oublie. Quatre familles de modèles circulaires continuent d'en tirer des revenus.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>In the linear model a brand designs, produces and sells a garment, and its relationship with that garment ends at the till. Everything that happens afterwards — wearing, washing, mending, passing on, throwing away — creates value or cost for someone else. A good coat is still worth something after five years, but that value goes to a second-hand platform, a charity shop or a landfill, not to the company that made it.</p>",
                                "es": "<p>En el modelo lineal, una marca diseña, produce y vende una prenda, y su relación con ella termina en la caja. Todo lo que ocurre después —usarla, lavarla, arreglarla, pasarla a otra persona, tirarla— genera valor o coste para otros. Un buen abrigo sigue valiendo algo al cabo de cinco años, pero ese valor va a una plataforma de segunda mano, a una tienda solidaria o al vertedero, no a la empresa que lo fabricó.</p>",
                                "fr": "<p>Dans le modèle linéaire, une marque conçoit, produit et vend un vêtement, et sa relation avec lui s'arrête à la caisse. Tout ce qui se passe ensuite — porter, laver, raccommoder, donner, jeter — crée de la valeur ou des coûts pour d'autres. Un bon manteau vaut encore quelque chose au bout de cinq ans, mais cette valeur part vers une plateforme de seconde main, une friperie solidaire ou une décharge, pas vers l'entreprise qui l'a fabriqué.</p>",
                            },
                        ),
                        (
                            "heading",
                            {
                                "en": "Four families of circular models",
                                "es": "Cuatro familias de modelos circulares",
                                "fr": "Quatre familles de modèles circulaires",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Circular business models let the company stay involved after the first sale. For fashion SMEs they fall into four families:</p><ul><li><strong>Resale</strong>: buying back or collecting your own products and selling them again, in your shop, online or through a partner platform.</li><li><strong>Repair and care</strong>: fixing garments for customers, free or paid, and selling care products and spare parts.</li><li><strong>Rental and subscription</strong>: charging for the use of a garment instead of its ownership, for occasions or for fast-growing children.</li><li><strong>Take-back and remanufacture</strong>: collecting what cannot be resold, sorting it, and turning it into new products or recycled fibre.</li></ul>",
                                "es": "<p>Los modelos de negocio circulares permiten a la empresa seguir presente después de la primera venta. Para las pymes de moda se agrupan en cuatro familias:</p><ul><li><strong>Reventa</strong>: recomprar o recoger tus propios productos y venderlos de nuevo, en tu tienda, en línea o a través de una plataforma aliada.</li><li><strong>Reparación y cuidado</strong>: arreglar prendas para tus clientes, gratis o de pago, y vender productos de cuidado y recambios.</li><li><strong>Alquiler y suscripción</strong>: cobrar por el uso de una prenda en lugar de por su propiedad, para ocasiones especiales o para niños que crecen deprisa.</li><li><strong>Recogida y refabricación</strong>: recoger lo que no puede revenderse, clasificarlo y convertirlo en nuevos productos o en fibra reciclada.</li></ul>",
                                "fr": "<p>Les modèles économiques circulaires permettent à l'entreprise de rester présente après la première vente. Pour les PME de la mode, ils se rangent en quatre familles :</p><ul><li><strong>Revente</strong> : racheter ou collecter vos propres produits et les revendre, en boutique, en ligne ou via une plateforme partenaire.</li><li><strong>Réparation et entretien</strong> : réparer les vêtements des clients, gratuitement ou non, et vendre des produits d'entretien et des pièces détachées.</li><li><strong>Location et abonnement</strong> : faire payer l'usage d'un vêtement plutôt que sa propriété, pour une occasion ou pour des enfants qui grandissent vite.</li><li><strong>Reprise et refabrication</strong> : collecter ce qui ne peut pas être revendu, le trier et en faire de nouveaux produits ou de la fibre recyclée.</li></ul>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Take Teixits Vallès, a knitwear maker near Sabadell with 38 employees. Its merino jumpers last ten years, yet the company earned nothing after the first sale. In 2023 it started buying back jumpers for a 20&nbsp;€ voucher, washing and mending them in its own workshop and reselling them online at 55 % of the new price. In the first year, 1,400 jumpers came back; 1,050 were resold, 250 were unravelled into yarn for a recycled line, and only 100 went to a textile sorter.</p>",
                                "es": "<p>Pensemos en Teixits Vallès, un fabricante de género de punto cerca de Sabadell con 38 trabajadores. Sus jerséis de merino duran diez años y, sin embargo, la empresa no ganaba nada después de la primera venta. En 2023 empezó a recomprar jerséis a cambio de un vale de 20&nbsp;€, a lavarlos y repararlos en su propio taller y a revenderlos en línea al 55 % del precio de nuevo. El primer año volvieron 1.400 jerséis: 1.050 se revendieron, 250 se deshicieron para obtener hilo para una línea reciclada y solo 100 fueron a un clasificador textil.</p>",
                                "fr": "<p>Prenons Teixits Vallès, un fabricant de maille près de Sabadell qui emploie 38 personnes. Ses pulls en mérinos durent dix ans, mais l'entreprise ne gagnait rien après la première vente. En 2023, elle a commencé à racheter les pulls contre un bon d'achat de 20&nbsp;€, à les laver et les réparer dans son atelier, puis à les revendre en ligne à 55 % du prix neuf. La première année, 1 400 pulls sont revenus : 1 050 ont été revendus, 250 détricotés pour fournir du fil à une ligne recyclée, et seulement 100 sont partis chez un trieur textile.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "info",
                                "title": {
                                    "en": "Why now",
                                    "es": "Por qué ahora",
                                    "fr": "Pourquoi maintenant",
                                },
                                "text": {
                                    "en": "<p>European rules are making producers responsible for their textiles after use: separate collection of textile waste, extended producer responsibility schemes and ecodesign requirements. A company that already knows how to get its products back will find these obligations cheaper to meet.</p>",
                                    "es": "<p>Las normas europeas hacen responsables a los productores de sus textiles después del uso: recogida separada de residuos textiles, sistemas de responsabilidad ampliada del productor y requisitos de ecodiseño. Una empresa que ya sabe recuperar sus productos cumplirá estas obligaciones con menos coste.</p>",
                                    "fr": "<p>Les règles européennes rendent les producteurs responsables de leurs textiles après usage : collecte séparée des déchets textiles, filières de responsabilité élargie du producteur et exigences d'écoconception. Une entreprise qui sait déjà récupérer ses produits remplira ces obligations à moindre coût.</p>",
                                },
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>None of these models is a charity project. Each one has a revenue line, costs and a margin that you can estimate before you start. The next lesson shows how.</p>",
                                "es": "<p>Ninguno de estos modelos es un proyecto benéfico. Cada uno tiene una línea de ingresos, unos costes y un margen que puedes estimar antes de empezar. La próxima lección muestra cómo.</p>",
                                "fr": "<p>Aucun de ces modèles n'est une œuvre de charité. Chacun a une ligne de revenus, des coûts et une marge que vous pouvez estimer avant de vous lancer. La leçon suivante montre comment.</p>",
                            },
                        ),
                    ],
                },
                {
                    "key": "cbm-1-2",
                    "slug": "economics-of-second-life",
                    "title": {
                        "en": "The economics of a garment's second life",
                        "es": "La economía de la segunda vida de una prenda",
                        "fr": "L'économie de la seconde vie d'un vêtement",
                    },
                    "summary": {
                        "en": "A resale margin is decided less by the selling price than by what it costs to handle each item on its way back.",
                        "es": "El margen de la reventa depende menos del precio de venta que de lo que cuesta manipular cada artículo en su camino de vuelta.",
                        "fr": "La marge de la revente dépend moins du prix de vente que du coût de traitement de chaque article sur le chemin du retour.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>A second-hand garment has no material cost in the usual sense: you made it years ago. Its cost is the work of bringing it back and making it sellable again. That is why the first question of any resale model is not 'what can we sell it for?' but 'what does one item cost us between the customer's wardrobe and the next buyer?'</p>",
                                "es": "<p>Una prenda de segunda mano no tiene coste de material en el sentido habitual: la fabricaste hace años. Su coste es el trabajo de recuperarla y volver a hacerla vendible. Por eso la primera pregunta de cualquier modelo de reventa no es «¿a cuánto podemos venderla?», sino «¿cuánto nos cuesta cada artículo entre el armario del cliente y el siguiente comprador?».</p>",
                                "fr": "<p>Un vêtement de seconde main n'a pas de coût matière au sens habituel : vous l'avez fabriqué il y a des années. Son coût, c'est le travail nécessaire pour le récupérer et le rendre de nouveau vendable. C'est pourquoi la première question de tout modèle de revente n'est pas « à combien peut-on le vendre ? » mais « combien nous coûte chaque article entre la penderie du client et le prochain acheteur ? ».</p>",
                            },
                        ),
                        (
                            "heading",
                            {
                                "en": "The handling cost per item",
                                "es": "El coste de manipulación por artículo",
                                "fr": "Le coût de traitement par article",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Add up every step: the incentive paid to the customer (voucher or cash), inbound shipping, inspection and grading, cleaning, small repairs, photography, writing the listing, storage, packing and outbound shipping, plus returns. For Teixits Vallès the steps cost about 14&nbsp;€ per jumper in the first months: 4&nbsp;€ shipping, 3&nbsp;€ inspection and washing, 3.50&nbsp;€ repairs on average, 2&nbsp;€ photos and listing, 1.50&nbsp;€ packing. The 20&nbsp;€ voucher came on top, but two thirds of vouchers were spent on new products with a normal margin, so it worked as a sales incentive rather than a pure cost.</p>",
                                "es": "<p>Suma todos los pasos: el incentivo pagado al cliente (vale o dinero), el envío de entrada, la inspección y clasificación, la limpieza, los pequeños arreglos, la fotografía, la redacción del anuncio, el almacenaje, el embalaje y el envío de salida, además de las devoluciones. Para Teixits Vallès estos pasos costaban unos 14&nbsp;€ por jersey en los primeros meses: 4&nbsp;€ de envío, 3&nbsp;€ de inspección y lavado, 3,50&nbsp;€ de arreglos de media, 2&nbsp;€ de fotos y anuncio, 1,50&nbsp;€ de embalaje. El vale de 20&nbsp;€ se sumaba, pero dos tercios de los vales se gastaron en productos nuevos con un margen normal, así que funcionó más como incentivo de venta que como coste puro.</p>",
                                "fr": "<p>Additionnez chaque étape : l'incitation versée au client (bon d'achat ou argent), le transport aller, le contrôle et le tri, le nettoyage, les petites réparations, la photo, la rédaction de l'annonce, le stockage, l'emballage et l'expédition, sans oublier les retours. Pour Teixits Vallès, ces étapes coûtaient environ 14&nbsp;€ par pull les premiers mois : 4&nbsp;€ de transport, 3&nbsp;€ de contrôle et lavage, 3,50&nbsp;€ de réparations en moyenne, 2&nbsp;€ de photos et d'annonce, 1,50&nbsp;€ d'emballage. Le bon de 20&nbsp;€ s'y ajoutait, mais les deux tiers des bons ont été dépensés en produits neufs à marge normale : il a fonctionné comme une incitation à l'achat plus que comme un coût pur.</p>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>A jumper that sells new at 120&nbsp;€ resells at 66&nbsp;€. After VAT, a 14&nbsp;€ handling cost and a share of the voucher, the company keeps roughly 30&nbsp;€ per resold jumper — a better margin in euros than many new products in the low-price range. The same 14&nbsp;€ on a 25&nbsp;€ T-shirt that resells at 12&nbsp;€ would lose money on every item. Resale pays first for durable, higher-priced products; cheap basics are better suited to take-back and recycling.</p>",
                                "es": "<p>Un jersey que se vende nuevo a 120&nbsp;€ se revende a 66&nbsp;€. Descontados el IVA, los 14&nbsp;€ de manipulación y una parte del vale, a la empresa le quedan unos 30&nbsp;€ por jersey revendido: un margen en euros mejor que el de muchos productos nuevos de gama baja. Esos mismos 14&nbsp;€ aplicados a una camiseta de 25&nbsp;€ que se revende a 12&nbsp;€ harían perder dinero con cada artículo. La reventa sale a cuenta primero con productos duraderos y de precio alto; los básicos baratos encajan mejor en la recogida y el reciclaje.</p>",
                                "fr": "<p>Un pull vendu neuf 120&nbsp;€ se revend 66&nbsp;€. Une fois déduits la TVA, les 14&nbsp;€ de traitement et une part du bon d'achat, l'entreprise garde environ 30&nbsp;€ par pull revendu — une meilleure marge en euros que bien des produits neufs d'entrée de gamme. Les mêmes 14&nbsp;€ appliqués à un t-shirt à 25&nbsp;€ revendu 12&nbsp;€ feraient perdre de l'argent sur chaque article. La revente rapporte d'abord sur les produits durables et plus chers ; les basiques bon marché conviennent mieux à la reprise et au recyclage.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": {
                                    "en": "Lower the handling cost first",
                                    "es": "Reduce primero el coste de manipulación",
                                    "fr": "Réduisez d'abord le coût de traitement",
                                },
                                "text": {
                                    "en": "<p>Collect in your shops instead of by post, photograph on a fixed set with a template, reuse the original product descriptions, and batch repairs once a week. Teixits Vallès brought its cost from 14&nbsp;€ to 9&nbsp;€ per jumper within a year this way.</p>",
                                    "es": "<p>Recoge en tus tiendas en lugar de por correo, fotografía en un set fijo con una plantilla, reutiliza las descripciones originales del producto y agrupa los arreglos una vez por semana. Así, Teixits Vallès bajó su coste de 14&nbsp;€ a 9&nbsp;€ por jersey en un año.</p>",
                                    "fr": "<p>Collectez en boutique plutôt que par la poste, photographiez sur un plateau fixe avec un gabarit, réutilisez les descriptions d'origine et regroupez les réparations une fois par semaine. Teixits Vallès a ainsi ramené son coût de 14&nbsp;€ à 9&nbsp;€ par pull en un an.</p>",
                                },
                            },
                        ),
                        (
                            "check",
                            {
                                "kind": "single",
                                "pass_mark": 100,
                                "question": {
                                    "en": "A brand wants to resell its own second-hand products. Which figure decides first whether each resale makes money?",
                                    "es": "Una marca quiere revender sus propios productos de segunda mano. ¿Qué cifra decide primero si cada reventa gana dinero?",
                                    "fr": "Une marque veut revendre ses propres produits d'occasion. Quel chiffre détermine d'abord si chaque revente rapporte ?",
                                },
                                "options": [
                                    (
                                        {
                                            "en": "The original production cost of the garment",
                                            "es": "El coste de producción original de la prenda",
                                            "fr": "Le coût de production d'origine du vêtement",
                                        },
                                        False,
                                        {
                                            "en": "That cost was paid and recovered with the first sale years ago; it does not change the resale decision.",
                                            "es": "Ese coste se pagó y se recuperó con la primera venta hace años; no cambia la decisión de revender.",
                                            "fr": "Ce coût a été payé et amorti lors de la première vente, il y a des années ; il ne change pas la décision de revendre.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "The handling cost per item compared with the resale price",
                                            "es": "El coste de manipulación por artículo comparado con el precio de reventa",
                                            "fr": "Le coût de traitement par article comparé au prix de revente",
                                        },
                                        True,
                                        {
                                            "en": "Right: collection, grading, cleaning, repair, listing and shipping must stay well below the resale price.",
                                            "es": "Correcto: recogida, clasificación, limpieza, arreglo, anuncio y envío deben quedar muy por debajo del precio de reventa.",
                                            "fr": "Exact : collecte, tri, nettoyage, réparation, annonce et expédition doivent rester bien en dessous du prix de revente.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "The number of followers on social media",
                                            "es": "El número de seguidores en redes sociales",
                                            "fr": "Le nombre d'abonnés sur les réseaux sociaux",
                                        },
                                        False,
                                        {
                                            "en": "An audience helps to sell, but it does not tell you whether each sale covers its costs.",
                                            "es": "Una audiencia ayuda a vender, pero no dice si cada venta cubre sus costes.",
                                            "fr": "Une audience aide à vendre, mais elle ne dit pas si chaque vente couvre ses coûts.",
                                        },
                                    ),
                                ],
                                "explanation": {
                                    "en": "<p>Resale margin = resale price − VAT − handling cost per item − incentive paid. Work on the handling cost first: it is the figure you control.</p>",
                                    "es": "<p>Margen de reventa = precio de reventa − IVA − coste de manipulación por artículo − incentivo pagado. Trabaja primero el coste de manipulación: es la cifra que controlas.</p>",
                                    "fr": "<p>Marge de revente = prix de revente − TVA − coût de traitement par article − incitation versée. Travaillez d'abord le coût de traitement : c'est le chiffre que vous maîtrisez.</p>",
                                },
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

CIRCULAR_BUSINESS_MODELS["modules"].append(
    {
        "slug": "choosing-and-testing-your-model",
        "title": {
            "en": "Choosing and testing your model",
            "es": "Elegir y probar tu modelo",
            "fr": "Choisir et tester votre modèle",
        },
        "introduction": {
            "en": "Repair services and rental in practice, and a 90-day pilot to test a model before investing.",
            "es": "Servicios de reparación y alquiler en la práctica, y un piloto de 90 días para probar un modelo antes de invertir.",
            "fr": "Services de réparation et location en pratique, et un pilote de 90 jours pour tester un modèle avant d'investir.",
        },
        "lessons": [
            {
                "key": "cbm-2-1",
                "slug": "repair-services-that-build-loyalty",
                "title": {
                    "en": "Repair services that build loyalty",
                    "es": "Servicios de reparación que fidelizan",
                    "fr": "Des services de réparation qui fidélisent",
                },
                "summary": {
                    "en": "How a denim brand turned free repairs into repeat visits, and what a repair service needs to run.",
                    "es": "Cómo una marca de denim convirtió las reparaciones gratuitas en visitas repetidas, y qué necesita un servicio de reparación para funcionar.",
                    "fr": "Comment une marque de denim a transformé des réparations gratuites en visites répétées, et ce qu'il faut pour faire tourner un service de réparation.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "en": "<p>Repair is the simplest circular service to start: you already know how your products are made, you have the fabrics and trims, and customers understand the offer immediately. It also answers a frequent complaint — 'I loved these jeans, but the crotch wore through' — with a visit to your shop instead of a purchase elsewhere.</p>",
                            "es": "<p>La reparación es el servicio circular más sencillo para empezar: ya sabes cómo están hechos tus productos, tienes los tejidos y las fornituras, y el cliente entiende la oferta al instante. Además, responde a una queja frecuente —«me encantaban estos vaqueros, pero se rompieron por la entrepierna»— con una visita a tu tienda en lugar de una compra en otra parte.</p>",
                            "fr": "<p>La réparation est le service circulaire le plus simple à lancer : vous savez déjà comment vos produits sont fabriqués, vous avez les tissus et les fournitures, et le client comprend l'offre immédiatement. Elle répond aussi à une plainte fréquente — « j'adorais ce jean, mais l'entrejambe a lâché » — par une visite dans votre boutique plutôt qu'un achat ailleurs.</p>",
                        },
                    ),
                    (
                        "heading",
                        {
                            "en": "A Copenhagen example",
                            "es": "Un ejemplo de Copenhague",
                            "fr": "Un exemple à Copenhague",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "en": "<p>Nordvind Denim, a brand with four shops in Denmark, offers free repairs for life on its jeans. A tailor works three days a week at the back of the Copenhagen shop; the other shops send jeans there in a weekly bag. A typical repair takes 25 minutes and costs the company about 11&nbsp;€ in time and materials. In 2024 the service handled 3,200 repairs. Four in ten customers who came for a repair bought something during the visit or within a month, and the brand's repurchase rate among repair customers was twice that of other customers.</p>",
                            "es": "<p>Nordvind Denim, una marca con cuatro tiendas en Dinamarca, ofrece reparaciones gratuitas de por vida en sus vaqueros. Un sastre trabaja tres días a la semana en la trastienda de la tienda de Copenhague; las demás tiendas le envían los vaqueros en una bolsa semanal. Un arreglo típico lleva 25 minutos y cuesta a la empresa unos 11&nbsp;€ en tiempo y materiales. En 2024 el servicio hizo 3.200 reparaciones. Cuatro de cada diez clientes que vinieron a reparar compraron algo durante la visita o en el mes siguiente, y la tasa de recompra de los clientes de reparación duplicaba la del resto.</p>",
                            "fr": "<p>Nordvind Denim, une marque qui compte quatre boutiques au Danemark, offre la réparation à vie de ses jeans. Un retoucheur travaille trois jours par semaine dans l'arrière-boutique de Copenhague ; les autres boutiques lui envoient les jeans dans un sac hebdomadaire. Une réparation type prend 25 minutes et coûte à l'entreprise environ 11&nbsp;€ en temps et en matières. En 2024, le service a traité 3 200 réparations. Quatre clients sur dix venus pour une réparation ont acheté quelque chose pendant la visite ou dans le mois, et le taux de réachat des clients de la réparation était le double de celui des autres clients.</p>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": {
                                "en": "We stopped seeing repairs as a cost of the guarantee. They are the cheapest way we have to bring a loyal customer back into the shop.",
                                "es": "Dejamos de ver las reparaciones como un coste de la garantía. Son la forma más barata que tenemos de traer de vuelta a la tienda a un cliente fiel.",
                                "fr": "Nous avons cessé de voir les réparations comme un coût de garantie. C'est le moyen le moins cher dont nous disposons pour faire revenir un client fidèle en boutique.",
                            },
                            "attribution": "Head of retail, Nordvind Denim",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "en": "<p>To run a repair service you need four things: a clear promise (free or paid, which products, which damages), a way to receive items (counter, post or partner tailors), a repair capacity with spare fabric and trims, and a simple record of each repair. The record matters more than it seems: it tells the design team which seams fail first. Nordvind moved the bar tacks on its pockets after seeing that 18 % of repairs were torn pocket corners.</p>",
                            "es": "<p>Para un servicio de reparación necesitas cuatro cosas: una promesa clara (gratis o de pago, qué productos, qué daños), una forma de recibir las prendas (mostrador, correo o sastres colaboradores), capacidad de reparación con tejido y fornituras de recambio, y un registro sencillo de cada arreglo. El registro importa más de lo que parece: indica al equipo de diseño qué costuras fallan primero. Nordvind cambió los remates de sus bolsillos al ver que el 18 % de las reparaciones eran esquinas de bolsillo rotas.</p>",
                            "fr": "<p>Pour faire tourner un service de réparation, il faut quatre choses : une promesse claire (gratuite ou payante, quels produits, quels dommages), un moyen de recevoir les articles (comptoir, envoi postal ou retoucheurs partenaires), une capacité de réparation avec tissus et fournitures de rechange, et un relevé simple de chaque réparation. Ce relevé compte plus qu'il n'y paraît : il indique au studio quelles coutures lâchent en premier. Nordvind a déplacé les points d'arrêt de ses poches après avoir constaté que 18 % des réparations concernaient des coins de poche déchirés.</p>",
                        },
                    ),
                    (
                        "check",
                        {
                            "kind": "multiple",
                            "pass_mark": 100,
                            "question": {
                                "en": "Which of these are benefits a brand can expect from running its own repair service? Choose all that apply.",
                                "es": "¿Cuáles de estos beneficios puede esperar una marca de tener su propio servicio de reparación? Elige todos los que correspondan.",
                                "fr": "Parmi ces bénéfices, lesquels une marque peut-elle attendre de son propre service de réparation ? Choisissez toutes les bonnes réponses.",
                            },
                            "options": [
                                (
                                    {
                                        "en": "Customers come back to the shop and often buy during the visit",
                                        "es": "Los clientes vuelven a la tienda y a menudo compran durante la visita",
                                        "fr": "Les clients reviennent en boutique et achètent souvent pendant la visite",
                                    },
                                    True,
                                    {
                                        "en": "Yes: at Nordvind, four in ten repair customers bought something within a month.",
                                        "es": "Sí: en Nordvind, cuatro de cada diez clientes de reparación compraron algo en un mes.",
                                        "fr": "Oui : chez Nordvind, quatre clients de la réparation sur dix ont acheté quelque chose dans le mois.",
                                    },
                                ),
                                (
                                    {
                                        "en": "Repair records show the design team which parts fail first",
                                        "es": "Los registros de reparación muestran al equipo de diseño qué partes fallan primero",
                                        "fr": "Les relevés de réparation montrent au studio quelles pièces lâchent en premier",
                                    },
                                    True,
                                    {
                                        "en": "Yes: this feedback loop improves durability, as the moved bar tacks show.",
                                        "es": "Sí: este circuito de información mejora la durabilidad, como muestran los remates de bolsillo.",
                                        "fr": "Oui : cette boucle de retour améliore la durabilité, comme le montrent les points d'arrêt déplacés.",
                                    },
                                ),
                                (
                                    {
                                        "en": "Repairs always pay for themselves through the repair fee",
                                        "es": "Las reparaciones siempre se pagan solas con lo que se cobra por ellas",
                                        "fr": "Les réparations sont toujours rentabilisées par leur prix",
                                    },
                                    False,
                                    {
                                        "en": "Not always: many brands repair for free and earn the money back through loyalty and extra sales.",
                                        "es": "No siempre: muchas marcas reparan gratis y recuperan el dinero con la fidelidad y las ventas adicionales.",
                                        "fr": "Pas toujours : beaucoup de marques réparent gratuitement et se rattrapent grâce à la fidélité et aux ventes additionnelles.",
                                    },
                                ),
                                (
                                    {
                                        "en": "The company no longer needs to keep spare fabric and trims",
                                        "es": "La empresa ya no necesita guardar tejido y fornituras de recambio",
                                        "fr": "L'entreprise n'a plus besoin de garder des tissus et fournitures de rechange",
                                    },
                                    False,
                                    {
                                        "en": "The opposite: spare materials are one of the four things a repair service needs.",
                                        "es": "Al contrario: los materiales de recambio son una de las cuatro cosas que necesita un servicio de reparación.",
                                        "fr": "C'est l'inverse : les matières de rechange font partie des quatre choses nécessaires à un service de réparation.",
                                    },
                                ),
                            ],
                            "explanation": {
                                "en": "<p>Repair earns its keep through loyalty, extra sales and better design, rarely through the repair fee alone.</p>",
                                "es": "<p>La reparación se rentabiliza con fidelidad, ventas adicionales y mejor diseño, pocas veces solo con lo que se cobra por ella.</p>",
                                "fr": "<p>La réparation se rentabilise par la fidélité, les ventes additionnelles et un meilleur design, rarement par son seul prix.</p>",
                            },
                        },
                    ),
                ],
            },
            {
                "key": "cbm-2-2",
                "slug": "rental-and-subscription",
                "title": {
                    "en": "Rental and subscription: when they work",
                    "es": "Alquiler y suscripción: cuándo funcionan",
                    "fr": "Location et abonnement : quand ça marche",
                },
                "summary": {
                    "en": "Rental works for garments people need briefly or outgrow quickly. The key figure is how many times each item is rented before it wears out.",
                    "es": "El alquiler funciona con prendas que se necesitan poco tiempo o que se quedan pequeñas enseguida. La cifra clave es cuántas veces se alquila cada artículo antes de gastarse.",
                    "fr": "La location fonctionne pour les vêtements dont on a besoin brièvement ou qu'on dépasse vite. Le chiffre clé est le nombre de locations de chaque article avant usure.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "en": "<p>Rental turns one sale into many payments for the same garment. It works where owning is a poor deal for the customer: a dress for one wedding, a ski jacket for one week a year, clothes for a baby who changes size every three months, or workwear that must be cleaned and checked professionally anyway.</p>",
                            "es": "<p>El alquiler convierte una venta en muchos pagos por la misma prenda. Funciona cuando poseer la prenda es un mal negocio para el cliente: un vestido para una boda, una chaqueta de esquí para una semana al año, ropa para un bebé que cambia de talla cada tres meses, o ropa de trabajo que de todos modos debe limpiarse y revisarse profesionalmente.</p>",
                            "fr": "<p>La location transforme une vente en plusieurs paiements pour le même vêtement. Elle fonctionne quand posséder est une mauvaise affaire pour le client : une robe pour un mariage, une veste de ski pour une semaine par an, des vêtements pour un bébé qui change de taille tous les trois mois, ou des vêtements de travail qu'il faut de toute façon nettoyer et contrôler professionnellement.</p>",
                        },
                    ),
                    (
                        "heading",
                        {
                            "en": "Count the turns",
                            "es": "Cuenta las rotaciones",
                            "fr": "Comptez les rotations",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "en": "<p>The figure that decides a rental business is the number of rentals per item over its life, often called turns. Suppose an occasion dress costs 90&nbsp;€ to make and rents for 45&nbsp;€. Each rental costs about 15&nbsp;€ in cleaning, checking and shipping. If the dress is rented 8 times before it is retired, it brings in 360&nbsp;€ against 90&nbsp;€ + 120&nbsp;€ of costs: a healthy margin, and the retired dress can still be sold second-hand. If it is rented only twice, it loses money. Design for rental, with strong seams, adjustable fits and fabrics that survive professional cleaning, raises the number of turns.</p>",
                            "es": "<p>La cifra que decide un negocio de alquiler es el número de alquileres por artículo a lo largo de su vida, las llamadas rotaciones. Supongamos que un vestido de fiesta cuesta 90&nbsp;€ de fabricar y se alquila por 45&nbsp;€. Cada alquiler cuesta unos 15&nbsp;€ de limpieza, revisión y envío. Si el vestido se alquila 8 veces antes de retirarlo, ingresa 360&nbsp;€ frente a 90&nbsp;€ + 120&nbsp;€ de costes: un margen sano, y el vestido retirado aún puede venderse de segunda mano. Si solo se alquila dos veces, pierde dinero. Diseñar para el alquiler, con costuras resistentes, ajustes regulables y tejidos que aguanten la limpieza profesional, aumenta las rotaciones.</p>",
                            "fr": "<p>Le chiffre qui décide d'une activité de location est le nombre de locations par article sur sa durée de vie, qu'on appelle rotations. Supposons qu'une robe de cérémonie coûte 90&nbsp;€ à fabriquer et se loue 45&nbsp;€. Chaque location coûte environ 15&nbsp;€ de nettoyage, de contrôle et de transport. Si la robe est louée 8 fois avant d'être retirée, elle rapporte 360&nbsp;€ pour 90&nbsp;€ + 120&nbsp;€ de coûts : une marge saine, et la robe retirée peut encore être vendue d'occasion. Louée deux fois seulement, elle perd de l'argent. Concevoir pour la location — coutures solides, ajustements réglables, tissus qui supportent le nettoyage professionnel — augmente le nombre de rotations.</p>",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "en": "<p>Subscriptions spread the same logic over time. A Bulgarian kidswear SME, Malko, rents boxes of eight organic-cotton pieces for 29&nbsp;€ a month; when the child grows, the family swaps the box for the next size. Returned pieces are checked, washed and sent out again up to five times, then sold as second-hand bundles. The model only became profitable once Malko reached 600 subscribers in one city, enough to run its own weekly delivery round instead of paying a courier for each box.</p>",
                            "es": "<p>Las suscripciones reparten la misma lógica en el tiempo. Una pyme búlgara de moda infantil, Malko, alquila cajas de ocho prendas de algodón orgánico por 29&nbsp;€ al mes; cuando el niño crece, la familia cambia la caja por la talla siguiente. Las prendas devueltas se revisan, se lavan y vuelven a salir hasta cinco veces, y después se venden en lotes de segunda mano. El modelo solo fue rentable cuando Malko llegó a 600 suscriptores en una ciudad, suficientes para tener su propia ruta de reparto semanal en lugar de pagar a un mensajero por cada caja.</p>",
                            "fr": "<p>Les abonnements étalent la même logique dans le temps. Une PME bulgare de vêtements pour enfants, Malko, loue des box de huit pièces en coton biologique pour 29&nbsp;€ par mois ; quand l'enfant grandit, la famille échange la box contre la taille suivante. Les pièces retournées sont contrôlées, lavées et renvoyées jusqu'à cinq fois, puis vendues en lots d'occasion. Le modèle n'est devenu rentable qu'une fois atteints 600 abonnés dans une ville, assez pour organiser sa propre tournée de livraison hebdomadaire au lieu de payer un coursier pour chaque box.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": {
                                "en": "Rental is a logistics business",
                                "es": "El alquiler es un negocio logístico",
                                "fr": "La location est un métier de logistique",
                            },
                            "text": {
                                "en": "<p>Before launching, check that you can clean, inspect, repair and ship every item within a few days. Late or damaged deliveries destroy trust faster than in ordinary retail.</p>",
                                "es": "<p>Antes de lanzarlo, comprueba que puedes limpiar, revisar, reparar y enviar cada artículo en pocos días. Las entregas tardías o dañadas destruyen la confianza más rápido que en la venta normal.</p>",
                                "fr": "<p>Avant de vous lancer, vérifiez que vous pouvez nettoyer, contrôler, réparer et expédier chaque article en quelques jours. Une livraison en retard ou abîmée détruit la confiance plus vite qu'en vente classique.</p>",
                            },
                        },
                    ),
                ],
            },
            {
                "key": "cbm-2-3",
                "slug": "running-a-90-day-pilot",
                "title": {
                    "en": "Running a 90-day pilot",
                    "es": "Un piloto de 90 días",
                    "fr": "Mener un pilote de 90 jours",
                },
                "summary": {
                    "en": "Test one circular model small and fast, with a hypothesis, a few indicators and a decision date.",
                    "es": "Prueba un modelo circular a pequeña escala y deprisa, con una hipótesis, pocos indicadores y una fecha de decisión.",
                    "fr": "Testez un modèle circulaire en petit et vite, avec une hypothèse, quelques indicateurs et une date de décision.",
                },
                "body": [
                    (
                        "paragraph",
                        {
                            "en": "<p>Most SMEs cannot afford to build a full resale platform or rental operation on a hunch. A pilot answers the question cheaply: will enough customers use the service, and can we run it at a cost that leaves a margin? Ninety days is long enough to see repeat behaviour and short enough to keep everyone's attention.</p>",
                            "es": "<p>La mayoría de las pymes no pueden permitirse montar una plataforma de reventa o un servicio de alquiler completos basándose en una intuición. Un piloto responde a la pregunta con poco dinero: ¿usarán el servicio suficientes clientes y podemos ofrecerlo a un coste que deje margen? Noventa días bastan para ver comportamientos repetidos y son lo bastante cortos para mantener la atención de todos.</p>",
                            "fr": "<p>La plupart des PME ne peuvent pas se permettre de bâtir une plateforme de revente ou une activité de location complète sur une intuition. Un pilote répond à la question à moindre coût : assez de clients utiliseront-ils le service, et pouvons-nous le faire tourner à un coût qui laisse une marge ? Quatre-vingt-dix jours suffisent pour observer des comportements répétés, et c'est assez court pour garder l'attention de tous.</p>",
                        },
                    ),
                    (
                        "heading",
                        {
                            "en": "Five steps",
                            "es": "Cinco pasos",
                            "fr": "Cinq étapes",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "en": "<ol><li><strong>Write the hypothesis</strong> in one sentence: 'At least 5 % of customers who bought a coat in the last three years will return it for a 25&nbsp;€ voucher.'</li><li><strong>Choose three to five indicators</strong>: participation rate, handling cost per item, resale price achieved, share of vouchers spent, customer satisfaction.</li><li><strong>Keep the scope small</strong>: one product category, one shop or one web page, existing staff and tools such as a spreadsheet and your current online shop.</li><li><strong>Measure every week</strong> and write down what surprised you.</li><li><strong>Decide on day 90</strong>: stop, adjust and run a second pilot, or scale up with a budget.</li></ol>",
                            "es": "<ol><li><strong>Escribe la hipótesis</strong> en una frase: «Al menos el 5 % de los clientes que compraron un abrigo en los últimos tres años lo devolverá a cambio de un vale de 25&nbsp;€».</li><li><strong>Elige de tres a cinco indicadores</strong>: tasa de participación, coste de manipulación por artículo, precio de reventa obtenido, proporción de vales gastados, satisfacción del cliente.</li><li><strong>Mantén un alcance reducido</strong>: una categoría de producto, una tienda o una página web, el personal y las herramientas que ya tienes, como una hoja de cálculo y tu tienda en línea actual.</li><li><strong>Mide cada semana</strong> y apunta lo que te sorprenda.</li><li><strong>Decide el día 90</strong>: parar, ajustar y hacer un segundo piloto, o ampliar con un presupuesto.</li></ol>",
                            "fr": "<ol><li><strong>Écrivez l'hypothèse</strong> en une phrase : « Au moins 5 % des clients ayant acheté un manteau ces trois dernières années le rapporteront contre un bon d'achat de 25&nbsp;€. »</li><li><strong>Choisissez trois à cinq indicateurs</strong> : taux de participation, coût de traitement par article, prix de revente obtenu, part des bons dépensés, satisfaction client.</li><li><strong>Gardez un périmètre réduit</strong> : une catégorie de produits, une boutique ou une page web, l'équipe et les outils existants, comme un tableur et votre boutique en ligne actuelle.</li><li><strong>Mesurez chaque semaine</strong> et notez ce qui vous surprend.</li><li><strong>Décidez au jour 90</strong> : arrêter, ajuster et lancer un second pilote, ou passer à l'échelle avec un budget.</li></ol>",
                        },
                    ),
                    (
                        "paragraph",
                        {
                            "en": "<p>A pilot that 'fails' is often the best outcome money can buy. A Provençal linen brand tested rental of table linen for restaurants and learned within eight weeks that industrial laundries already offered it at half its price. It stopped, and moved the team to a repair and re-dyeing service for its bed linen, which customers had asked for during the pilot interviews.</p>",
                            "es": "<p>Un piloto que «fracasa» suele ser el mejor resultado que puede comprarse con dinero. Una marca provenzal de lino probó el alquiler de mantelería para restaurantes y en ocho semanas supo que las lavanderías industriales ya lo ofrecían a mitad de precio. Lo dejó y dedicó el equipo a un servicio de reparación y reteñido de su ropa de cama, que los clientes habían pedido en las entrevistas del piloto.</p>",
                            "fr": "<p>Un pilote qui « échoue » est souvent le meilleur résultat qu'on puisse s'offrir. Une marque provençale de linge en lin a testé la location de linge de table pour les restaurants et a appris en huit semaines que les blanchisseries industrielles le proposaient déjà à moitié prix. Elle a arrêté et réaffecté l'équipe à un service de réparation et de reteinture de son linge de lit, que les clients avaient réclamé lors des entretiens du pilote.</p>",
                        },
                    ),
                    (
                        "check",
                        {
                            "kind": "multiple",
                            "pass_mark": 100,
                            "question": {
                                "en": "Which of these make a good indicator for a 90-day resale pilot? Choose all that apply.",
                                "es": "¿Cuáles de estos son buenos indicadores para un piloto de reventa de 90 días? Elige todos los que correspondan.",
                                "fr": "Lesquels de ces éléments font un bon indicateur pour un pilote de revente de 90 jours ? Choisissez toutes les bonnes réponses.",
                            },
                            "options": [
                                (
                                    {
                                        "en": "Share of invited customers who returned an item",
                                        "es": "Proporción de clientes invitados que devolvieron un artículo",
                                        "fr": "Part des clients invités qui ont rapporté un article",
                                    },
                                    True,
                                    {
                                        "en": "Yes: participation tests the heart of the hypothesis.",
                                        "es": "Sí: la participación pone a prueba el núcleo de la hipótesis.",
                                        "fr": "Oui : la participation teste le cœur de l'hypothèse.",
                                    },
                                ),
                                (
                                    {
                                        "en": "Handling cost per item",
                                        "es": "Coste de manipulación por artículo",
                                        "fr": "Coût de traitement par article",
                                    },
                                    True,
                                    {
                                        "en": "Yes: it decides whether the model can make money at scale.",
                                        "es": "Sí: decide si el modelo puede ganar dinero a escala.",
                                        "fr": "Oui : il détermine si le modèle peut gagner de l'argent à grande échelle.",
                                    },
                                ),
                                (
                                    {
                                        "en": "Number of meetings held about the pilot",
                                        "es": "Número de reuniones celebradas sobre el piloto",
                                        "fr": "Nombre de réunions consacrées au pilote",
                                    },
                                    False,
                                    {
                                        "en": "Meetings measure effort, not whether customers use the service or whether it pays.",
                                        "es": "Las reuniones miden el esfuerzo, no si los clientes usan el servicio ni si es rentable.",
                                        "fr": "Les réunions mesurent l'effort, pas l'usage du service par les clients ni sa rentabilité.",
                                    },
                                ),
                            ],
                            "explanation": {
                                "en": "<p>Good pilot indicators measure customer behaviour and unit economics, the two things the hypothesis is about.</p>",
                                "es": "<p>Los buenos indicadores de un piloto miden el comportamiento del cliente y la economía por unidad, las dos cosas de las que trata la hipótesis.</p>",
                                "fr": "<p>Les bons indicateurs de pilote mesurent le comportement des clients et l'économie unitaire, les deux sujets de l'hypothèse.</p>",
                            },
                        },
                    ),
                ],
            },
        ],
    }
)

# --- Course 2: digital product passports and traceability -----------------------------------------

DIGITAL_PRODUCT_PASSPORTS = {
    "key": "dpp",
    "slug": "digital-product-passports-and-traceability",
    "audience": "sme-staff",
    "level": "intermediate",
    "estimated_duration": 120,
    "topics": ["digital-product-passport", "traceability", "ai-and-data"],
    "tags": ["ESPR", "QR code", "supply chain data", "GS1"],
    "last_reviewed": "2025-10-15",
    "review_owner": "ICONIC",
    "prerequisites": ["circular-business-models"],
    "title": {
        "en": "Digital product passports and traceability",
        "es": "Pasaportes digitales de producto y trazabilidad",
        "fr": "Passeports numériques des produits et traçabilité",
    },
    "summary": {
        "en": "Get ready for the digital product passport for textiles: what the EU rules will ask for, which data to collect from which supplier, how identifiers and QR codes work, and a six-month roadmap for an SME.",
        "es": "Prepárate para el pasaporte digital de producto textil: qué pedirán las normas de la UE, qué datos recoger de qué proveedor, cómo funcionan los identificadores y los códigos QR, y una hoja de ruta de seis meses para una pyme.",
        "fr": "Préparez-vous au passeport numérique des produits textiles : ce que les règles européennes vont demander, quelles données collecter auprès de quel fournisseur, comment fonctionnent identifiants et QR codes, et une feuille de route de six mois pour une PME.",
    },
    "audience_detail": {
        "en": "Product, sourcing, quality and IT staff of brands and garment manufacturers",
        "es": "Personal de producto, compras, calidad e informática de marcas y fabricantes de confección",
        "fr": "Équipes produit, achats, qualité et informatique des marques et des confectionneurs",
    },
    "objectives": [
        {
            "en": "Summarise what the Ecodesign for Sustainable Products Regulation means for textile products",
            "es": "Resumir qué supone el Reglamento de diseño ecológico para productos sostenibles para los productos textiles",
            "fr": "Résumer ce que le règlement sur l'écoconception des produits durables implique pour les textiles",
        },
        {
            "en": "Map the data a passport needs to the supplier tier that holds it",
            "es": "Relacionar los datos que necesita un pasaporte con el nivel de proveedor que los tiene",
            "fr": "Associer chaque donnée du passeport au rang de fournisseur qui la détient",
        },
        {
            "en": "Choose identifiers and data carriers that other systems can read",
            "es": "Elegir identificadores y soportes de datos que otros sistemas puedan leer",
            "fr": "Choisir des identifiants et des supports de données lisibles par d'autres systèmes",
        },
        {
            "en": "Plan a first passport for one product line in six months",
            "es": "Planificar un primer pasaporte para una línea de producto en seis meses",
            "fr": "Planifier un premier passeport pour une ligne de produits en six mois",
        },
    ],
    "modules": [
        {
            "slug": "what-the-rules-ask",
            "title": {
                "en": "What the rules ask for",
                "es": "Qué piden las normas",
                "fr": "Ce que demandent les règles",
            },
            "introduction": {
                "en": "The passport in European law, and the data it will need from your supply chain.",
                "es": "El pasaporte en la legislación europea y los datos que necesitará de tu cadena de suministro.",
                "fr": "Le passeport dans le droit européen, et les données qu'il demandera à votre chaîne d'approvisionnement.",
            },
            "lessons": [
                {
                    "key": "dpp-1-1",
                    "slug": "the-passport-in-european-law",
                    "title": {
                        "en": "The digital product passport in European law",
                        "es": "El pasaporte digital de producto en la legislación europea",
                        "fr": "Le passeport numérique des produits dans le droit européen",
                    },
                    "summary": {
                        "en": "Textiles are among the first product groups under the ESPR. What a passport is, who must provide it and what it is for.",
                        "es": "Los textiles están entre los primeros grupos de productos del ESPR. Qué es un pasaporte, quién debe facilitarlo y para qué sirve.",
                        "fr": "Les textiles font partie des premiers groupes de produits de l'ESPR. Ce qu'est un passeport, qui doit le fournir et à quoi il sert.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>The Ecodesign for Sustainable Products Regulation (ESPR) entered into force in July 2024. It lets the European Commission set, product group by product group, requirements on durability, repairability, recycled content and substances of concern, and it introduces the digital product passport: a set of data about a product, reachable through a data carrier such as a QR code on the product or its label. Textiles and apparel are among the first priority product groups; the detailed rules come in a delegated act, with a transition period before they apply.</p>",
                                "es": "<p>El Reglamento de diseño ecológico para productos sostenibles (ESPR) entró en vigor en julio de 2024. Permite a la Comisión Europea fijar, grupo de productos por grupo de productos, requisitos de durabilidad, reparabilidad, contenido reciclado y sustancias preocupantes, e introduce el pasaporte digital de producto: un conjunto de datos sobre un producto, accesible mediante un soporte de datos como un código QR en el producto o en su etiqueta. El textil y la confección están entre los primeros grupos prioritarios; las normas detalladas llegarán en un acto delegado, con un periodo de transición antes de aplicarse.</p>",
                                "fr": "<p>Le règlement sur l'écoconception des produits durables (ESPR) est entré en vigueur en juillet 2024. Il permet à la Commission européenne de fixer, groupe de produits par groupe de produits, des exigences de durabilité, de réparabilité, de contenu recyclé et de substances préoccupantes, et il introduit le passeport numérique des produits : un ensemble de données sur un produit, accessible par un support de données comme un QR code sur le produit ou son étiquette. Le textile et l'habillement figurent parmi les premiers groupes prioritaires ; les règles détaillées viendront dans un acte délégué, avec une période de transition avant leur application.</p>",
                            },
                        ),
                        (
                            "heading",
                            {
                                "en": "Who reads a passport",
                                "es": "Quién lee un pasaporte",
                                "fr": "Qui lit un passeport",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>A passport is not a marketing page. It serves several readers, each with its own access rights: consumers who want to know what a garment is made of and how to care for it; repairers and resellers who need the exact materials and spare parts; sorters and recyclers who must know the fibre composition to choose the right recycling route; and market surveillance authorities checking compliance. Some data will be public, some restricted to professionals or authorities.</p>",
                                "es": "<p>Un pasaporte no es una página de marketing. Sirve a varios lectores, cada uno con sus propios derechos de acceso: consumidores que quieren saber de qué está hecha una prenda y cómo cuidarla; reparadores y revendedores que necesitan los materiales exactos y los recambios; clasificadores y recicladores que deben conocer la composición de fibras para elegir la vía de reciclaje adecuada; y autoridades de vigilancia del mercado que comprueban el cumplimiento. Algunos datos serán públicos; otros, reservados a profesionales o autoridades.</p>",
                                "fr": "<p>Un passeport n'est pas une page marketing. Il sert plusieurs lecteurs, chacun avec ses propres droits d'accès : les consommateurs qui veulent savoir de quoi est fait un vêtement et comment l'entretenir ; les réparateurs et revendeurs qui ont besoin des matières exactes et des pièces de rechange ; les trieurs et recycleurs qui doivent connaître la composition fibreuse pour choisir la bonne filière ; et les autorités de surveillance du marché qui contrôlent la conformité. Certaines données seront publiques, d'autres réservées aux professionnels ou aux autorités.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "info",
                                "title": {
                                    "en": "What is still open",
                                    "es": "Qué queda por decidir",
                                    "fr": "Ce qui reste ouvert",
                                },
                                "text": {
                                    "en": "<p>The exact list of data fields, the granularity (model, batch or individual item) and the dates of application for textiles are set by the delegated act. Follow your cluster's updates, but do not wait for the final text to start: the supplier data you will need takes years to organise.</p>",
                                    "es": "<p>La lista exacta de campos de datos, la granularidad (modelo, lote o artículo individual) y las fechas de aplicación para el textil las fija el acto delegado. Sigue las novedades de tu clúster, pero no esperes al texto final para empezar: organizar los datos de proveedores que necesitarás lleva años.</p>",
                                    "fr": "<p>La liste exacte des champs de données, la granularité (modèle, lot ou article individuel) et les dates d'application pour le textile sont fixées par l'acte délégué. Suivez les informations de votre cluster, mais n'attendez pas le texte final pour commencer : organiser les données fournisseurs dont vous aurez besoin prend des années.</p>",
                                },
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>For an SME the passport is also an opportunity. The same data lets you prove claims such as 'made with 30 % recycled wool', answer retailers' sustainability questionnaires in minutes instead of days, and support repair and resale services with accurate product information.</p>",
                                "es": "<p>Para una pyme, el pasaporte también es una oportunidad. Los mismos datos permiten demostrar afirmaciones como «fabricado con un 30 % de lana reciclada», responder en minutos y no en días a los cuestionarios de sostenibilidad de los distribuidores y apoyar servicios de reparación y reventa con información de producto exacta.</p>",
                                "fr": "<p>Pour une PME, le passeport est aussi une opportunité. Les mêmes données permettent de prouver des allégations comme « fabriqué avec 30 % de laine recyclée », de répondre en quelques minutes plutôt qu'en plusieurs jours aux questionnaires RSE des distributeurs, et d'appuyer des services de réparation et de revente sur des informations produit exactes.</p>",
                            },
                        ),
                    ],
                },
                {
                    "key": "dpp-1-2",
                    "slug": "which-data-from-whom",
                    "title": {
                        "en": "Which data, from whom",
                        "es": "Qué datos y de quién",
                        "fr": "Quelles données, et auprès de qui",
                    },
                    "summary": {
                        "en": "A passport draws on every tier of the supply chain. The further upstream, the harder the data is to get.",
                        "es": "Un pasaporte se nutre de todos los niveles de la cadena de suministro. Cuanto más arriba, más difícil es conseguir los datos.",
                        "fr": "Un passeport puise dans tous les rangs de la chaîne d'approvisionnement. Plus on remonte, plus les données sont difficiles à obtenir.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>The textile supply chain is usually described in tiers. Tier 1 assembles the garment (cutting, sewing, finishing). Tier 2 makes the fabric: weaving or knitting, dyeing and finishing. Tier 3 spins the yarn. Tier 4 produces the raw fibre: a cotton farm and gin, a sheep farm and scouring plant, a polyester or viscose plant, or a recycler.</p>",
                                "es": "<p>La cadena de suministro textil suele describirse por niveles. El nivel 1 confecciona la prenda (corte, costura, acabado). El nivel 2 fabrica el tejido: tejeduría o género de punto, tintura y acabado. El nivel 3 hila. El nivel 4 produce la fibra: una explotación y una desmotadora de algodón, una granja de ovejas y un lavadero de lana, una planta de poliéster o viscosa, o un reciclador.</p>",
                                "fr": "<p>On décrit généralement la chaîne d'approvisionnement textile par rangs. Le rang 1 assemble le vêtement (coupe, couture, finition). Le rang 2 fabrique le tissu : tissage ou tricotage, teinture et ennoblissement. Le rang 3 file. Le rang 4 produit la fibre brute : une exploitation et une usine d'égrenage de coton, un élevage et un lavage de laine, une usine de polyester ou de viscose, ou un recycleur.</p>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Confecții Nord, a garment manufacturer with 160 staff in Iași, makes shirts for three Western European brands. When one brand asked for passport-ready data, the factory listed what it already held: its own address and processes, the fabric supplier for each order, the composition printed on the fabric specification, and its energy bills. It did not know where the yarn was spun, nor where the cotton was grown. Getting the tier 2 data took two months of emails with two fabric mills; tier 3 and tier 4 took a year, and only worked for the organic cotton fabric, because its certification already tracked those steps.</p>",
                                "es": "<p>Confecții Nord, un fabricante de confección con 160 trabajadores en Iași, hace camisas para tres marcas de Europa occidental. Cuando una marca le pidió datos preparados para el pasaporte, la fábrica enumeró lo que ya tenía: su propia dirección y procesos, el proveedor de tejido de cada pedido, la composición impresa en la ficha técnica del tejido y sus facturas de energía. No sabía dónde se había hilado el hilo ni dónde se había cultivado el algodón. Obtener los datos del nivel 2 llevó dos meses de correos con dos tejedurías; los niveles 3 y 4 llevaron un año, y solo funcionaron con el tejido de algodón orgánico, porque su certificación ya registraba esos pasos.</p>",
                                "fr": "<p>Confecții Nord, un confectionneur de 160 salariés à Iași, fabrique des chemises pour trois marques d'Europe de l'Ouest. Quand l'une d'elles a demandé des données prêtes pour le passeport, l'usine a listé ce qu'elle détenait déjà : sa propre adresse et ses procédés, le fournisseur de tissu de chaque commande, la composition indiquée sur la fiche technique du tissu, et ses factures d'énergie. Elle ignorait où le fil avait été filé et où le coton avait poussé. Obtenir les données du rang 2 a pris deux mois d'échanges avec deux tissages ; les rangs 3 et 4 ont pris un an, et n'ont abouti que pour le tissu en coton biologique, parce que sa certification suivait déjà ces étapes.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": {
                                    "en": "Start from what certificates already prove",
                                    "es": "Parte de lo que ya prueban los certificados",
                                    "fr": "Partez de ce que les certificats prouvent déjà",
                                },
                                "text": {
                                    "en": "<p>Transaction certificates of standards such as GOTS, GRS or RCS already record who sold which material to whom. Ask suppliers for them order by order, and store their numbers with your production data.</p>",
                                    "es": "<p>Los certificados de transacción de estándares como GOTS, GRS o RCS ya registran quién vendió qué material a quién. Pídelos a los proveedores pedido a pedido y guarda sus números con tus datos de producción.</p>",
                                    "fr": "<p>Les certificats de transaction de référentiels comme GOTS, GRS ou RCS enregistrent déjà qui a vendu quelle matière à qui. Demandez-les aux fournisseurs commande par commande et conservez leurs numéros avec vos données de production.</p>",
                                },
                            },
                        ),
                        (
                            "check",
                            {
                                "kind": "single",
                                "pass_mark": 100,
                                "question": {
                                    "en": "For most garment makers, which data is hardest to obtain for a passport?",
                                    "es": "Para la mayoría de los confeccionistas, ¿qué datos son los más difíciles de obtener para un pasaporte?",
                                    "fr": "Pour la plupart des confectionneurs, quelles données sont les plus difficiles à obtenir pour un passeport ?",
                                },
                                "options": [
                                    (
                                        {
                                            "en": "The address of their own factory",
                                            "es": "La dirección de su propia fábrica",
                                            "fr": "L'adresse de leur propre usine",
                                        },
                                        False,
                                        {
                                            "en": "That is tier 1 data the factory holds already.",
                                            "es": "Es un dato del nivel 1 que la fábrica ya tiene.",
                                            "fr": "C'est une donnée du rang 1 que l'usine détient déjà.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "Where the yarn was spun and where the fibre came from",
                                            "es": "Dónde se hiló el hilo y de dónde procede la fibra",
                                            "fr": "Où le fil a été filé et d'où vient la fibre",
                                        },
                                        True,
                                        {
                                            "en": "Right: tiers 3 and 4 are furthest away and often unknown to the garment maker.",
                                            "es": "Correcto: los niveles 3 y 4 son los más lejanos y el confeccionista a menudo los desconoce.",
                                            "fr": "Exact : les rangs 3 et 4 sont les plus éloignés et souvent inconnus du confectionneur.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "The fabric composition on the specification sheet",
                                            "es": "La composición del tejido en la ficha técnica",
                                            "fr": "La composition du tissu sur la fiche technique",
                                        },
                                        False,
                                        {
                                            "en": "The composition is usually on the tier 2 specification, though it is worth verifying.",
                                            "es": "La composición suele figurar en la ficha del nivel 2, aunque conviene verificarla.",
                                            "fr": "La composition figure généralement sur la fiche du rang 2, même s'il vaut la peine de la vérifier.",
                                        },
                                    ),
                                ],
                                "explanation": {
                                    "en": "<p>Plan the most time for upstream data, and use certification schemes that already trace those steps.</p>",
                                    "es": "<p>Reserva más tiempo para los datos de los niveles superiores y aprovecha los sistemas de certificación que ya trazan esos pasos.</p>",
                                    "fr": "<p>Prévoyez le plus de temps pour les données amont, et appuyez-vous sur les certifications qui tracent déjà ces étapes.</p>",
                                },
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "building-traceability",
            "title": {
                "en": "Building traceability step by step",
                "es": "Construir la trazabilidad paso a paso",
                "fr": "Construire la traçabilité pas à pas",
            },
            "introduction": {
                "en": "Identifiers, data carriers and standards, then a realistic roadmap for an SME.",
                "es": "Identificadores, soportes de datos y estándares, y después una hoja de ruta realista para una pyme.",
                "fr": "Identifiants, supports de données et standards, puis une feuille de route réaliste pour une PME.",
            },
            "lessons": [
                {
                    "key": "dpp-2-1",
                    "slug": "identifiers-and-data-carriers",
                    "title": {
                        "en": "Identifiers, data carriers and standards",
                        "es": "Identificadores, soportes de datos y estándares",
                        "fr": "Identifiants, supports de données et standards",
                    },
                    "summary": {
                        "en": "A passport needs a unique identifier, a carrier on the product that leads to it, and data formats others can read.",
                        "es": "Un pasaporte necesita un identificador único, un soporte en el producto que lleve hasta él y formatos de datos que otros puedan leer.",
                        "fr": "Un passeport a besoin d'un identifiant unique, d'un support sur le produit qui y mène et de formats de données lisibles par d'autres.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>Every passport starts with an identifier that says which product it describes. Many brands already have one: the GTIN behind the barcode on the swing tag identifies a model in a colour and size. A passport may need more detail — a batch number, or a serial number for each item — so that a recycler or a reseller can tell which production run a garment came from.</p>",
                                "es": "<p>Todo pasaporte empieza con un identificador que indica qué producto describe. Muchas marcas ya tienen uno: el GTIN del código de barras de la etiqueta colgante identifica un modelo en un color y una talla. Un pasaporte puede necesitar más detalle —un número de lote o un número de serie por artículo— para que un reciclador o un revendedor sepa de qué producción procede una prenda.</p>",
                                "fr": "<p>Tout passeport commence par un identifiant qui dit quel produit il décrit. Beaucoup de marques en ont déjà un : le GTIN derrière le code-barres de l'étiquette identifie un modèle dans une couleur et une taille. Un passeport peut demander davantage de détail — un numéro de lot, ou un numéro de série par article — pour qu'un recycleur ou un revendeur sache de quelle production vient un vêtement.</p>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>The data carrier links the physical garment to its data. A QR code printed on the care label is cheap and readable by any phone; using the GS1 Digital Link format, the same code can serve the point of sale and the passport. Woven labels with a QR code survive washing better than printed ones. NFC tags can be sewn in and read by tapping a phone; RFID tags are useful in logistics but need special readers. Whatever you choose, the carrier must last as long as the garment, including after many washes.</p>",
                                "es": "<p>El soporte de datos une la prenda física con sus datos. Un código QR impreso en la etiqueta de composición es barato y cualquier móvil lo lee; con el formato GS1 Digital Link, el mismo código sirve para el punto de venta y para el pasaporte. Las etiquetas tejidas con código QR resisten mejor los lavados que las impresas. Las etiquetas NFC pueden coserse y se leen acercando el móvil; las RFID son útiles en logística, pero requieren lectores especiales. Elijas lo que elijas, el soporte debe durar lo que dure la prenda, también tras muchos lavados.</p>",
                                "fr": "<p>Le support de données relie le vêtement physique à ses données. Un QR code imprimé sur l'étiquette d'entretien est bon marché et lisible par n'importe quel téléphone ; au format GS1 Digital Link, le même code peut servir en caisse et pour le passeport. Les étiquettes tissées avec QR code résistent mieux au lavage que les étiquettes imprimées. Les puces NFC peuvent être cousues et se lisent en approchant un téléphone ; les étiquettes RFID sont utiles en logistique mais demandent des lecteurs spécifiques. Quel que soit votre choix, le support doit durer aussi longtemps que le vêtement, y compris après de nombreux lavages.</p>",
                            },
                        ),
                        (
                            "heading",
                            {
                                "en": "Interoperability",
                                "es": "Interoperabilidad",
                                "fr": "Interopérabilité",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>A passport is only useful if other systems can read it: a reseller's platform, a sorting plant's scanner, an authority's database. Prefer open standards and formats over a provider's closed format, make sure you can export all your data, and check that the provider will keep passports online for the years the garment is in use — even if you change providers.</p>",
                                "es": "<p>Un pasaporte solo es útil si otros sistemas pueden leerlo: la plataforma de un revendedor, el escáner de una planta de clasificación, la base de datos de una autoridad. Da preferencia a estándares y formatos abiertos frente al formato cerrado de un proveedor, asegúrate de poder exportar todos tus datos y comprueba que el proveedor mantendrá los pasaportes en línea durante los años de uso de la prenda, aunque cambies de proveedor.</p>",
                                "fr": "<p>Un passeport n'est utile que si d'autres systèmes peuvent le lire : la plateforme d'un revendeur, le scanner d'un centre de tri, la base de données d'une autorité. Préférez les standards et formats ouverts au format fermé d'un prestataire, assurez-vous de pouvoir exporter toutes vos données, et vérifiez que le prestataire maintiendra les passeports en ligne pendant les années d'usage du vêtement — même si vous changez de prestataire.</p>",
                            },
                        ),
                        (
                            "check",
                            {
                                "kind": "multiple",
                                "pass_mark": 60,
                                "question": {
                                    "en": "What should an SME check before choosing a passport provider? Choose all that apply.",
                                    "es": "¿Qué debe comprobar una pyme antes de elegir un proveedor de pasaportes? Elige todas las que correspondan.",
                                    "fr": "Que doit vérifier une PME avant de choisir un prestataire de passeports ? Choisissez toutes les bonnes réponses.",
                                },
                                "options": [
                                    (
                                        {
                                            "en": "That all data can be exported in an open format",
                                            "es": "Que todos los datos pueden exportarse en un formato abierto",
                                            "fr": "Que toutes les données peuvent être exportées dans un format ouvert",
                                        },
                                        True,
                                        {
                                            "en": "Yes: it keeps you free to change providers.",
                                            "es": "Sí: te permite cambiar de proveedor.",
                                            "fr": "Oui : vous restez libre de changer de prestataire.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "That passports stay online for the whole life of the garment",
                                            "es": "Que los pasaportes siguen en línea durante toda la vida de la prenda",
                                            "fr": "Que les passeports restent en ligne pendant toute la vie du vêtement",
                                        },
                                        True,
                                        {
                                            "en": "Yes: a QR code that leads nowhere in five years is useless to a recycler.",
                                            "es": "Sí: un código QR que dentro de cinco años no lleva a ninguna parte no le sirve a un reciclador.",
                                            "fr": "Oui : un QR code qui ne mène nulle part dans cinq ans est inutile pour un recycleur.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "That the data carrier survives washing",
                                            "es": "Que el soporte de datos resiste los lavados",
                                            "fr": "Que le support de données résiste au lavage",
                                        },
                                        True,
                                        {
                                            "en": "Yes: the carrier must last as long as the garment.",
                                            "es": "Sí: el soporte debe durar lo que la prenda.",
                                            "fr": "Oui : le support doit durer aussi longtemps que le vêtement.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "That the provider uses its own closed data format",
                                            "es": "Que el proveedor usa su propio formato de datos cerrado",
                                            "fr": "Que le prestataire utilise son propre format de données fermé",
                                        },
                                        False,
                                        {
                                            "en": "A closed format makes it harder for others to read your passports and to switch providers.",
                                            "es": "Un formato cerrado dificulta que otros lean tus pasaportes y que cambies de proveedor.",
                                            "fr": "Un format fermé complique la lecture de vos passeports par d'autres et le changement de prestataire.",
                                        },
                                    ),
                                ],
                                "explanation": {
                                    "en": "<p>Openness, durability of the carrier and long-term availability matter more than features on a demo.</p>",
                                    "es": "<p>La apertura, la durabilidad del soporte y la disponibilidad a largo plazo importan más que las funciones de una demostración.</p>",
                                    "fr": "<p>L'ouverture, la durabilité du support et la disponibilité à long terme comptent plus que les fonctionnalités d'une démo.</p>",
                                },
                            },
                        ),
                    ],
                },
                {
                    "key": "dpp-2-2",
                    "slug": "a-first-passport-in-six-months",
                    "title": {
                        "en": "A first passport in six months: an SME roadmap",
                        "es": "Un primer pasaporte en seis meses: hoja de ruta para una pyme",
                        "fr": "Un premier passeport en six mois : feuille de route pour une PME",
                    },
                    "summary": {
                        "en": "Start with one product line, collect the data you can, fill the gaps with suppliers, and learn before the rules apply.",
                        "es": "Empieza con una línea de producto, recoge los datos que puedas, completa los huecos con tus proveedores y aprende antes de que se apliquen las normas.",
                        "fr": "Commencez par une ligne de produits, collectez les données disponibles, comblez les manques avec vos fournisseurs, et apprenez avant l'entrée en application.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>Zora Textile, a Bulgarian womenswear brand with 45 employees in Sofia, decided in 2024 to publish passports for its linen summer collection before any legal obligation. It chose this line because it had only six fabrics from two mills, all with recognised certifications. The whole project cost about 18,000&nbsp;€, half of it covered by a regional digitalisation voucher.</p>",
                                "es": "<p>Zora Textile, una marca búlgara de moda femenina con 45 trabajadores en Sofía, decidió en 2024 publicar pasaportes para su colección de verano de lino antes de cualquier obligación legal. Eligió esta línea porque solo tenía seis tejidos de dos tejedurías, todos con certificaciones reconocidas. El proyecto costó unos 18.000&nbsp;€, la mitad cubierta por un bono regional de digitalización.</p>",
                                "fr": "<p>Zora Textile, une marque bulgare de prêt-à-porter féminin de 45 salariés à Sofia, a décidé en 2024 de publier des passeports pour sa collection d'été en lin avant toute obligation légale. Elle a choisi cette ligne parce qu'elle ne comptait que six tissus provenant de deux tissages, tous dotés de certifications reconnues. Le projet a coûté environ 18 000&nbsp;€, dont la moitié couverte par un chèque régional de numérisation.</p>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<ol><li><strong>Month 1</strong>: choose the product line, appoint one owner, list the data fields you expect to need.</li><li><strong>Month 2</strong>: collect internal data (models, compositions, care instructions, factories) into one table; note every gap.</li><li><strong>Months 3–4</strong>: ask suppliers for the missing data with a short, standard request; collect transaction certificates.</li><li><strong>Month 5</strong>: choose a provider or an open-source tool, load the data, design the QR label with the production team.</li><li><strong>Month 6</strong>: print, launch, and interview ten customers and two resellers about what they looked for.</li></ol>",
                                "es": "<ol><li><strong>Mes 1</strong>: elige la línea de producto, nombra a un responsable y enumera los campos de datos que prevés necesitar.</li><li><strong>Mes 2</strong>: reúne los datos internos (modelos, composiciones, instrucciones de cuidado, fábricas) en una sola tabla; anota cada hueco.</li><li><strong>Meses 3 y 4</strong>: pide a los proveedores los datos que faltan con una solicitud breve y estándar; reúne los certificados de transacción.</li><li><strong>Mes 5</strong>: elige un proveedor o una herramienta de código abierto, carga los datos y diseña la etiqueta QR con el equipo de producción.</li><li><strong>Mes 6</strong>: imprime, lanza y entrevista a diez clientes y dos revendedores sobre lo que buscaban.</li></ol>",
                                "fr": "<ol><li><strong>Mois 1</strong> : choisissez la ligne de produits, nommez un responsable, listez les champs de données que vous pensez devoir fournir.</li><li><strong>Mois 2</strong> : rassemblez les données internes (modèles, compositions, consignes d'entretien, usines) dans un seul tableau ; notez chaque manque.</li><li><strong>Mois 3 et 4</strong> : demandez les données manquantes aux fournisseurs avec une demande courte et standard ; collectez les certificats de transaction.</li><li><strong>Mois 5</strong> : choisissez un prestataire ou un outil libre, chargez les données, concevez l'étiquette QR avec l'équipe de production.</li><li><strong>Mois 6</strong> : imprimez, lancez, et interrogez dix clientes et deux revendeurs sur ce qu'ils cherchaient.</li></ol>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>What Zora learned mattered more than the passports themselves. Customers mostly scanned for care instructions and repair tips, not for carbon figures. One mill could not say where its flax was scutched, so Zora added that question to its supplier code of conduct. And the product team now records compositions in one system instead of three spreadsheets, which also cut labelling errors.</p>",
                                "es": "<p>Lo que Zora aprendió importó más que los propios pasaportes. Los clientes escaneaban sobre todo para ver instrucciones de cuidado y consejos de reparación, no cifras de carbono. Una tejeduría no sabía dónde se había espadado su lino, así que Zora añadió esa pregunta a su código de conducta para proveedores. Y el equipo de producto registra ahora las composiciones en un solo sistema en lugar de tres hojas de cálculo, lo que también redujo los errores de etiquetado.</p>",
                                "fr": "<p>Ce que Zora a appris a compté davantage que les passeports eux-mêmes. Les clientes scannaient surtout pour les consignes d'entretien et les conseils de réparation, pas pour les chiffres carbone. Un tissage ne savait pas où son lin avait été teillé : Zora a ajouté cette question à son code de conduite fournisseurs. Et l'équipe produit enregistre désormais les compositions dans un seul système au lieu de trois tableurs, ce qui a aussi réduit les erreurs d'étiquetage.</p>",
                            },
                        ),
                        (
                            "check",
                            {
                                "kind": "single",
                                "pass_mark": 100,
                                "question": {
                                    "en": "Which product line is the best place to start a first passport?",
                                    "es": "¿Con qué línea de producto conviene empezar un primer pasaporte?",
                                    "fr": "Par quelle ligne de produits vaut-il mieux commencer un premier passeport ?",
                                },
                                "options": [
                                    (
                                        {
                                            "en": "The whole collection at once, so nothing is left out",
                                            "es": "Toda la colección a la vez, para no dejar nada fuera",
                                            "fr": "Toute la collection d'un coup, pour ne rien oublier",
                                        },
                                        False,
                                        {
                                            "en": "Too much at once: gaps multiply and the team learns slowly.",
                                            "es": "Demasiado a la vez: los huecos se multiplican y el equipo aprende despacio.",
                                            "fr": "Trop à la fois : les manques se multiplient et l'équipe apprend lentement.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "A line with few materials from certified suppliers",
                                            "es": "Una línea con pocos materiales de proveedores certificados",
                                            "fr": "Une ligne avec peu de matières venant de fournisseurs certifiés",
                                        },
                                        True,
                                        {
                                            "en": "Right: fewer materials and existing certificates make the data reachable.",
                                            "es": "Correcto: menos materiales y certificados existentes hacen accesibles los datos.",
                                            "fr": "Exact : peu de matières et des certificats existants rendent les données accessibles.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "The line with the most different suppliers, to test the hardest case",
                                            "es": "La línea con más proveedores distintos, para probar el caso más difícil",
                                            "fr": "La ligne qui a le plus de fournisseurs différents, pour tester le cas le plus difficile",
                                        },
                                        False,
                                        {
                                            "en": "Start where you can succeed, then take on harder lines with what you learned.",
                                            "es": "Empieza donde puedas tener éxito y aborda después las líneas difíciles con lo aprendido.",
                                            "fr": "Commencez là où vous pouvez réussir, puis attaquez les lignes difficiles avec ce que vous avez appris.",
                                        },
                                    ),
                                ],
                                "explanation": {
                                    "en": "<p>A small, well-documented first line gives the team a working process to extend, season after season.</p>",
                                    "es": "<p>Una primera línea pequeña y bien documentada da al equipo un proceso que funciona y puede ampliarse temporada a temporada.</p>",
                                    "fr": "<p>Une première ligne réduite et bien documentée donne à l'équipe un processus éprouvé à étendre, saison après saison.</p>",
                                },
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

# --- Course 3: cluster management excellence (also in Catalan) ---------------------------------

CLUSTER_MANAGEMENT = {
    "key": "cme",
    "slug": "cluster-management-excellence",
    "audience": "cluster-managers",
    "level": "intermediate",
    "estimated_duration": 110,
    "topics": [],
    "tags": ["cluster management", "ClusterXchange", "member services", "impact"],
    "last_reviewed": "2025-11-03",
    "review_owner": "EA Eco-entreprises",
    "prerequisites": [],
    "title": {
        "en": "Cluster management excellence for the exchange programme",
        "es": "Excelencia en la gestión de clústeres para el programa de intercambios",
        "ca": "Excel·lència en la gestió de clústers per al programa d'intercanvis",
        "fr": "Excellence du management de cluster pour le programme d'échanges",
    },
    "summary": {
        "en": "For cluster teams preparing ClusterXchange visits: find out what your textile SMEs need, design green and digital services they value, prepare exchanges that change companies, and measure the results.",
        "es": "Para equipos de clúster que preparan visitas ClusterXchange: descubre qué necesitan tus pymes textiles, diseña servicios verdes y digitales que valoren, prepara intercambios que transformen empresas y mide los resultados.",
        "ca": "Per a equips de clúster que preparen visites ClusterXchange: descobreix què necessiten les teves pimes tèxtils, dissenya serveis verds i digitals que valorin, prepara intercanvis que transformin empreses i mesura'n els resultats.",
        "fr": "Pour les équipes de cluster qui préparent des visites ClusterXchange : identifier les besoins de vos PME textiles, concevoir des services verts et numériques qu'elles apprécient, préparer des échanges qui transforment les entreprises et en mesurer les résultats.",
    },
    "audience_detail": {
        "en": "Cluster managers, project officers and member-service staff of the alliance and its peers",
        "es": "Gestores de clúster, técnicos de proyectos y personal de servicios a socios de la alianza y organizaciones afines",
        "ca": "Gestors de clúster, tècnics de projectes i personal de serveis als socis de l'aliança i organitzacions afins",
        "fr": "Responsables de clusters, chargés de projets et équipes de services aux adhérents de l'alliance et de ses pairs",
    },
    "objectives": [
        {
            "en": "Run a needs assessment that segments members by what they need, not by size alone",
            "es": "Hacer un diagnóstico de necesidades que segmente a los socios por lo que necesitan, no solo por su tamaño",
            "ca": "Fer un diagnòstic de necessitats que segmenti els socis pel que necessiten, no només per la mida",
            "fr": "Mener un diagnostic des besoins qui segmente les adhérents selon leurs besoins, pas seulement leur taille",
        },
        {
            "en": "Design a portfolio of green and digital services with clear formats and prices",
            "es": "Diseñar una cartera de servicios verdes y digitales con formatos y precios claros",
            "ca": "Dissenyar una cartera de serveis verds i digitals amb formats i preus clars",
            "fr": "Concevoir une offre de services verts et numériques aux formats et tarifs clairs",
        },
        {
            "en": "Prepare, run and follow up an exchange visit between two regions",
            "es": "Preparar, realizar y hacer el seguimiento de una visita de intercambio entre dos regiones",
            "ca": "Preparar, fer i fer el seguiment d'una visita d'intercanvi entre dues regions",
            "fr": "Préparer, conduire et suivre une visite d'échange entre deux régions",
        },
        {
            "en": "Report outcomes with indicators that show change in companies",
            "es": "Informar de los resultados con indicadores que muestren cambios en las empresas",
            "ca": "Informar dels resultats amb indicadors que mostrin canvis a les empreses",
            "fr": "Rendre compte des résultats avec des indicateurs qui montrent le changement dans les entreprises",
        },
    ],
    "modules": [
        {
            "slug": "services-members-value",
            "title": {
                "en": "Services members value",
                "es": "Servicios que valoran los socios",
                "ca": "Serveis que valoren els socis",
                "fr": "Des services utiles aux adhérents",
            },
            "introduction": {
                "en": "Find out what your members need, then build services around it.",
                "es": "Descubre qué necesitan tus socios y construye servicios a partir de ello.",
                "ca": "Descobreix què necessiten els teus socis i construeix serveis a partir d'això.",
                "fr": "Identifiez les besoins de vos adhérents, puis construisez des services autour.",
            },
            "lessons": [
                {
                    "key": "cme-1-1",
                    "slug": "mapping-member-needs",
                    "title": {
                        "en": "Mapping what your members need",
                        "es": "Mapear lo que necesitan tus socios",
                        "ca": "Mapar el que necessiten els teus socis",
                        "fr": "Cartographier les besoins de vos adhérents",
                    },
                    "summary": {
                        "en": "Surveys tell you what members say; interviews and data tell you what they do. Combine both before designing services.",
                        "es": "Las encuestas te dicen lo que dicen los socios; las entrevistas y los datos, lo que hacen. Combina ambos antes de diseñar servicios.",
                        "ca": "Les enquestes et diuen el que diuen els socis; les entrevistes i les dades, el que fan. Combina tots dos abans de dissenyar serveis.",
                        "fr": "Les enquêtes disent ce que déclarent les adhérents ; les entretiens et les données, ce qu'ils font. Combinez les deux avant de concevoir des services.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>Cluster teams often design services from what they know how to deliver: conferences, trade-fair stands, newsletters. In the green and digital transition, members' needs are more specific and change quickly. A knitwear SME preparing for extended producer responsibility needs very different help from a start-up selling 3D-designed samples.</p>",
                                "es": "<p>Los equipos de clúster suelen diseñar los servicios a partir de lo que saben ofrecer: congresos, estands en ferias, boletines. En la transición verde y digital, las necesidades de los socios son más concretas y cambian deprisa. Una pyme de punto que se prepara para la responsabilidad ampliada del productor necesita una ayuda muy distinta de la de una empresa emergente que vende muestras diseñadas en 3D.</p>",
                                "ca": "<p>Els equips de clúster sovint dissenyen els serveis a partir del que saben oferir: congressos, estands a fires, butlletins. En la transició verda i digital, les necessitats dels socis són més concretes i canvien de pressa. Una pime de gènere de punt que es prepara per a la responsabilitat ampliada del productor necessita una ajuda molt diferent de la d'una empresa emergent que ven mostres dissenyades en 3D.</p>",
                                "fr": "<p>Les équipes de cluster conçoivent souvent leurs services à partir de ce qu'elles savent faire : conférences, stands sur les salons, lettres d'information. Dans la transition verte et numérique, les besoins des adhérents sont plus précis et évoluent vite. Une PME de la maille qui se prépare à la responsabilité élargie du producteur a besoin d'une aide très différente de celle d'une start-up qui vend des prototypes conçus en 3D.</p>",
                            },
                        ),
                        (
                            "heading",
                            {
                                "en": "Three sources, one picture",
                                "es": "Tres fuentes, una imagen",
                                "ca": "Tres fonts, una imatge",
                                "fr": "Trois sources, une seule image",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Combine a short online survey (15 questions at most, sent to all members), 10 to 15 in-depth interviews with owners or managers, and the data you already hold: which events each member attended, which projects they joined, which questions they emailed you. When Modacc did this in 2024, the survey ranked 'sustainability regulation' first; the interviews showed that what members actually lacked was someone to translate regulation into a to-do list for their own products.</p>",
                                "es": "<p>Combina una encuesta en línea breve (15 preguntas como máximo, enviada a todos los socios), de 10 a 15 entrevistas en profundidad con propietarios o directivos, y los datos que ya tienes: a qué actividades asistió cada socio, en qué proyectos participó, qué preguntas te envió por correo. Cuando Modacc lo hizo en 2024, la encuesta situó «normativa de sostenibilidad» en primer lugar; las entrevistas mostraron que lo que de verdad faltaba a los socios era alguien que tradujera la normativa en una lista de tareas para sus propios productos.</p>",
                                "ca": "<p>Combina una enquesta en línia breu (15 preguntes com a màxim, enviada a tots els socis), de 10 a 15 entrevistes en profunditat amb propietaris o directius, i les dades que ja tens: a quines activitats va assistir cada soci, en quins projectes va participar, quines preguntes et va enviar per correu. Quan Modacc ho va fer el 2024, l'enquesta va situar «normativa de sostenibilitat» en primer lloc; les entrevistes van mostrar que el que realment faltava als socis era algú que traduís la normativa en una llista de tasques per als seus propis productes.</p>",
                                "fr": "<p>Combinez une courte enquête en ligne (15 questions au plus, envoyée à tous les adhérents), 10 à 15 entretiens approfondis avec des dirigeants, et les données que vous détenez déjà : à quels événements chaque adhérent a participé, à quels projets, quelles questions il vous a envoyées par courriel. Quand Modacc l'a fait en 2024, l'enquête a classé « réglementation durabilité » en premier ; les entretiens ont montré que ce qui manquait vraiment aux adhérents, c'était quelqu'un pour traduire la réglementation en liste d'actions pour leurs propres produits.</p>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Then segment members by need rather than by size. A useful grid crosses two questions: how far along is the company in the transition (not started, experimenting, scaling), and what is its main role in the value chain (brand, manufacturer, supplier, service provider)? Each cell of the grid suggests a different kind of service.</p>",
                                "es": "<p>Después, segmenta a los socios por necesidad y no por tamaño. Una matriz útil cruza dos preguntas: ¿en qué punto de la transición está la empresa (sin empezar, experimentando, escalando) y cuál es su papel principal en la cadena de valor (marca, fabricante, proveedor, prestador de servicios)? Cada casilla de la matriz sugiere un tipo de servicio distinto.</p>",
                                "ca": "<p>Després, segmenta els socis per necessitat i no per mida. Una matriu útil creua dues preguntes: en quin punt de la transició es troba l'empresa (sense començar, experimentant, escalant) i quin és el seu paper principal a la cadena de valor (marca, fabricant, proveïdor, prestador de serveis)? Cada casella de la matriu suggereix un tipus de servei diferent.</p>",
                                "fr": "<p>Segmentez ensuite les adhérents selon leurs besoins plutôt que selon leur taille. Une grille utile croise deux questions : où en est l'entreprise dans la transition (pas commencé, en expérimentation, en passage à l'échelle), et quel est son rôle principal dans la chaîne de valeur (marque, fabricant, fournisseur, prestataire de services) ? Chaque case de la grille suggère un type de service différent.</p>",
                            },
                        ),
                    ],
                },
                {
                    "key": "cme-1-2",
                    "slug": "designing-green-and-digital-services",
                    "title": {
                        "en": "Designing green and digital services",
                        "es": "Diseñar servicios verdes y digitales",
                        "ca": "Dissenyar serveis verds i digitals",
                        "fr": "Concevoir des services verts et numériques",
                    },
                    "summary": {
                        "en": "A service members value has a clear format, a defined result and a price, even when it is subsidised.",
                        "es": "Un servicio que los socios valoran tiene un formato claro, un resultado definido y un precio, aunque esté subvencionado.",
                        "ca": "Un servei que els socis valoren té un format clar, un resultat definit i un preu, encara que estigui subvencionat.",
                        "fr": "Un service apprécié des adhérents a un format clair, un résultat défini et un prix, même s'il est subventionné.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>Turn the needs you found into a small portfolio of services, each described the same way: who it is for, what the company gets at the end, how long it takes, who delivers it and what it costs. EA Eco-entreprises in Provence offers, for example, a two-day eco-design diagnostic for one product, ending with a prioritised list of five changes and their estimated cost; a three-month peer group on take-back logistics for six companies; and a hotline on textile extended producer responsibility.</p>",
                                "es": "<p>Convierte las necesidades detectadas en una pequeña cartera de servicios, cada uno descrito igual: para quién es, qué obtiene la empresa al final, cuánto dura, quién lo presta y cuánto cuesta. EA Eco-entreprises, en Provenza, ofrece por ejemplo un diagnóstico de ecodiseño de dos días para un producto, que termina con una lista priorizada de cinco cambios y su coste estimado; un grupo de pares de tres meses sobre logística de recogida para seis empresas; y una línea de consulta sobre la responsabilidad ampliada del productor textil.</p>",
                                "ca": "<p>Converteix les necessitats detectades en una petita cartera de serveis, cadascun descrit igual: per a qui és, què obté l'empresa al final, quant dura, qui el presta i quant costa. EA Eco-entreprises, a la Provença, ofereix per exemple un diagnòstic d'ecodisseny de dos dies per a un producte, que acaba amb una llista prioritzada de cinc canvis i el seu cost estimat; un grup d'iguals de tres mesos sobre logística de recollida per a sis empreses; i una línia de consulta sobre la responsabilitat ampliada del productor tèxtil.</p>",
                                "fr": "<p>Transformez les besoins identifiés en une petite offre de services, chacun décrit de la même façon : pour qui, ce que l'entreprise obtient à la fin, la durée, qui le délivre et ce qu'il coûte. EA Eco-entreprises, en Provence, propose par exemple un diagnostic d'écoconception de deux jours sur un produit, qui se conclut par une liste priorisée de cinq changements et leur coût estimé ; un groupe de pairs de trois mois sur la logistique de reprise pour six entreprises ; et une permanence sur la REP textile.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": {
                                    "en": "Put a price on it",
                                    "es": "Ponle precio",
                                    "ca": "Posa-hi preu",
                                    "fr": "Affichez un prix",
                                },
                                "text": {
                                    "en": "<p>Even when a project pays most of the cost, show the full price and the member's share. Members commit more to a service they pay 300&nbsp;€ for than to a free one, and you learn what they value.</p>",
                                    "es": "<p>Aunque un proyecto pague la mayor parte del coste, muestra el precio completo y la parte del socio. Los socios se comprometen más con un servicio por el que pagan 300&nbsp;€ que con uno gratuito, y tú aprendes qué valoran.</p>",
                                    "ca": "<p>Encara que un projecte pagui la major part del cost, mostra el preu complet i la part del soci. Els socis es comprometen més amb un servei pel qual paguen 300&nbsp;€ que amb un de gratuït, i tu aprens què valoren.</p>",
                                    "fr": "<p>Même quand un projet finance l'essentiel du coût, affichez le prix complet et la part de l'adhérent. Les adhérents s'engagent davantage dans un service payé 300&nbsp;€ que dans un service gratuit, et vous apprenez ce qu'ils valorisent.</p>",
                                },
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Digital services follow the same rules. Lifestyle &amp; Design Cluster in Denmark runs a 'digital sprint': a 3D-design expert spends four days in a company, digitises one style with the team, and leaves a costed plan for moving sampling to 3D. Of the first twelve companies, eight bought software licences within a year, and the cluster now knows which questions to ask before the sprint.</p>",
                                "es": "<p>Los servicios digitales siguen las mismas reglas. Lifestyle &amp; Design Cluster, en Dinamarca, organiza un «sprint digital»: un experto en diseño 3D pasa cuatro días en una empresa, digitaliza un modelo con el equipo y deja un plan con costes para pasar el muestrario a 3D. De las doce primeras empresas, ocho compraron licencias de software en un año, y el clúster sabe ahora qué preguntas hacer antes del sprint.</p>",
                                "ca": "<p>Els serveis digitals segueixen les mateixes regles. Lifestyle &amp; Design Cluster, a Dinamarca, organitza un «sprint digital»: un expert en disseny 3D passa quatre dies en una empresa, digitalitza un model amb l'equip i deixa un pla amb costos per passar el mostrari a 3D. De les dotze primeres empreses, vuit van comprar llicències de programari en un any, i el clúster sap ara quines preguntes cal fer abans de l'sprint.</p>",
                                "fr": "<p>Les services numériques suivent les mêmes règles. Lifestyle &amp; Design Cluster, au Danemark, organise un « sprint numérique » : un expert en conception 3D passe quatre jours dans une entreprise, numérise un modèle avec l'équipe et laisse un plan chiffré pour passer le prototypage en 3D. Sur les douze premières entreprises, huit ont acheté des licences dans l'année, et le cluster sait désormais quelles questions poser avant le sprint.</p>",
                            },
                        ),
                        (
                            "check",
                            {
                                "kind": "single",
                                "pass_mark": 100,
                                "question": {
                                    "en": "Which description makes a cluster service easiest for a member to say yes to?",
                                    "es": "¿Qué descripción hace que a un socio le resulte más fácil aceptar un servicio del clúster?",
                                    "ca": "Quina descripció fa que a un soci li resulti més fàcil acceptar un servei del clúster?",
                                    "fr": "Quelle description rend un service du cluster le plus facile à accepter pour un adhérent ?",
                                },
                                "options": [
                                    (
                                        {
                                            "en": "'Support for your sustainability journey'",
                                            "es": "«Apoyo en tu camino hacia la sostenibilidad»",
                                            "ca": "«Suport en el teu camí cap a la sostenibilitat»",
                                            "fr": "« Un accompagnement dans votre démarche durable »",
                                        },
                                        False,
                                        {
                                            "en": "Too vague: the member cannot tell what they will get, how long it takes or what it costs.",
                                            "es": "Demasiado vago: el socio no sabe qué obtendrá, cuánto durará ni cuánto costará.",
                                            "ca": "Massa vague: el soci no sap què obtindrà, quant durarà ni quant costarà.",
                                            "fr": "Trop vague : l'adhérent ne sait ni ce qu'il obtiendra, ni la durée, ni le coût.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "'Two-day eco-design diagnostic of one product: a prioritised list of five changes with costs; 1,200 €, your share 300 €'",
                                            "es": "«Diagnóstico de ecodiseño de dos días para un producto: lista priorizada de cinco cambios con costes; 1.200 €, tu parte 300 €»",
                                            "ca": "«Diagnòstic d'ecodisseny de dos dies per a un producte: llista prioritzada de cinc canvis amb costos; 1.200 €, la teva part 300 €»",
                                            "fr": "« Diagnostic d'écoconception de deux jours sur un produit : liste priorisée de cinq changements chiffrés ; 1 200 €, votre part 300 € »",
                                        },
                                        True,
                                        {
                                            "en": "Right: format, result, duration and price are all clear.",
                                            "es": "Correcto: formato, resultado, duración y precio están claros.",
                                            "ca": "Correcte: format, resultat, durada i preu són clars.",
                                            "fr": "Exact : format, résultat, durée et prix sont clairs.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "'Free workshops throughout the year on many topics'",
                                            "es": "«Talleres gratuitos durante todo el año sobre muchos temas»",
                                            "ca": "«Tallers gratuïts durant tot l'any sobre molts temes»",
                                            "fr": "« Des ateliers gratuits toute l'année sur de nombreux thèmes »",
                                        },
                                        False,
                                        {
                                            "en": "Free and broad often means low commitment and no defined result for the company.",
                                            "es": "Gratuito y genérico suele significar poco compromiso y ningún resultado definido para la empresa.",
                                            "ca": "Gratuït i genèric sol voler dir poc compromís i cap resultat definit per a l'empresa.",
                                            "fr": "Gratuit et large rime souvent avec faible engagement et aucun résultat défini pour l'entreprise.",
                                        },
                                    ),
                                ],
                                "explanation": {
                                    "en": "<p>Describe every service with the same five points: audience, result, duration, provider, price.</p>",
                                    "es": "<p>Describe cada servicio con los mismos cinco puntos: destinatarios, resultado, duración, prestador y precio.</p>",
                                    "ca": "<p>Descriu cada servei amb els mateixos cinc punts: destinataris, resultat, durada, prestador i preu.</p>",
                                    "fr": "<p>Décrivez chaque service avec les mêmes cinq points : public, résultat, durée, intervenant, prix.</p>",
                                },
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "exchanges-that-change-companies",
            "title": {
                "en": "Exchanges that change companies",
                "es": "Intercambios que transforman empresas",
                "ca": "Intercanvis que transformen empreses",
                "fr": "Des échanges qui transforment les entreprises",
            },
            "introduction": {
                "en": "Prepare, run and follow up ClusterXchange visits, and show what they achieved.",
                "es": "Prepara, realiza y sigue las visitas ClusterXchange, y muestra lo que han logrado.",
                "ca": "Prepara, fes i segueix les visites ClusterXchange, i mostra el que han aconseguit.",
                "fr": "Préparer, conduire et suivre les visites ClusterXchange, et montrer ce qu'elles ont produit.",
            },
            "lessons": [
                {
                    "key": "cme-2-1",
                    "slug": "preparing-an-exchange-visit",
                    "title": {
                        "en": "Preparing a ClusterXchange visit",
                        "es": "Preparar una visita ClusterXchange",
                        "ca": "Preparar una visita ClusterXchange",
                        "fr": "Préparer une visite ClusterXchange",
                    },
                    "summary": {
                        "en": "A good exchange starts with the visitor's question, a host who can answer it, and an agreed programme.",
                        "es": "Un buen intercambio empieza con la pregunta del visitante, un anfitrión que pueda responderla y un programa acordado.",
                        "ca": "Un bon intercanvi comença amb la pregunta del visitant, un amfitrió que la pugui respondre i un programa acordat.",
                        "fr": "Un bon échange commence par la question du visiteur, un hôte capable d'y répondre et un programme convenu.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>ClusterXchange funds short visits of SME staff and cluster managers to another European region. The visits that change companies have one thing in common: the visitor arrives with a concrete question. 'See innovative companies in Denmark' produces a pleasant trip; 'learn how a brand of our size organises in-store repair, and what it costs' produces a plan.</p>",
                                "es": "<p>ClusterXchange financia visitas cortas de personal de pymes y gestores de clúster a otra región europea. Las visitas que transforman empresas tienen algo en común: el visitante llega con una pregunta concreta. «Ver empresas innovadoras en Dinamarca» da un viaje agradable; «aprender cómo una marca de nuestro tamaño organiza la reparación en tienda y cuánto le cuesta» da un plan.</p>",
                                "ca": "<p>ClusterXchange finança visites curtes de personal de pimes i gestors de clúster a una altra regió europea. Les visites que transformen empreses tenen una cosa en comú: el visitant arriba amb una pregunta concreta. «Veure empreses innovadores a Dinamarca» dona un viatge agradable; «aprendre com una marca de la nostra mida organitza la reparació a botiga i quant li costa» dona un pla.</p>",
                                "fr": "<p>ClusterXchange finance de courtes visites de salariés de PME et de responsables de clusters dans une autre région européenne. Les visites qui transforment les entreprises ont un point commun : le visiteur arrive avec une question concrète. « Voir des entreprises innovantes au Danemark » donne un voyage agréable ; « apprendre comment une marque de notre taille organise la réparation en boutique, et ce que cela coûte » donne un plan.</p>",
                            },
                        ),
                        (
                            "heading",
                            {
                                "en": "Before the visit",
                                "es": "Antes de la visita",
                                "ca": "Abans de la visita",
                                "fr": "Avant la visite",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<ul><li>Write the visitor's question and the decision it will inform, with the visitor, in two or three sentences.</li><li>Match with a host through the partner cluster, who knows which companies can answer it and are willing to open their doors.</li><li>Agree a programme of two to five days: at least one day inside the host company, and meetings with a supplier, a customer or a public body that explain the context.</li><li>Settle practical matters early: confidentiality, photos, language, travel and insurance.</li></ul>",
                                "es": "<ul><li>Escribe con el visitante, en dos o tres frases, su pregunta y la decisión que ayudará a tomar.</li><li>Busca anfitrión a través del clúster socio, que sabe qué empresas pueden responderla y están dispuestas a abrir sus puertas.</li><li>Acordad un programa de dos a cinco días: al menos un día dentro de la empresa anfitriona y reuniones con un proveedor, un cliente o un organismo público que expliquen el contexto.</li><li>Resuelve pronto los aspectos prácticos: confidencialidad, fotos, idioma, viaje y seguro.</li></ul>",
                                "ca": "<ul><li>Escriu amb el visitant, en dues o tres frases, la seva pregunta i la decisió que ajudarà a prendre.</li><li>Busca amfitrió a través del clúster soci, que sap quines empreses la poden respondre i estan disposades a obrir les portes.</li><li>Acordeu un programa de dos a cinc dies: com a mínim un dia dins de l'empresa amfitriona i reunions amb un proveïdor, un client o un organisme públic que expliquin el context.</li><li>Resol aviat els aspectes pràctics: confidencialitat, fotos, idioma, viatge i assegurança.</li></ul>",
                                "fr": "<ul><li>Rédigez avec le visiteur, en deux ou trois phrases, sa question et la décision qu'elle doit éclairer.</li><li>Trouvez un hôte via le cluster partenaire, qui sait quelles entreprises peuvent y répondre et sont prêtes à ouvrir leurs portes.</li><li>Convenez d'un programme de deux à cinq jours : au moins une journée dans l'entreprise hôte, et des rencontres avec un fournisseur, un client ou un organisme public qui expliquent le contexte.</li><li>Réglez tôt les questions pratiques : confidentialité, photos, langue, voyage et assurance.</li></ul>",
                            },
                        ),
                        (
                            "quote",
                            {
                                "text": {
                                    "en": "The host gains as much as the visitor when the question is good: explaining your own process to a peer makes you see its weak points.",
                                    "es": "El anfitrión gana tanto como el visitante cuando la pregunta es buena: explicar tu propio proceso a un igual te hace ver sus puntos débiles.",
                                    "ca": "L'amfitrió hi guanya tant com el visitant quan la pregunta és bona: explicar el teu propi procés a un igual et fa veure'n els punts febles.",
                                    "fr": "L'hôte y gagne autant que le visiteur quand la question est bonne : expliquer son propre processus à un pair fait voir ses points faibles.",
                                },
                                "attribution": "Cluster manager, ICONIC",
                            },
                        ),
                        (
                            "check",
                            {
                                "kind": "multiple",
                                "pass_mark": 100,
                                "question": {
                                    "en": "Which of these belong in the preparation of an exchange visit? Choose all that apply.",
                                    "es": "¿Cuáles de estos puntos forman parte de la preparación de una visita de intercambio? Elige todos los que correspondan.",
                                    "ca": "Quins d'aquests punts formen part de la preparació d'una visita d'intercanvi? Tria tots els que corresponguin.",
                                    "fr": "Lesquels de ces éléments font partie de la préparation d'une visite d'échange ? Choisissez toutes les bonnes réponses.",
                                },
                                "options": [
                                    (
                                        {
                                            "en": "A written question and the decision it will inform",
                                            "es": "Una pregunta escrita y la decisión que ayudará a tomar",
                                            "ca": "Una pregunta escrita i la decisió que ajudarà a prendre",
                                            "fr": "Une question écrite et la décision qu'elle doit éclairer",
                                        },
                                        True,
                                        {
                                            "en": "Yes: it is what turns a visit into a plan.",
                                            "es": "Sí: es lo que convierte una visita en un plan.",
                                            "ca": "Sí: és el que converteix una visita en un pla.",
                                            "fr": "Oui : c'est ce qui transforme une visite en plan d'action.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "An agreed programme with time inside the host company",
                                            "es": "Un programa acordado con tiempo dentro de la empresa anfitriona",
                                            "ca": "Un programa acordat amb temps dins de l'empresa amfitriona",
                                            "fr": "Un programme convenu avec du temps dans l'entreprise hôte",
                                        },
                                        True,
                                        {
                                            "en": "Yes: the answers are found where the work is done.",
                                            "es": "Sí: las respuestas están donde se hace el trabajo.",
                                            "ca": "Sí: les respostes són on es fa la feina.",
                                            "fr": "Oui : les réponses se trouvent là où le travail se fait.",
                                        },
                                    ),
                                    (
                                        {
                                            "en": "As many company visits as possible, one per half-day",
                                            "es": "El mayor número posible de visitas a empresas, una cada media jornada",
                                            "ca": "El màxim nombre possible de visites a empreses, una cada mitja jornada",
                                            "fr": "Le plus de visites d'entreprises possible, une par demi-journée",
                                        },
                                        False,
                                        {
                                            "en": "Many short visits give impressions, rarely answers. Depth beats breadth.",
                                            "es": "Muchas visitas cortas dan impresiones, pocas veces respuestas. Mejor profundidad que amplitud.",
                                            "ca": "Moltes visites curtes donen impressions, poques vegades respostes. Millor profunditat que amplitud.",
                                            "fr": "Beaucoup de visites courtes donnent des impressions, rarement des réponses. La profondeur l'emporte sur l'étendue.",
                                        },
                                    ),
                                ],
                                "explanation": {
                                    "en": "<p>Question first, the right host second, a focused programme third.</p>",
                                    "es": "<p>Primero la pregunta, después el anfitrión adecuado y, por último, un programa centrado.</p>",
                                    "ca": "<p>Primer la pregunta, després l'amfitrió adequat i, finalment, un programa centrat.</p>",
                                    "fr": "<p>D'abord la question, ensuite le bon hôte, enfin un programme ciblé.</p>",
                                },
                            },
                        ),
                    ],
                },
                {
                    "key": "cme-2-2",
                    "slug": "measuring-impact",
                    "title": {
                        "en": "Measuring impact and reporting",
                        "es": "Medir el impacto e informar",
                        "ca": "Mesurar l'impacte i informar-ne",
                        "fr": "Mesurer l'impact et en rendre compte",
                    },
                    "summary": {
                        "en": "Count activities, but report changes: what companies decided and did after the exchange, at three and six months.",
                        "es": "Cuenta actividades, pero informa de cambios: qué decidieron e hicieron las empresas después del intercambio, a los tres y a los seis meses.",
                        "ca": "Compta activitats, però informa de canvis: què van decidir i fer les empreses després de l'intercanvi, als tres i als sis mesos.",
                        "fr": "Comptez les activités, mais rendez compte des changements : ce que les entreprises ont décidé et fait après l'échange, à trois et six mois.",
                    },
                    "body": [
                        (
                            "paragraph",
                            {
                                "en": "<p>Funders and boards ask for numbers, and the easiest numbers are activities: visits organised, participants, days abroad. They are necessary but say nothing about whether companies changed. Add a small set of outcome indicators, collected with the same two questions at three and six months: 'What did you decide because of the exchange?' and 'What have you done so far?'</p>",
                                "es": "<p>Financiadores y juntas directivas piden cifras, y las más fáciles son las de actividad: visitas organizadas, participantes, días en el extranjero. Son necesarias, pero no dicen nada sobre si las empresas cambiaron. Añade un pequeño conjunto de indicadores de resultado, recogidos con las mismas dos preguntas a los tres y a los seis meses: «¿Qué decidiste gracias al intercambio?» y «¿Qué has hecho hasta ahora?».</p>",
                                "ca": "<p>Finançadors i juntes directives demanen xifres, i les més fàcils són les d'activitat: visites organitzades, participants, dies a l'estranger. Són necessàries, però no diuen res sobre si les empreses van canviar. Afegeix un petit conjunt d'indicadors de resultat, recollits amb les mateixes dues preguntes als tres i als sis mesos: «Què vas decidir gràcies a l'intercanvi?» i «Què has fet fins ara?».</p>",
                                "fr": "<p>Financeurs et conseils d'administration demandent des chiffres, et les plus faciles sont ceux d'activité : visites organisées, participants, jours à l'étranger. Ils sont nécessaires mais ne disent rien du changement dans les entreprises. Ajoutez un petit ensemble d'indicateurs de résultat, recueillis avec les deux mêmes questions à trois et à six mois : « Qu'avez-vous décidé grâce à l'échange ? » et « Qu'avez-vous déjà fait ? ».</p>",
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Useful outcome indicators for the exchange programme include: the share of participants who started a new practice within six months (a repair service, a supplier data request, a 3D sampling trial); new partnerships between companies of the two regions; projects submitted together; and case studies written about what was learned. ICONIC reported in 2025 that 11 of 16 Romanian participants had started a new practice within six months, and that two of those practices were published as case studies on this hub.</p>",
                                "es": "<p>Entre los indicadores de resultado útiles para el programa de intercambios están: la proporción de participantes que iniciaron una nueva práctica en seis meses (un servicio de reparación, una solicitud de datos a proveedores, una prueba de muestrario en 3D); nuevas colaboraciones entre empresas de las dos regiones; proyectos presentados conjuntamente; y casos de estudio escritos sobre lo aprendido. ICONIC informó en 2025 de que 11 de sus 16 participantes rumanos habían iniciado una nueva práctica en seis meses y de que dos de esas prácticas se publicaron como casos de estudio en este portal.</p>",
                                "ca": "<p>Entre els indicadors de resultat útils per al programa d'intercanvis hi ha: la proporció de participants que van iniciar una nova pràctica en sis mesos (un servei de reparació, una sol·licitud de dades a proveïdors, una prova de mostrari en 3D); noves col·laboracions entre empreses de les dues regions; projectes presentats conjuntament; i casos d'estudi escrits sobre el que s'ha après. ICONIC va informar el 2025 que 11 dels seus 16 participants romanesos havien iniciat una nova pràctica en sis mesos i que dues d'aquestes pràctiques es van publicar com a casos d'estudi en aquest portal.</p>",
                                "fr": "<p>Parmi les indicateurs de résultat utiles au programme d'échanges : la part des participants ayant lancé une nouvelle pratique dans les six mois (un service de réparation, une demande de données fournisseurs, un essai de prototypage 3D) ; les nouveaux partenariats entre entreprises des deux régions ; les projets déposés ensemble ; et les études de cas rédigées sur ce qui a été appris. ICONIC a indiqué en 2025 que 11 de ses 16 participants roumains avaient lancé une nouvelle pratique dans les six mois, et que deux de ces pratiques avaient été publiées comme études de cas sur ce portail.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "info",
                                "title": {
                                    "en": "Cluster excellence labels",
                                    "es": "Sellos de excelencia de clúster",
                                    "ca": "Segells d'excel·lència de clúster",
                                    "fr": "Labels d'excellence des clusters",
                                },
                                "text": {
                                    "en": "<p>The European cluster management labels (bronze, silver and gold) assess, among other things, how a cluster measures the results of its services. The indicators in this lesson feed directly into that assessment.</p>",
                                    "es": "<p>Los sellos europeos de gestión de clústeres (bronce, plata y oro) evalúan, entre otras cosas, cómo mide un clúster los resultados de sus servicios. Los indicadores de esta lección alimentan directamente esa evaluación.</p>",
                                    "ca": "<p>Els segells europeus de gestió de clústers (bronze, plata i or) avaluen, entre altres coses, com mesura un clúster els resultats dels seus serveis. Els indicadors d'aquesta lliçó alimenten directament aquesta avaluació.</p>",
                                    "fr": "<p>Les labels européens de management de cluster (bronze, argent et or) évaluent notamment la manière dont un cluster mesure les résultats de ses services. Les indicateurs de cette leçon alimentent directement cette évaluation.</p>",
                                },
                            },
                        ),
                        (
                            "paragraph",
                            {
                                "en": "<p>Report in two parts: a table of activity and outcome figures against targets, and three short stories of companies that changed, with their permission. The stories persuade; the table proves the stories are not exceptions.</p>",
                                "es": "<p>Informa en dos partes: una tabla de cifras de actividad y resultado frente a los objetivos, y tres historias breves de empresas que cambiaron, con su permiso. Las historias convencen; la tabla demuestra que no son excepciones.</p>",
                                "ca": "<p>Informa en dues parts: una taula de xifres d'activitat i resultat davant dels objectius, i tres històries breus d'empreses que van canviar, amb el seu permís. Les històries convencen; la taula demostra que no són excepcions.</p>",
                                "fr": "<p>Rendez compte en deux parties : un tableau des chiffres d'activité et de résultat au regard des objectifs, et trois courts récits d'entreprises qui ont changé, avec leur accord. Les récits convainquent ; le tableau prouve qu'ils ne sont pas des exceptions.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

COURSES = [CIRCULAR_BUSINESS_MODELS, DIGITAL_PRODUCT_PASSPORTS, CLUSTER_MANAGEMENT]
