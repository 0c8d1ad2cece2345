"""Demo how-to guides of the practices app.

Plain data following /tmp/clothhub/DEMO_SCHEMA.md: each guide has ordered steps and a checklist in
English, Spanish, French and one partner language. related_case_studies holds keys of CASE_STUDIES
(mostly from case_studies_b.py; "dk-repairloop-denim-repair" is defined in case_studies_a.py).
"""

GUIDES = [
    {
        "key": "guide-start-a-repair-service",
        "section": "ea-eco-entreprises",
        "topics": ["repair-and-care", "e-commerce-platforms"],
        "stages": ["use-care"],
        "tags": ["repair service", "after-sales", "pricing", "artisans"],
        "audience": "sme",
        "difficulty": "beginner",
        "time_to_implement": "3–6 months",
        "related_case_studies": [
            "fr-cuir-repare-leather-goods-repair-network",
            "dk-repairloop-denim-repair",
        ],
        "author": "Élodie Fabre",
        "original_language": "fr",
        "publication_date": "2025-05-14",
        "last_reviewed": "2025-10-21",
        "review_owner": "EA Eco-entreprises",
        "translations": {
            "en": {
                "title": "Start a repair service for your products",
                "slug": "start-a-repair-service",
                "summary": "Five steps to offer repairs for the clothes, shoes or leather goods you sell, from analysing what breaks to pricing, booking and measuring results.",
                "time_to_implement": "3 to 6 months",
                "steps": [
                    {
                        "title": "Find out what breaks and how often",
                        "text": "<p>Go through a year of returns, complaints and warranty claims, and examine at least 200 damaged items if you can. In most collections five or six faults (zips, seams, buttons, worn edges, holes at stress points) make up about 70% of repair needs. Note the time and materials each one takes.</p>",
                    },
                    {
                        "title": "Choose how the repairs will be done",
                        "text": "<p>You can set up an in-house workshop, work with independent tailors or artisans, or join an existing repair network. An in-house bench with an industrial machine and tools costs around €6,000 plus a trained person; partners usually charge per job or take a 10–20% commission. Many small brands start with partners and bring the most frequent repairs in-house later.</p>",
                    },
                    {
                        "title": "Set prices and a turnaround promise",
                        "text": "<p>Publish a simple grid of 10 to 15 standard repairs with fixed prices, and quote the rest individually from photos. Decide which repairs are free, for example within the first year, and promise a realistic turnaround; under 14 days is what customers generally accept. In France, check whether your repairers can be accredited for the national repair bonus for clothing and shoes, which lowers the price customers pay.</p>",
                    },
                    {
                        "title": "Make booking effortless",
                        "text": "<p>Offer an online form with photo upload, drop-off in shops and prepaid shipping labels. Give each repair an identifier so that customers can follow it and you can track costs. Send the item back with a short note on what was done and how to care for it.</p>",
                    },
                    {
                        "title": "Measure and tell the story",
                        "text": "<p>Track the number of repairs, turnaround, customer satisfaction, repeat purchases and the weight of products kept in use. Share results every year with customers and staff, and feed frequent faults back to your designers. A repair service that also improves the next collection pays back twice.</p>",
                    },
                ],
                "checklist": [
                    "At least 200 damaged items analysed and the top five faults listed",
                    "Repair model chosen: in-house, partners or network",
                    "Price grid for 10 to 15 standard repairs published",
                    "Turnaround promise set and monitored",
                    "Online booking with photo upload and prepaid shipping live",
                    "Frequent faults reported to the design team each season",
                ],
            },
            "es": {
                "title": "Ponga en marcha un servicio de reparación de sus productos",
                "slug": "poner-en-marcha-un-servicio-de-reparacion",
                "summary": "Cinco pasos para ofrecer reparaciones de la ropa, el calzado o la marroquinería que vende, desde analizar qué se rompe hasta fijar precios, gestionar reservas y medir resultados.",
                "time_to_implement": "De 3 a 6 meses",
                "steps": [
                    {
                        "title": "Averigüe qué se rompe y con qué frecuencia",
                        "text": "<p>Revise un año de devoluciones, quejas y garantías, y examine al menos 200 artículos dañados si puede. En la mayoría de las colecciones, cinco o seis averías (cremalleras, costuras, botones, bordes gastados, agujeros en zonas de tensión) suponen cerca del 70% de las reparaciones. Anote el tiempo y los materiales que requiere cada una.</p>",
                    },
                    {
                        "title": "Elija cómo se harán las reparaciones",
                        "text": "<p>Puede montar un taller propio, trabajar con sastres o artesanos independientes, o unirse a una red de reparación existente. Un puesto propio con máquina industrial y herramientas cuesta unos 6.000 € más una persona formada; los colaboradores suelen cobrar por trabajo o una comisión del 10 al 20%. Muchas marcas pequeñas empiezan con colaboradores y más tarde internalizan las reparaciones más frecuentes.</p>",
                    },
                    {
                        "title": "Fije precios y un plazo de entrega",
                        "text": "<p>Publique una tabla sencilla de 10 a 15 reparaciones estándar con precio fijo y presupueste el resto a partir de fotos. Decida qué reparaciones son gratuitas, por ejemplo durante el primer año, y prometa un plazo realista; los clientes suelen aceptar menos de 14 días. Si vende en Francia, compruebe si sus reparadores pueden acreditarse para la bonificación nacional a la reparación de ropa y calzado, que rebaja el precio para el cliente.</p>",
                    },
                    {
                        "title": "Haga que reservar sea muy fácil",
                        "text": "<p>Ofrezca un formulario en línea con subida de fotos, entrega en tienda y etiquetas de envío prepagadas. Asigne un identificador a cada reparación para que el cliente pueda seguirla y usted controle los costes. Devuelva el artículo con una nota breve sobre lo que se ha hecho y cómo cuidarlo.</p>",
                    },
                    {
                        "title": "Mida y cuéntelo",
                        "text": "<p>Registre el número de reparaciones, el plazo, la satisfacción, las compras repetidas y el peso de los productos que siguen en uso. Comparta los resultados cada año con clientes y equipo, y transmita las averías frecuentes a sus diseñadores. Un servicio de reparación que además mejora la siguiente colección rinde dos veces.</p>",
                    },
                ],
                "checklist": [
                    "Al menos 200 artículos dañados analizados y las cinco averías principales identificadas",
                    "Modelo de reparación elegido: taller propio, colaboradores o red",
                    "Tabla de precios de 10 a 15 reparaciones estándar publicada",
                    "Plazo de entrega prometido y controlado",
                    "Reserva en línea con fotos y envío prepagado en funcionamiento",
                    "Averías frecuentes comunicadas al equipo de diseño cada temporada",
                ],
            },
            "fr": {
                "title": "Lancer un service de réparation pour vos produits",
                "slug": "lancer-un-service-de-reparation",
                "summary": "Cinq étapes pour proposer la réparation des vêtements, chaussures ou articles de maroquinerie que vous vendez, de l'analyse des pannes à la tarification, à la réservation et à la mesure des résultats.",
                "time_to_implement": "3 à 6 mois",
                "steps": [
                    {
                        "title": "Identifier ce qui casse et à quelle fréquence",
                        "text": "<p>Passez en revue une année de retours, de réclamations et de demandes de garantie, et examinez si possible au moins 200 articles abîmés. Dans la plupart des collections, cinq ou six défauts (fermetures éclair, coutures, boutons, bords usés, trous aux points de tension) représentent environ 70 % des besoins de réparation. Notez le temps et les fournitures nécessaires pour chacun.</p>",
                    },
                    {
                        "title": "Choisir qui réparera",
                        "text": "<p>Vous pouvez créer un atelier interne, travailler avec des retoucheurs ou artisans indépendants, ou rejoindre un réseau de réparation existant. Un poste interne avec machine industrielle et outillage coûte environ 6 000 €, plus une personne formée ; les partenaires facturent à l'intervention ou prennent une commission de 10 à 20 %. Beaucoup de petites marques commencent avec des partenaires puis internalisent les réparations les plus fréquentes.</p>",
                    },
                    {
                        "title": "Fixer les prix et un délai",
                        "text": "<p>Publiez une grille simple de 10 à 15 réparations standard à prix fixe et chiffrez les autres sur photos. Décidez quelles réparations sont gratuites, par exemple la première année, et engagez-vous sur un délai réaliste : moins de 14 jours est généralement bien accepté. Vérifiez si vos réparateurs peuvent être labellisés pour le bonus réparation textile et chaussures, qui réduit le prix payé par le client.</p>",
                    },
                    {
                        "title": "Rendre la réservation simple",
                        "text": "<p>Proposez un formulaire en ligne avec envoi de photos, le dépôt en boutique et des étiquettes d'envoi prépayées. Donnez un identifiant à chaque réparation pour que le client puisse la suivre et que vous puissiez en suivre les coûts. Renvoyez l'article avec une courte note sur l'intervention et les conseils d'entretien.</p>",
                    },
                    {
                        "title": "Mesurer et faire savoir",
                        "text": "<p>Suivez le nombre de réparations, les délais, la satisfaction, les achats répétés et le poids des produits maintenus en usage. Partagez les résultats chaque année avec vos clients et vos équipes, et remontez les défauts fréquents aux stylistes. Un service de réparation qui améliore aussi la collection suivante rapporte deux fois.</p>",
                    },
                ],
                "checklist": [
                    "Au moins 200 articles abîmés analysés et les cinq principaux défauts listés",
                    "Modèle de réparation choisi : interne, partenaires ou réseau",
                    "Grille tarifaire de 10 à 15 réparations standard publiée",
                    "Délai de réparation annoncé et suivi",
                    "Réservation en ligne avec photos et envoi prépayé opérationnelle",
                    "Défauts fréquents transmis à l'équipe de création chaque saison",
                ],
            },
            "ca": {
                "title": "Engegueu un servei de reparació dels vostres productes",
                "slug": "engegar-un-servei-de-reparacio",
                "summary": "Cinc passos per oferir reparacions de la roba, el calçat o la marroquineria que veneu, des d'analitzar què es trenca fins a fixar preus, gestionar reserves i mesurar resultats.",
                "time_to_implement": "De 3 a 6 mesos",
                "steps": [
                    {
                        "title": "Esbrineu què es trenca i amb quina freqüència",
                        "text": "<p>Reviseu un any de devolucions, queixes i garanties, i examineu almenys 200 articles malmesos si podeu. En la majoria de col·leccions, cinc o sis avaries (cremalleres, costures, botons, vores gastades, forats als punts de tensió) representen prop del 70% de les reparacions. Anoteu el temps i els materials que necessita cadascuna.</p>",
                    },
                    {
                        "title": "Trieu qui farà les reparacions",
                        "text": "<p>Podeu muntar un taller propi, treballar amb sastres o artesans independents, o entrar en una xarxa de reparació existent. Un lloc propi amb màquina industrial i eines costa uns 6.000 € més una persona formada; els col·laboradors acostumen a cobrar per feina o una comissió del 10 al 20%. Moltes marques petites comencen amb col·laboradors i més endavant internalitzen les reparacions més freqüents.</p>",
                    },
                    {
                        "title": "Fixeu preus i un termini",
                        "text": "<p>Publiqueu una taula senzilla de 10 a 15 reparacions estàndard amb preu fix i pressuposteu la resta a partir de fotos. Decidiu quines reparacions són gratuïtes, per exemple durant el primer any, i prometeu un termini realista; els clients solen acceptar menys de 14 dies. Si veneu a França, comproveu si els vostres reparadors es poden acreditar per a la bonificació nacional a la reparació de roba i calçat, que rebaixa el preu per al client.</p>",
                    },
                    {
                        "title": "Feu que reservar sigui molt fàcil",
                        "text": "<p>Oferiu un formulari en línia amb pujada de fotos, lliurament a botiga i etiquetes d'enviament prepagades. Assigneu un identificador a cada reparació perquè el client la pugui seguir i vosaltres en controleu els costos. Retorneu l'article amb una nota breu sobre què s'ha fet i com cuidar-lo.</p>",
                    },
                    {
                        "title": "Mesureu-ho i expliqueu-ho",
                        "text": "<p>Registreu el nombre de reparacions, el termini, la satisfacció, les compres repetides i el pes dels productes que continuen en ús. Compartiu els resultats cada any amb clients i equip, i feu arribar les avaries freqüents als dissenyadors. Un servei de reparació que a més millora la col·lecció següent rendeix dues vegades.</p>",
                    },
                ],
                "checklist": [
                    "Almenys 200 articles malmesos analitzats i les cinc avaries principals identificades",
                    "Model de reparació triat: taller propi, col·laboradors o xarxa",
                    "Taula de preus de 10 a 15 reparacions estàndard publicada",
                    "Termini promès i controlat",
                    "Reserva en línia amb fotos i enviament prepagat en funcionament",
                    "Avaries freqüents comunicades a l'equip de disseny cada temporada",
                ],
            },
        },
    },
    {
        "key": "guide-set-up-a-take-back-scheme",
        "section": "lifestyle-design-cluster",
        "topics": ["take-back-and-sorting", "resale-and-rental", "recycled-fibres"],
        "stages": ["distribution-retail", "end-of-life"],
        "tags": ["take-back", "collection", "sorting partner", "extended producer responsibility"],
        "audience": "retailer",
        "difficulty": "intermediate",
        "time_to_implement": "6–12 months",
        "related_case_studies": [
            "dk-nordsort-ai-second-hand-sorting",
            "es-mar-de-fons-swimwear-from-fishing-nets",
        ],
        "author": "Camilla Nørgaard",
        "original_language": "da",
        "publication_date": "2025-04-09",
        "last_reviewed": "2025-10-02",
        "review_owner": "Lifestyle & Design Cluster",
        "translations": {
            "en": {
                "title": "Set up a garment take-back scheme",
                "slug": "set-up-a-garment-take-back-scheme",
                "summary": "How a brand or retailer can collect used clothing from customers and make sure it is reused or recycled, not just exported or burned.",
                "time_to_implement": "6 to 12 months",
                "steps": [
                    {
                        "title": "Decide the purpose and scope",
                        "text": "<p>Be clear about why you collect: to resell your own products, to feed a recycler, or to offer a service to customers. Decide whether you accept only your brand or all brands, and which categories (clothing, shoes, home textiles). A narrow scope is easier to run well in the first year.</p>",
                    },
                    {
                        "title": "Find a sorting partner and agree on grades",
                        "text": "<p>Ask two or three sorters how they grade items, where each grade goes and what they can report. Agree in writing on prices or fees per tonne, the share that must be reused or recycled in Europe, and a quarterly report by weight and destination. Visit the sorting site before you sign.</p>",
                    },
                    {
                        "title": "Design the customer journey",
                        "text": "<p>Place clearly labelled bins in shops and offer prepaid bags for online customers. If you give a reward, such as a 10% voucher, make it valid for second-hand items or repairs too, so the scheme does not simply drive new purchases. Explain on the bin what happens to the clothes.</p>",
                    },
                    {
                        "title": "Plan the logistics",
                        "text": "<p>A one-cubic-metre bin holds roughly 80 to 100 kg of clothing; weigh every collection per shop to plan pick-ups. Combine pick-ups with deliveries to shops where possible, and keep collected items dry, because damp textiles quickly lose all reuse value.</p>",
                    },
                    {
                        "title": "Track the results and report honestly",
                        "text": "<p>Report tonnes collected and the shares reused, recycled fibre-to-fibre, downcycled and incinerated. Avoid claims such as “100% recycled” unless the data prove them. The revised EU Waste Framework Directive introduces extended producer responsibility for textiles in every member state, so good data now will also prepare you for future fees and reporting.</p>",
                    },
                ],
                "checklist": [
                    "Purpose, accepted brands and product categories defined",
                    "Written agreement with a sorting partner, including destinations and reporting",
                    "Bins and prepaid bags with clear information for customers",
                    "Reward that does not only push new purchases",
                    "Every collection weighed and recorded per shop",
                    "Yearly public report on tonnes and destinations",
                ],
            },
            "es": {
                "title": "Cree un programa de recogida de ropa usada",
                "slug": "crear-un-programa-de-recogida-de-ropa-usada",
                "summary": "Cómo una marca o un comercio puede recoger ropa usada de sus clientes y asegurarse de que se reutiliza o se recicla, en lugar de exportarse o incinerarse sin más.",
                "time_to_implement": "De 6 a 12 meses",
                "steps": [
                    {
                        "title": "Defina el objetivo y el alcance",
                        "text": "<p>Tenga claro por qué recoge: para revender sus propios productos, para abastecer a un reciclador o para ofrecer un servicio a sus clientes. Decida si acepta solo su marca o todas, y qué categorías (ropa, calzado, textil hogar). Un alcance limitado es más fácil de gestionar bien el primer año.</p>",
                    },
                    {
                        "title": "Busque un socio de clasificación y acuerde las calidades",
                        "text": "<p>Pregunte a dos o tres clasificadores cómo clasifican, adónde va cada calidad y qué información pueden darle. Acuerde por escrito precios o tarifas por tonelada, la proporción que debe reutilizarse o reciclarse en Europa y un informe trimestral por peso y destino. Visite la planta antes de firmar.</p>",
                    },
                    {
                        "title": "Diseñe la experiencia del cliente",
                        "text": "<p>Coloque contenedores bien señalizados en las tiendas y ofrezca bolsas prepagadas a los clientes en línea. Si da una recompensa, como un vale del 10%, hágala válida también para segunda mano o reparaciones, para que el programa no se limite a impulsar compras nuevas. Explique en el contenedor qué pasa con la ropa.</p>",
                    },
                    {
                        "title": "Planifique la logística",
                        "text": "<p>Un contenedor de un metro cúbico admite unos 80 a 100 kg de ropa; pese cada recogida por tienda para planificar las rutas. Combine las recogidas con las entregas a tienda siempre que pueda y mantenga la ropa seca, porque los textiles húmedos pierden enseguida todo su valor de reutilización.</p>",
                    },
                    {
                        "title": "Siga los resultados e informe con honestidad",
                        "text": "<p>Informe de las toneladas recogidas y de las proporciones reutilizadas, recicladas de fibra a fibra, infrarrecicladas e incineradas. Evite afirmaciones como «100% reciclado» si los datos no las respaldan. La Directiva marco de residuos revisada introduce la responsabilidad ampliada del productor para los textiles en todos los Estados miembros, así que unos buenos datos hoy le prepararán también para las futuras tasas e informes.</p>",
                    },
                ],
                "checklist": [
                    "Objetivo, marcas aceptadas y categorías de producto definidos",
                    "Acuerdo escrito con un socio de clasificación, con destinos e informes",
                    "Contenedores y bolsas prepagadas con información clara para el cliente",
                    "Recompensa que no solo impulsa compras nuevas",
                    "Cada recogida pesada y registrada por tienda",
                    "Informe público anual de toneladas y destinos",
                ],
            },
            "fr": {
                "title": "Mettre en place un dispositif de reprise des vêtements",
                "slug": "mettre-en-place-un-dispositif-de-reprise-des-vetements",
                "summary": "Comment une marque ou un distributeur peut collecter les vêtements usagés de ses clients et s'assurer qu'ils sont réemployés ou recyclés, et pas simplement exportés ou incinérés.",
                "time_to_implement": "6 à 12 mois",
                "steps": [
                    {
                        "title": "Définir l'objectif et le périmètre",
                        "text": "<p>Sachez pourquoi vous collectez : revendre vos propres produits, alimenter un recycleur ou offrir un service à vos clients. Décidez si vous acceptez uniquement votre marque ou toutes les marques, et quelles catégories (vêtements, chaussures, linge de maison). Un périmètre restreint est plus facile à bien gérer la première année.</p>",
                    },
                    {
                        "title": "Trouver un partenaire de tri et convenir des qualités",
                        "text": "<p>Demandez à deux ou trois opérateurs de tri comment ils classent les articles, où part chaque qualité et quelles données ils peuvent fournir. Fixez par écrit les prix ou frais à la tonne, la part qui doit être réemployée ou recyclée en Europe et un rapport trimestriel par poids et destination. Visitez le centre de tri avant de signer.</p>",
                    },
                    {
                        "title": "Concevoir le parcours client",
                        "text": "<p>Installez des bacs bien signalés en magasin et proposez des sacs prépayés aux clients en ligne. Si vous offrez une récompense, comme un bon de 10 %, rendez-la valable aussi sur la seconde main ou la réparation, pour que le dispositif ne se contente pas de stimuler l'achat neuf. Expliquez sur le bac ce que deviennent les vêtements.</p>",
                    },
                    {
                        "title": "Organiser la logistique",
                        "text": "<p>Un bac d'un mètre cube contient environ 80 à 100 kg de vêtements ; pesez chaque collecte par magasin pour planifier les enlèvements. Combinez-les avec les livraisons des magasins quand c'est possible et gardez les vêtements au sec, car un textile humide perd très vite toute valeur de réemploi.</p>",
                    },
                    {
                        "title": "Suivre les résultats et rendre compte honnêtement",
                        "text": "<p>Publiez les tonnes collectées et les parts réemployées, recyclées fibre à fibre, décyclées et incinérées. Évitez les allégations du type « 100 % recyclé » si les données ne les prouvent pas. La directive-cadre sur les déchets révisée étend la responsabilité élargie du producteur aux textiles dans tous les États membres : de bonnes données dès aujourd'hui vous prépareront aussi aux futures contributions et déclarations.</p>",
                    },
                ],
                "checklist": [
                    "Objectif, marques acceptées et catégories de produits définis",
                    "Accord écrit avec un partenaire de tri, destinations et rapports compris",
                    "Bacs et sacs prépayés avec une information claire pour les clients",
                    "Récompense qui ne pousse pas seulement à l'achat neuf",
                    "Chaque collecte pesée et enregistrée par magasin",
                    "Rapport public annuel sur les tonnages et les destinations",
                ],
            },
            "da": {
                "title": "Etablér en returordning for brugt tøj",
                "slug": "etabler-en-returordning-for-brugt-toej",
                "summary": "Sådan kan et brand eller en butik indsamle brugt tøj fra kunderne og sikre, at det bliver genbrugt eller genanvendt – ikke bare eksporteret eller brændt.",
                "time_to_implement": "6 til 12 måneder",
                "steps": [
                    {
                        "title": "Fastlæg formål og omfang",
                        "text": "<p>Vær klar over, hvorfor I indsamler: for at videresælge jeres egne produkter, for at forsyne en genanvender eller for at tilbyde kunderne en service. Beslut, om I kun tager imod jeres eget brand eller alle brands, og hvilke kategorier (tøj, sko, boligtekstiler). Et snævert omfang er lettere at drive godt det første år.</p>",
                    },
                    {
                        "title": "Find en sorteringspartner og aftal kvaliteter",
                        "text": "<p>Spørg to eller tre sorteringsvirksomheder, hvordan de sorterer, hvor hver kvalitet ender, og hvad de kan rapportere. Aftal skriftligt priser eller gebyrer pr. ton, den andel der skal genbruges eller genanvendes i Europa, og en kvartalsrapport fordelt på vægt og destination. Besøg sorteringsanlægget, før I skriver under.</p>",
                    },
                    {
                        "title": "Design kundeoplevelsen",
                        "text": "<p>Stil tydeligt mærkede containere op i butikkerne, og tilbyd forudbetalte poser til onlinekunder. Giver I en belønning, fx en rabat på 10%, så lad den også gælde genbrugsvarer eller reparationer, så ordningen ikke blot driver nyt forbrug. Forklar på containeren, hvad der sker med tøjet.</p>",
                    },
                    {
                        "title": "Planlæg logistikken",
                        "text": "<p>En container på én kubikmeter rummer omkring 80 til 100 kg tøj; vej hver indsamling pr. butik for at planlægge afhentningerne. Kombinér afhentning med varelevering til butikkerne, hvor det er muligt, og hold tøjet tørt, for fugtige tekstiler mister hurtigt al genbrugsværdi.</p>",
                    },
                    {
                        "title": "Følg resultaterne og rapportér ærligt",
                        "text": "<p>Rapportér indsamlede tons og andelene, der genbruges, genanvendes fiber-til-fiber, nedcykles og forbrændes. Undgå udsagn som “100% genanvendt”, medmindre data kan bevise dem. Det reviderede EU-affaldsrammedirektiv indfører udvidet producentansvar for tekstiler i alle medlemslande, så gode data nu forbereder jer også på kommende gebyrer og indberetninger.</p>",
                    },
                ],
                "checklist": [
                    "Formål, accepterede brands og produktkategorier er fastlagt",
                    "Skriftlig aftale med en sorteringspartner, inkl. destinationer og rapportering",
                    "Containere og forudbetalte poser med klar kundeinformation",
                    "Belønning, der ikke kun skubber til nyt forbrug",
                    "Hver indsamling vejes og registreres pr. butik",
                    "Årlig offentlig rapport om tons og destinationer",
                ],
            },
        },
    },
    {
        "key": "guide-prepare-for-the-digital-product-passport",
        "section": "modacc",
        "topics": ["digital-product-passport", "traceability"],
        "stages": ["design", "raw-materials", "production"],
        "tags": ["digital product passport", "espr", "data model", "supplier data", "qr code"],
        "audience": "production-manager",
        "difficulty": "intermediate",
        "time_to_implement": "6–18 months",
        "related_case_studies": ["es-shared-dpp-data-model", "dk-nordsort-ai-second-hand-sorting"],
        "author": "Jordi Casals",
        "original_language": "ca",
        "publication_date": "2025-09-30",
        "last_reviewed": "2025-11-14",
        "review_owner": "Modacc",
        "translations": {
            "en": {
                "title": "Prepare for the EU digital product passport (ESPR)",
                "slug": "prepare-for-the-eu-digital-product-passport",
                "summary": "What the Ecodesign for Sustainable Products Regulation means for textile SMEs, and six steps to have product data ready before the passport becomes mandatory.",
                "time_to_implement": "6 to 18 months",
                "steps": [
                    {
                        "title": "Understand what the regulation asks and when",
                        "text": "<p>The Ecodesign for Sustainable Products Regulation (ESPR) entered into force in July 2024 and makes textiles one of the first product groups. A delegated act for textiles, expected around 2027, will set the exact requirements, which will apply at the earliest 18 months later. Expect a unique product identifier, a data carrier such as a QR code, and information on composition, substances of concern, recycled content, care and repair, and end of life.</p>",
                    },
                    {
                        "title": "Map your products and your suppliers",
                        "text": "<p>List your product lines and, for each, the companies at every stage: fibre, yarn, fabric, dyeing and finishing, making. Note which data each supplier holds today and in what form. Most SMEs find that 60–80% of passport data originate upstream, so this map shows where the work lies.</p>",
                    },
                    {
                        "title": "Adopt a shared data model",
                        "text": "<p>Do not invent your own format: use the data model of your cluster or industry association, aligned with European standardisation work, and standard identifiers for products and companies. A shared model lets a supplier publish data once for all customers, and reduces your set-up cost by more than half.</p>",
                    },
                    {
                        "title": "Collect data and certificates for one pilot line",
                        "text": "<p>Choose one product line with a stable supply chain and collect all attributes, with certificates and test reports as proof. Check the data for gaps and contradictions, such as a composition that does not add up to 100%. Time the work: it is your best estimate for scaling to the whole range.</p>",
                    },
                    {
                        "title": "Choose the data carrier and hosting",
                        "text": "<p>Decide where the passport data will live, who may see which parts and how the QR code or tag is attached to the product so that it lasts for the product's life. Prefer solutions that keep each company's data under its own control and share it through links. Ask software providers whether they support the shared model and export in open formats.</p>",
                    },
                    {
                        "title": "Put the data to work now",
                        "text": "<p>Use the collected data for care and repair instructions, for sorting at end of life and for precise environmental claims. From September 2026 EU rules ban generic claims such as “eco-friendly” without proof, so verified data will also protect your marketing. Review the data every season when suppliers or materials change.</p>",
                    },
                ],
                "checklist": [
                    "Team member responsible for the passport appointed",
                    "Product lines and suppliers mapped for every stage",
                    "Shared data model and identifiers chosen",
                    "Pilot line documented with certificates and test reports",
                    "Data gaps listed with a plan and date for each supplier",
                    "Data carrier and hosting solution selected",
                    "Environmental claims checked against the collected data",
                ],
            },
            "es": {
                "title": "Prepárese para el pasaporte digital de producto de la UE (ESPR)",
                "slug": "preparese-para-el-pasaporte-digital-de-producto",
                "summary": "Qué supone el Reglamento de diseño ecológico para productos sostenibles para las pymes textiles, y seis pasos para tener los datos de producto listos antes de que el pasaporte sea obligatorio.",
                "time_to_implement": "De 6 a 18 meses",
                "steps": [
                    {
                        "title": "Entienda qué pide el reglamento y cuándo",
                        "text": "<p>El Reglamento de diseño ecológico para productos sostenibles (ESPR) entró en vigor en julio de 2024 y sitúa los textiles entre los primeros grupos de productos. Un acto delegado para textiles, previsto hacia 2027, fijará los requisitos exactos, que se aplicarán como pronto 18 meses después. Cuente con un identificador único de producto, un soporte de datos como un código QR e información sobre composición, sustancias preocupantes, contenido reciclado, cuidado y reparación, y fin de vida.</p>",
                    },
                    {
                        "title": "Mapee sus productos y sus proveedores",
                        "text": "<p>Haga una lista de sus líneas de producto y, para cada una, de las empresas de cada etapa: fibra, hilo, tejido, tintura y acabado, confección. Anote qué datos tiene hoy cada proveedor y en qué formato. La mayoría de las pymes descubren que entre el 60 y el 80% de los datos del pasaporte nacen aguas arriba, así que este mapa muestra dónde está el trabajo.</p>",
                    },
                    {
                        "title": "Adopte un modelo de datos compartido",
                        "text": "<p>No invente su propio formato: utilice el modelo de datos de su clúster o asociación sectorial, alineado con la normalización europea, e identificadores estándar para productos y empresas. Un modelo compartido permite al proveedor publicar los datos una sola vez para todos sus clientes y reduce su coste de implantación a menos de la mitad.</p>",
                    },
                    {
                        "title": "Reúna datos y certificados de una línea piloto",
                        "text": "<p>Elija una línea de producto con una cadena de suministro estable y reúna todos los atributos, con certificados e informes de ensayo como prueba. Revise si hay lagunas o contradicciones, como una composición que no suma el 100%. Cronometre el trabajo: es su mejor estimación para extenderlo a toda la colección.</p>",
                    },
                    {
                        "title": "Elija el soporte de datos y el alojamiento",
                        "text": "<p>Decida dónde residirán los datos del pasaporte, quién puede ver cada parte y cómo se fija el código QR o la etiqueta al producto para que dure toda su vida útil. Prefiera soluciones que dejen los datos de cada empresa bajo su control y los compartan mediante enlaces. Pregunte a los proveedores de software si admiten el modelo compartido y exportan en formatos abiertos.</p>",
                    },
                    {
                        "title": "Ponga los datos a trabajar ya",
                        "text": "<p>Use los datos reunidos para las instrucciones de cuidado y reparación, para la clasificación al final de la vida y para declaraciones ambientales precisas. A partir de septiembre de 2026 las normas de la UE prohíben afirmaciones genéricas como «respetuoso con el medio ambiente» sin pruebas, así que los datos verificados protegerán también su comunicación. Revise los datos cada temporada cuando cambien proveedores o materiales.</p>",
                    },
                ],
                "checklist": [
                    "Persona responsable del pasaporte designada",
                    "Líneas de producto y proveedores mapeados en cada etapa",
                    "Modelo de datos compartido e identificadores elegidos",
                    "Línea piloto documentada con certificados e informes de ensayo",
                    "Lagunas de datos listadas con un plan y una fecha por proveedor",
                    "Soporte de datos y solución de alojamiento seleccionados",
                    "Declaraciones ambientales contrastadas con los datos reunidos",
                ],
            },
            "fr": {
                "title": "Se préparer au passeport numérique des produits de l'UE (ESPR)",
                "slug": "se-preparer-au-passeport-numerique-des-produits",
                "summary": "Ce que le règlement sur l'écoconception des produits durables implique pour les PME textiles, et six étapes pour que les données produits soient prêtes avant que le passeport devienne obligatoire.",
                "time_to_implement": "6 à 18 mois",
                "steps": [
                    {
                        "title": "Comprendre ce que demande le règlement, et quand",
                        "text": "<p>Le règlement sur l'écoconception des produits durables (ESPR) est entré en vigueur en juillet 2024 et place les textiles parmi les premiers groupes de produits. Un acte délégué sur les textiles, attendu vers 2027, fixera les exigences précises, applicables au plus tôt 18 mois plus tard. Attendez-vous à un identifiant unique, un support de données tel qu'un QR code et des informations sur la composition, les substances préoccupantes, le contenu recyclé, l'entretien et la réparation, et la fin de vie.</p>",
                    },
                    {
                        "title": "Cartographier vos produits et vos fournisseurs",
                        "text": "<p>Listez vos lignes de produits et, pour chacune, les entreprises de chaque étape : fibre, fil, tissu, teinture et ennoblissement, confection. Notez quelles données chaque fournisseur détient aujourd'hui et sous quelle forme. La plupart des PME constatent que 60 à 80 % des données du passeport naissent en amont : cette carte montre où se trouve le travail.</p>",
                    },
                    {
                        "title": "Adopter un modèle de données commun",
                        "text": "<p>N'inventez pas votre propre format : utilisez le modèle de données de votre cluster ou de votre fédération, aligné sur les travaux européens de normalisation, et des identifiants standard pour les produits et les entreprises. Un modèle commun permet au fournisseur de publier ses données une seule fois pour tous ses clients et divise par plus de deux votre coût de mise en place.</p>",
                    },
                    {
                        "title": "Réunir données et certificats pour une ligne pilote",
                        "text": "<p>Choisissez une ligne de produits à la chaîne d'approvisionnement stable et réunissez tous les attributs, avec certificats et rapports d'essai comme preuves. Vérifiez les lacunes et les incohérences, par exemple une composition dont le total n'atteint pas 100 %. Chronométrez le travail : c'est votre meilleure estimation pour l'étendre à toute la gamme.</p>",
                    },
                    {
                        "title": "Choisir le support de données et l'hébergement",
                        "text": "<p>Décidez où résideront les données, qui peut voir quelles parties et comment le QR code ou l'étiquette est fixé au produit pour durer toute sa vie. Privilégiez les solutions qui laissent à chaque entreprise la maîtrise de ses données et les partagent par des liens. Demandez aux éditeurs de logiciels s'ils prennent en charge le modèle commun et exportent dans des formats ouverts.</p>",
                    },
                    {
                        "title": "Faire travailler les données dès maintenant",
                        "text": "<p>Utilisez les données réunies pour les consignes d'entretien et de réparation, pour le tri en fin de vie et pour des allégations environnementales précises. À partir de septembre 2026, les règles européennes interdisent les allégations génériques comme « respectueux de l'environnement » sans preuve : des données vérifiées protégeront aussi votre communication. Révisez les données chaque saison quand fournisseurs ou matières changent.</p>",
                    },
                ],
                "checklist": [
                    "Responsable du passeport désigné dans l'équipe",
                    "Lignes de produits et fournisseurs cartographiés à chaque étape",
                    "Modèle de données commun et identifiants choisis",
                    "Ligne pilote documentée avec certificats et rapports d'essai",
                    "Lacunes de données listées avec un plan et une date par fournisseur",
                    "Support de données et solution d'hébergement retenus",
                    "Allégations environnementales vérifiées au regard des données",
                ],
            },
            "ca": {
                "title": "Prepareu-vos per al passaport digital de producte de la UE (ESPR)",
                "slug": "prepareu-vos-per-al-passaport-digital-de-producte",
                "summary": "Què suposa el Reglament de disseny ecològic per a productes sostenibles per a les pimes tèxtils, i sis passos per tenir les dades de producte a punt abans que el passaport sigui obligatori.",
                "time_to_implement": "De 6 a 18 mesos",
                "steps": [
                    {
                        "title": "Enteneu què demana el reglament i quan",
                        "text": "<p>El Reglament de disseny ecològic per a productes sostenibles (ESPR) va entrar en vigor el juliol de 2024 i situa els tèxtils entre els primers grups de productes. Un acte delegat per als tèxtils, previst cap al 2027, fixarà els requisits exactes, que s'aplicaran com a mínim 18 mesos després. Compteu amb un identificador únic de producte, un suport de dades com un codi QR i informació sobre composició, substàncies preocupants, contingut reciclat, cura i reparació, i fi de vida.</p>",
                    },
                    {
                        "title": "Mapegeu els vostres productes i proveïdors",
                        "text": "<p>Feu una llista de les línies de producte i, per a cadascuna, de les empreses de cada etapa: fibra, fil, teixit, tintura i acabat, confecció. Anoteu quines dades té avui cada proveïdor i en quin format. La majoria de pimes descobreixen que entre el 60 i el 80% de les dades del passaport neixen aigües amunt, i aquest mapa mostra on és la feina.</p>",
                    },
                    {
                        "title": "Adopteu un model de dades compartit",
                        "text": "<p>No inventeu el vostre propi format: feu servir el model de dades del vostre clúster o associació sectorial, alineat amb la normalització europea, i identificadors estàndard per a productes i empreses. Un model compartit permet al proveïdor publicar les dades un sol cop per a tots els clients i redueix el vostre cost d'implantació a menys de la meitat.</p>",
                    },
                    {
                        "title": "Reuniu dades i certificats d'una línia pilot",
                        "text": "<p>Trieu una línia de producte amb una cadena de subministrament estable i reuniu tots els atributs, amb certificats i informes d'assaig com a prova. Reviseu si hi ha llacunes o contradiccions, com una composició que no suma el 100%. Cronometreu la feina: és la millor estimació per estendre-la a tota la col·lecció.</p>",
                    },
                    {
                        "title": "Trieu el suport de dades i l'allotjament",
                        "text": "<p>Decidiu on residiran les dades del passaport, qui pot veure cada part i com es fixa el codi QR o l'etiqueta al producte perquè duri tota la seva vida útil. Prioritzeu solucions que deixin les dades de cada empresa sota el seu control i les comparteixin mitjançant enllaços. Pregunteu als proveïdors de programari si admeten el model compartit i exporten en formats oberts.</p>",
                    },
                    {
                        "title": "Poseu les dades a treballar ja",
                        "text": "<p>Feu servir les dades per a les instruccions de cura i reparació, per a la classificació a la fi de la vida i per a declaracions ambientals precises. A partir del setembre de 2026 les normes de la UE prohibeixen afirmacions genèriques com «respectuós amb el medi ambient» sense proves, de manera que les dades verificades també protegiran la vostra comunicació. Reviseu les dades cada temporada quan canviïn proveïdors o materials.</p>",
                    },
                ],
                "checklist": [
                    "Persona responsable del passaport designada",
                    "Línies de producte i proveïdors mapejats a cada etapa",
                    "Model de dades compartit i identificadors triats",
                    "Línia pilot documentada amb certificats i informes d'assaig",
                    "Llacunes de dades llistades amb un pla i una data per proveïdor",
                    "Suport de dades i solució d'allotjament seleccionats",
                    "Declaracions ambientals contrastades amb les dades reunides",
                ],
            },
        },
    },
    {
        "key": "guide-move-to-3d-virtual-sampling",
        "section": "bfa",
        "topics": ["3d-design", "waste-reduction"],
        "stages": ["design", "production"],
        "tags": ["3d cad", "virtual samples", "fabric digitisation", "skills"],
        "audience": "designer",
        "difficulty": "intermediate",
        "time_to_implement": "4–9 months",
        "related_case_studies": [
            "bg-3d-cad-skills-for-pattern-makers",
            "dk-virtual-fitting-fewer-returns",
        ],
        "author": "Rositsa Angelova",
        "original_language": "bg",
        "publication_date": "2025-02-24",
        "last_reviewed": "2025-09-08",
        "review_owner": "BFA",
        "translations": {
            "en": {
                "title": "Move to 3D virtual sampling",
                "slug": "move-to-3d-virtual-sampling",
                "summary": "A step-by-step path for design studios and garment makers to replace most physical prototypes with 3D samples, with typical costs and the pitfalls to avoid.",
                "time_to_implement": "4 to 9 months",
                "steps": [
                    {
                        "title": "Measure your current sampling",
                        "text": "<p>For one season, count physical samples per style, their cost in fabric, labour and courier, and the days from first sketch to approved fit. Many companies find 3 to 4 samples per style at €60–120 each. These figures are your baseline and your business case.</p>",
                    },
                    {
                        "title": "Choose software and equipment",
                        "text": "<p>Compare two or three 3D garment tools on your own styles, not on the vendor's demo. Budget €1,500 to €4,000 per user per year for licences and about €2,500 for a workstation with a good graphics card. Check that the tool imports your existing 2D patterns and exports to your customers' formats.</p>",
                    },
                    {
                        "title": "Digitise your main fabrics",
                        "text": "<p>A simulation is only as good as its fabric data: measure weight, thickness, stretch and bending for each fabric, with a testing kit or a laboratory at €60–150 per fabric. Start with the 20 fabrics you use most, and store photos and parameters in a shared library.</p>",
                    },
                    {
                        "title": "Train people on real styles",
                        "text": "<p>Train pattern makers first, because they hold the fit knowledge; designers and sales staff can follow. Use styles from the current collection in the training and plan at least one afternoon a week for three months. Pair experienced pattern makers with younger colleagues who are at ease with software.</p>",
                    },
                    {
                        "title": "Run a pilot with one customer or collection",
                        "text": "<p>Agree with a customer or your own buying team that a 3D sample replaces the first physical prototype for 10 to 20 styles. Keep one physical sample for final approval of fit and handle. Compare samples per style, costs and days with your baseline.</p>",
                    },
                    {
                        "title": "Scale up and build libraries",
                        "text": "<p>Build libraries of basic blocks, avatars in your size range, trims and fabrics, so each new style starts from proven parts. Use 3D images for line sheets and webshops to save photo shoots. Review the figures each season and extend 3D sampling to new product groups.</p>",
                    },
                ],
                "checklist": [
                    "Baseline of samples, cost and days per style recorded",
                    "3D tool tested on your own styles and formats",
                    "20 most used fabrics measured and stored in a library",
                    "Pattern makers trained with protected time",
                    "Pilot of 10 to 20 styles agreed with a customer",
                    "Results compared with the baseline and shared with management",
                ],
            },
            "es": {
                "title": "Pase al muestrario virtual en 3D",
                "slug": "pasar-al-muestrario-virtual-en-3d",
                "summary": "Un itinerario paso a paso para que estudios de diseño y confeccionistas sustituyan la mayoría de los prototipos físicos por muestras en 3D, con costes habituales y errores que conviene evitar.",
                "time_to_implement": "De 4 a 9 meses",
                "steps": [
                    {
                        "title": "Mida su muestrario actual",
                        "text": "<p>Durante una temporada, cuente las muestras físicas por modelo, su coste en tejido, mano de obra y mensajería, y los días desde el primer boceto hasta el ajuste aprobado. Muchas empresas descubren de 3 a 4 muestras por modelo a entre 60 y 120 € cada una. Estas cifras son su punto de partida y su argumento económico.</p>",
                    },
                    {
                        "title": "Elija software y equipos",
                        "text": "<p>Compare dos o tres herramientas 3D con sus propios modelos, no con la demostración del proveedor. Presupueste de 1.500 a 4.000 € por usuario y año en licencias y unos 2.500 € por una estación de trabajo con buena tarjeta gráfica. Compruebe que la herramienta importa sus patrones 2D y exporta en los formatos de sus clientes.</p>",
                    },
                    {
                        "title": "Digitalice sus tejidos principales",
                        "text": "<p>Una simulación vale lo que valen sus datos de tejido: mida gramaje, grosor, elasticidad y flexión de cada tejido, con un kit de ensayo o un laboratorio, a entre 60 y 150 € por tejido. Empiece por los 20 tejidos que más utiliza y guarde fotos y parámetros en una biblioteca común.</p>",
                    },
                    {
                        "title": "Forme a las personas con modelos reales",
                        "text": "<p>Forme primero a los patronistas, que son quienes dominan el ajuste; diseñadores y equipo comercial pueden seguir después. Use modelos de la colección actual y prevea al menos una tarde por semana durante tres meses. Empareje a patronistas con experiencia con colegas más jóvenes que se manejen bien con el software.</p>",
                    },
                    {
                        "title": "Haga un piloto con un cliente o una colección",
                        "text": "<p>Acuerde con un cliente o con su propio equipo de compras que una muestra 3D sustituya al primer prototipo físico en 10 a 20 modelos. Mantenga una muestra física para la aprobación final del ajuste y del tacto. Compare muestras por modelo, costes y días con su punto de partida.</p>",
                    },
                    {
                        "title": "Amplíe y cree bibliotecas",
                        "text": "<p>Cree bibliotecas de bases, avatares en su gama de tallas, fornituras y tejidos, para que cada modelo nuevo parta de piezas probadas. Utilice imágenes 3D en catálogos y tiendas en línea para ahorrar sesiones de fotos. Revise las cifras cada temporada y extienda el muestrario 3D a nuevas familias de producto.</p>",
                    },
                ],
                "checklist": [
                    "Punto de partida de muestras, coste y días por modelo registrado",
                    "Herramienta 3D probada con sus propios modelos y formatos",
                    "Los 20 tejidos más usados medidos y guardados en una biblioteca",
                    "Patronistas formados con tiempo reservado",
                    "Piloto de 10 a 20 modelos acordado con un cliente",
                    "Resultados comparados con el punto de partida y presentados a la dirección",
                ],
            },
            "fr": {
                "title": "Passer au prototypage virtuel en 3D",
                "slug": "passer-au-prototypage-virtuel-en-3d",
                "summary": "Un parcours pas à pas pour que les bureaux de style et les confectionneurs remplacent la plupart des prototypes physiques par des prototypes 3D, avec les coûts habituels et les pièges à éviter.",
                "time_to_implement": "4 à 9 mois",
                "steps": [
                    {
                        "title": "Mesurer votre prototypage actuel",
                        "text": "<p>Pendant une saison, comptez les prototypes physiques par modèle, leur coût en tissu, main-d'œuvre et transport, et les jours entre le premier croquis et la validation du bien-aller. Beaucoup d'entreprises découvrent 3 à 4 prototypes par modèle, à 60–120 € pièce. Ces chiffres sont votre point de départ et votre argumentaire économique.</p>",
                    },
                    {
                        "title": "Choisir logiciel et équipement",
                        "text": "<p>Comparez deux ou trois outils 3D sur vos propres modèles, pas sur la démonstration de l'éditeur. Prévoyez 1 500 à 4 000 € par utilisateur et par an de licences et environ 2 500 € pour une station de travail avec une bonne carte graphique. Vérifiez que l'outil importe vos patronages 2D et exporte dans les formats de vos clients.</p>",
                    },
                    {
                        "title": "Numériser vos tissus principaux",
                        "text": "<p>Une simulation ne vaut que par les données du tissu : mesurez grammage, épaisseur, allongement et flexion de chaque tissu, avec un kit de mesure ou un laboratoire, pour 60 à 150 € par tissu. Commencez par les 20 tissus les plus utilisés et rangez photos et paramètres dans une bibliothèque partagée.</p>",
                    },
                    {
                        "title": "Former les équipes sur des modèles réels",
                        "text": "<p>Formez d'abord les modélistes, qui détiennent le savoir du bien-aller ; stylistes et commerciaux suivront. Utilisez des modèles de la collection en cours et prévoyez au moins un après-midi par semaine pendant trois mois. Associez des modélistes expérimentés à des collègues plus jeunes à l'aise avec le logiciel.</p>",
                    },
                    {
                        "title": "Mener un pilote avec un client ou une collection",
                        "text": "<p>Convenez avec un client ou votre propre équipe achats qu'un prototype 3D remplace le premier prototype physique pour 10 à 20 modèles. Gardez un prototype physique pour la validation finale du bien-aller et du toucher. Comparez prototypes par modèle, coûts et délais avec votre point de départ.</p>",
                    },
                    {
                        "title": "Généraliser et constituer des bibliothèques",
                        "text": "<p>Constituez des bibliothèques de bases, d'avatars couvrant vos tailles, de fournitures et de tissus, pour que chaque nouveau modèle parte d'éléments éprouvés. Utilisez les visuels 3D pour les catalogues et la boutique en ligne afin d'économiser des séances photo. Revoyez les chiffres chaque saison et étendez le prototypage 3D à d'autres familles de produits.</p>",
                    },
                ],
                "checklist": [
                    "Point de départ des prototypes, coûts et délais par modèle enregistré",
                    "Outil 3D testé sur vos propres modèles et formats",
                    "Les 20 tissus les plus utilisés mesurés et rangés en bibliothèque",
                    "Modélistes formés sur un temps protégé",
                    "Pilote de 10 à 20 modèles convenu avec un client",
                    "Résultats comparés au point de départ et présentés à la direction",
                ],
            },
            "bg": {
                "title": "Преминете към виртуални 3D мостри",
                "slug": "preminete-kam-virtualni-3d-mostri",
                "summary": "Път стъпка по стъпка, по който дизайнерски студиа и шивашки фирми да заменят повечето физически прототипи с 3D мостри, с обичайните разходи и капаните, които да избегнат.",
                "time_to_implement": "От 4 до 9 месеца",
                "steps": [
                    {
                        "title": "Измерете сегашното мострене",
                        "text": "<p>В рамките на един сезон пребройте физическите мостри на модел, разходите им за плат, труд и куриер и дните от първата скица до одобрената стойка. Много фирми установяват по 3–4 мостри на модел на цена 60–120 € всяка. Тези числа са вашата изходна база и икономическа обосновка.</p>",
                    },
                    {
                        "title": "Изберете софтуер и оборудване",
                        "text": "<p>Сравнете два или три 3D инструмента със собствените си модели, а не с демонстрацията на доставчика. Предвидете от 1500 до 4000 € на потребител годишно за лицензи и около 2500 € за работна станция с добра видеокарта. Проверете дали инструментът внася съществуващите ви 2D кройки и експортира във форматите на клиентите ви.</p>",
                    },
                    {
                        "title": "Дигитализирайте основните си платове",
                        "text": "<p>Симулацията е толкова добра, колкото са данните за плата: измерете грамаж, дебелина, разтегливост и огъване за всеки плат с комплект за изпитване или в лаборатория, на цена 60–150 € на плат. Започнете с 20-те най-използвани платове и пазете снимките и параметрите в обща библиотека.</p>",
                    },
                    {
                        "title": "Обучете хората с реални модели",
                        "text": "<p>Обучете първо конструкторите, защото те притежават знанието за стойката; дизайнерите и търговците могат да ги последват. Използвайте модели от текущата колекция и предвидете поне един следобед седмично в продължение на три месеца. Съчетайте опитни конструктори с по-млади колеги, които се чувстват уверено със софтуера.</p>",
                    },
                    {
                        "title": "Направете пилотен проект с един клиент или колекция",
                        "text": "<p>Договорете с клиент или със собствения си отдел „Покупки“ 3D мострата да замени първия физически прототип за 10 до 20 модела. Запазете една физическа мостра за окончателното одобрение на стойката и усещането. Сравнете мострите на модел, разходите и дните с изходната база.</p>",
                    },
                    {
                        "title": "Разширете и изградете библиотеки",
                        "text": "<p>Изградете библиотеки с основни кройки, аватари във вашата размерна гама, аксесоари и платове, така че всеки нов модел да започва от изпитани елементи. Използвайте 3D изображения за каталози и онлайн магазини, за да спестите фотосесии. Преглеждайте числата всеки сезон и разширявайте 3D мострите към нови продуктови групи.</p>",
                    },
                ],
                "checklist": [
                    "Изходна база за мостри, разходи и дни на модел е записана",
                    "3D инструментът е изпробван със собствени модели и формати",
                    "20-те най-използвани плата са измерени и въведени в библиотека",
                    "Конструкторите са обучени в защитено работно време",
                    "Пилотен проект за 10 до 20 модела е договорен с клиент",
                    "Резултатите са сравнени с изходната база и представени на ръководството",
                ],
            },
        },
    },
    {
        "key": "guide-choose-recycled-fibres-and-verify-claims",
        "section": "lifestyle-design-cluster",
        "topics": ["recycled-fibres", "traceability"],
        "stages": ["raw-materials", "design"],
        "tags": [
            "grs",
            "rcs",
            "transaction certificate",
            "green claims",
            "recycled polyester",
            "recycled cotton",
        ],
        "audience": "designer",
        "difficulty": "intermediate",
        "time_to_implement": "2–4 months",
        "related_case_studies": [
            "es-mar-de-fons-swimwear-from-fishing-nets",
            "dk-nordsort-ai-second-hand-sorting",
        ],
        "author": "Henrik Dahl",
        "original_language": "da",
        "publication_date": "2025-03-18",
        "last_reviewed": "2025-09-25",
        "review_owner": "Lifestyle & Design Cluster",
        "translations": {
            "en": {
                "title": "Choose recycled fibres and verify the claims (GRS and RCS)",
                "slug": "choose-recycled-fibres-and-verify-claims",
                "summary": "How to pick recycled fibres that perform, ask suppliers for the right certificates and transaction certificates, and describe recycled content without greenwashing.",
                "time_to_implement": "2 to 4 months",
                "steps": [
                    {
                        "title": "Know the main options",
                        "text": "<p>Mechanically recycled cotton has shorter fibres and is usually blended, with 20–50% recycled content in yarns for jersey and denim. Recycled polyester often comes from bottles rather than textiles; fibre-to-fibre recycled polyester and polyamide exist but cost more and are in shorter supply. Recycled wool has a long tradition and works well in knitwear and coatings. Ask whether the input is pre-consumer (factory waste) or post-consumer (used products).</p>",
                    },
                    {
                        "title": "Test performance before you commit",
                        "text": "<p>Order sample yardage and test pilling, tensile and tear strength, shrinkage and colour fastness against the same limits you use for virgin fabrics. Recycled cotton blends may need a tighter construction to reach pilling grade 4. Adjust the recycled share rather than lowering your quality standards.</p>",
                    },
                    {
                        "title": "Ask for the right certificate",
                        "text": "<p>The Global Recycled Standard (GRS) covers products with at least 20% recycled content and adds social, environmental and chemical requirements; the Recycled Claim Standard (RCS) covers products from 5% recycled content and only tracks the material. A scope certificate shows that a company is certified; a transaction certificate proves that a specific shipment contains certified recycled material. Check every certificate in the standard owner's public database.</p>",
                    },
                    {
                        "title": "Keep the chain of custody unbroken",
                        "text": "<p>Every company that takes ownership of the material, from recycler to spinner, weaver, dyer and garment maker, must be certified for the claim to hold. Ask for a transaction certificate with each delivery and keep them with your purchase orders. If one link is uncertified, you can still use the fibre, but you cannot make a certified claim.</p>",
                    },
                    {
                        "title": "Communicate precisely",
                        "text": "<p>Write exactly what the product contains, for example “60% recycled polyester from post-consumer bottles, GRS-certified”, on the label and product page. Avoid vague words such as “sustainable” or “eco”: from September 2026 EU rules ban generic environmental claims that cannot be proven. Keep the evidence for every claim for at least as long as the product is on sale.</p>",
                    },
                ],
                "checklist": [
                    "Recycled fibre options compared for each key fabric",
                    "Input documented as pre-consumer or post-consumer",
                    "Performance tests passed against your usual quality limits",
                    "Scope certificates of every supplier checked in the public database",
                    "Transaction certificate received for each delivery",
                    "Product labels state the exact recycled share and source",
                    "Evidence for every environmental claim filed",
                ],
            },
            "es": {
                "title": "Elija fibras recicladas y verifique las declaraciones (GRS y RCS)",
                "slug": "elegir-fibras-recicladas-y-verificar-declaraciones",
                "summary": "Cómo elegir fibras recicladas que rindan bien, pedir a los proveedores los certificados y certificados de transacción adecuados, y describir el contenido reciclado sin caer en el ecoblanqueo.",
                "time_to_implement": "De 2 a 4 meses",
                "steps": [
                    {
                        "title": "Conozca las principales opciones",
                        "text": "<p>El algodón reciclado mecánicamente tiene fibras más cortas y suele mezclarse, con un 20–50% de contenido reciclado en hilos para punto y denim. El poliéster reciclado procede a menudo de botellas y no de textiles; el poliéster y la poliamida reciclados de fibra a fibra existen, pero son más caros y escasos. La lana reciclada tiene una larga tradición y funciona bien en punto y abrigos. Pregunte si la materia es preconsumo (residuos de fábrica) o posconsumo (productos usados).</p>",
                    },
                    {
                        "title": "Pruebe el rendimiento antes de comprometerse",
                        "text": "<p>Pida metraje de muestra y ensaye formación de bolitas, resistencia a la tracción y al desgarro, encogimiento y solidez del color con los mismos límites que aplica a los tejidos vírgenes. Las mezclas de algodón reciclado pueden necesitar una estructura más cerrada para alcanzar el grado 4 de pilling. Ajuste la proporción reciclada en lugar de rebajar sus estándares de calidad.</p>",
                    },
                    {
                        "title": "Pida el certificado adecuado",
                        "text": "<p>El Global Recycled Standard (GRS) cubre productos con al menos un 20% de contenido reciclado y añade requisitos sociales, ambientales y químicos; el Recycled Claim Standard (RCS) cubre productos desde un 5% de contenido reciclado y solo rastrea el material. El certificado de alcance demuestra que una empresa está certificada; el certificado de transacción prueba que un envío concreto contiene material reciclado certificado. Verifique cada certificado en la base de datos pública del titular de la norma.</p>",
                    },
                    {
                        "title": "Mantenga intacta la cadena de custodia",
                        "text": "<p>Todas las empresas que adquieren la propiedad del material, del reciclador a la hilatura, la tejeduría, la tintorería y el confeccionista, deben estar certificadas para que la declaración sea válida. Pida un certificado de transacción con cada entrega y archívelo con sus pedidos. Si un eslabón no está certificado, puede usar la fibra, pero no hacer una declaración certificada.</p>",
                    },
                    {
                        "title": "Comunique con precisión",
                        "text": "<p>Indique exactamente lo que contiene el producto, por ejemplo «60% poliéster reciclado de botellas posconsumo, certificado GRS», en la etiqueta y en la ficha del producto. Evite palabras vagas como «sostenible» o «eco»: desde septiembre de 2026 las normas de la UE prohíben las declaraciones ambientales genéricas que no puedan demostrarse. Conserve las pruebas de cada declaración al menos mientras el producto esté a la venta.</p>",
                    },
                ],
                "checklist": [
                    "Opciones de fibra reciclada comparadas para cada tejido clave",
                    "Origen documentado como preconsumo o posconsumo",
                    "Ensayos de rendimiento superados con sus límites de calidad habituales",
                    "Certificados de alcance de cada proveedor verificados en la base de datos pública",
                    "Certificado de transacción recibido con cada entrega",
                    "Etiquetas con la proporción y el origen exactos del reciclado",
                    "Pruebas de cada declaración ambiental archivadas",
                ],
            },
            "fr": {
                "title": "Choisir des fibres recyclées et vérifier les allégations (GRS et RCS)",
                "slug": "choisir-des-fibres-recyclees-et-verifier-les-allegations",
                "summary": "Comment choisir des fibres recyclées performantes, demander aux fournisseurs les bons certificats et certificats de transaction, et décrire le contenu recyclé sans écoblanchiment.",
                "time_to_implement": "2 à 4 mois",
                "steps": [
                    {
                        "title": "Connaître les principales options",
                        "text": "<p>Le coton recyclé mécaniquement a des fibres plus courtes et se mélange généralement, avec 20 à 50 % de recyclé dans les fils pour jersey et denim. Le polyester recyclé provient souvent de bouteilles plutôt que de textiles ; le polyester et le polyamide recyclés fibre à fibre existent, mais sont plus chers et plus rares. La laine recyclée a une longue tradition et convient bien à la maille et aux manteaux. Demandez si la matière est pré-consommation (chutes d'usine) ou post-consommation (produits usagés).</p>",
                    },
                    {
                        "title": "Tester les performances avant de s'engager",
                        "text": "<p>Commandez du métrage d'essai et testez boulochage, résistance à la traction et à la déchirure, retrait et solidité des teintures avec les mêmes seuils que pour les tissus vierges. Les mélanges de coton recyclé peuvent exiger une construction plus serrée pour atteindre la note 4 au boulochage. Ajustez la part de recyclé plutôt que d'abaisser vos exigences de qualité.</p>",
                    },
                    {
                        "title": "Demander le bon certificat",
                        "text": "<p>Le Global Recycled Standard (GRS) couvre les produits contenant au moins 20 % de matière recyclée et ajoute des exigences sociales, environnementales et chimiques ; le Recycled Claim Standard (RCS) couvre les produits dès 5 % de recyclé et ne fait que suivre la matière. Le certificat de périmètre atteste qu'une entreprise est certifiée ; le certificat de transaction prouve qu'une livraison donnée contient de la matière recyclée certifiée. Vérifiez chaque certificat dans la base de données publique du propriétaire du référentiel.</p>",
                    },
                    {
                        "title": "Maintenir la chaîne de traçabilité intacte",
                        "text": "<p>Chaque entreprise qui devient propriétaire de la matière, du recycleur à la filature, au tissage, à la teinturerie et au confectionneur, doit être certifiée pour que l'allégation tienne. Exigez un certificat de transaction à chaque livraison et classez-le avec vos bons de commande. Si un maillon n'est pas certifié, vous pouvez utiliser la fibre, mais pas revendiquer de certification.</p>",
                    },
                    {
                        "title": "Communiquer avec précision",
                        "text": "<p>Indiquez exactement ce que contient le produit, par exemple « 60 % polyester recyclé issu de bouteilles post-consommation, certifié GRS », sur l'étiquette et la fiche produit. Évitez les termes vagues comme « durable » ou « éco » : à partir de septembre 2026, les règles européennes interdisent les allégations environnementales génériques non prouvées. Conservez les preuves de chaque allégation au moins tant que le produit est en vente.</p>",
                    },
                ],
                "checklist": [
                    "Options de fibres recyclées comparées pour chaque tissu clé",
                    "Origine documentée : pré-consommation ou post-consommation",
                    "Essais de performance réussis selon vos seuils habituels",
                    "Certificats de périmètre de chaque fournisseur vérifiés dans la base publique",
                    "Certificat de transaction reçu pour chaque livraison",
                    "Étiquettes indiquant la part et l'origine exactes du recyclé",
                    "Preuves de chaque allégation environnementale archivées",
                ],
            },
            "da": {
                "title": "Vælg genanvendte fibre og dokumentér påstandene (GRS og RCS)",
                "slug": "vaelg-genanvendte-fibre-og-dokumenter-paastandene",
                "summary": "Sådan vælger I genanvendte fibre, der holder, beder leverandørerne om de rigtige certifikater og transaktionscertifikater og beskriver genanvendt indhold uden greenwashing.",
                "time_to_implement": "2 til 4 måneder",
                "steps": [
                    {
                        "title": "Kend de vigtigste muligheder",
                        "text": "<p>Mekanisk genanvendt bomuld har kortere fibre og blandes som regel, med 20–50% genanvendt indhold i garn til jersey og denim. Genanvendt polyester kommer ofte fra flasker og ikke fra tekstiler; fiber-til-fiber-genanvendt polyester og polyamid findes, men er dyrere og sværere at skaffe. Genanvendt uld har lange traditioner og fungerer godt i strik og frakker. Spørg, om råvaren er pre-consumer (fabriksaffald) eller post-consumer (brugte produkter).</p>",
                    },
                    {
                        "title": "Test egenskaberne, før I binder jer",
                        "text": "<p>Bestil prøvemeter og test pilling, træk- og rivestyrke, krympning og farveægthed efter de samme grænser, som I bruger for nye stoffer. Blandinger med genanvendt bomuld kan kræve en tættere konstruktion for at nå pillinggrad 4. Justér andelen af genanvendt fiber i stedet for at sænke kvalitetskravene.</p>",
                    },
                    {
                        "title": "Bed om det rigtige certifikat",
                        "text": "<p>Global Recycled Standard (GRS) dækker produkter med mindst 20% genanvendt indhold og stiller desuden sociale, miljømæssige og kemiske krav; Recycled Claim Standard (RCS) dækker produkter fra 5% genanvendt indhold og sporer kun materialet. Et scope-certifikat viser, at en virksomhed er certificeret; et transaktionscertifikat beviser, at en bestemt levering indeholder certificeret genanvendt materiale. Tjek hvert certifikat i standardejerens offentlige database.</p>",
                    },
                    {
                        "title": "Hold sporbarhedskæden intakt",
                        "text": "<p>Alle virksomheder, der overtager ejerskabet af materialet – fra genanvender til spinderi, væveri, farveri og konfektion – skal være certificerede, for at påstanden holder. Bed om et transaktionscertifikat med hver levering, og gem det sammen med indkøbsordren. Er ét led ikke certificeret, kan I stadig bruge fiberen, men ikke komme med en certificeret påstand.</p>",
                    },
                    {
                        "title": "Kommunikér præcist",
                        "text": "<p>Skriv præcis, hvad produktet indeholder, fx “60% genanvendt polyester fra brugte flasker, GRS-certificeret”, på mærket og produktsiden. Undgå vage ord som “bæredygtig” eller “øko”: fra september 2026 forbyder EU-reglerne generelle miljøpåstande, der ikke kan dokumenteres. Gem dokumentationen for hver påstand, mindst så længe produktet er til salg.</p>",
                    },
                ],
                "checklist": [
                    "Muligheder for genanvendte fibre sammenlignet for hvert nøglestof",
                    "Råvaren dokumenteret som pre-consumer eller post-consumer",
                    "Kvalitetstest bestået efter jeres sædvanlige grænser",
                    "Alle leverandørers scope-certifikater tjekket i den offentlige database",
                    "Transaktionscertifikat modtaget for hver levering",
                    "Mærker angiver præcis andel og kilde for det genanvendte indhold",
                    "Dokumentation for hver miljøpåstand arkiveret",
                ],
            },
        },
    },
    {
        "key": "guide-on-demand-production-for-small-brands",
        "section": "iconic",
        "topics": ["on-demand-production", "e-commerce-platforms", "waste-reduction"],
        "stages": ["production", "distribution-retail"],
        "tags": ["made to order", "small batches", "pre-orders", "overproduction"],
        "audience": "sme",
        "difficulty": "intermediate",
        "time_to_implement": "3–9 months",
        "related_case_studies": [
            "ro-uniforma-made-to-measure-on-demand",
            "bg-shevna-trakia-own-brand",
        ],
        "author": "Cristina Munteanu",
        "original_language": "ro",
        "publication_date": "2025-04-15",
        "last_reviewed": "2025-10-06",
        "review_owner": "ICONIC",
        "translations": {
            "en": {
                "title": "On-demand production for small fashion brands",
                "slug": "on-demand-production-for-small-brands",
                "summary": "How a small brand can make garments after they are ordered instead of guessing quantities in advance, and what it takes in partners, data and customer communication.",
                "time_to_implement": "3 to 9 months",
                "steps": [
                    {
                        "title": "Decide what to make on demand",
                        "text": "<p>Not every product suits on-demand production: start with styles that sell steadily in many sizes or colours, where forecasting errors are largest. Keep a small stock of best-sellers if customers expect next-day delivery. Pre-orders for a new collection are a simple first step: produce only what is ordered in a four-week window.</p>",
                    },
                    {
                        "title": "Find a production partner for small runs",
                        "text": "<p>Look for a maker who can produce runs of 20 to 50 pieces, or single pieces, with a short lead time. Expect a unit cost 10–25% higher than for large runs, usually more than offset by the end of markdowns and unsold stock. Agree on weekly order windows, fixed lead times and how rush orders are handled.</p>",
                    },
                    {
                        "title": "Prepare digital product data",
                        "text": "<p>Graded patterns, complete tech packs and clear size charts must be ready before the first sale, because there is no sample stock to check against. 3D images or renders can replace photo shoots of products that do not exist yet. Name every file consistently so the partner can start cutting as soon as an order arrives.</p>",
                    },
                    {
                        "title": "Set up the order flow",
                        "text": "<p>Connect your webshop to the partner so that orders are passed on automatically or in a daily batch. Show the delivery time clearly on the product page; two to three weeks is widely accepted if customers know why. Send a message when the garment goes into production and when it ships.</p>",
                    },
                    {
                        "title": "Manage fabric and trims",
                        "text": "<p>Hold a stock of a few base fabrics and trims, and agree call-off contracts with suppliers for the rest. Digital printing lets you keep only white fabric and print colours and patterns per order. Review fabric stock monthly so that on-demand garments do not simply move overproduction from garments to fabric.</p>",
                    },
                    {
                        "title": "Measure the results",
                        "text": "<p>Track sell-through, unsold stock, discounted sales, lead time and margin per garment before and after the change. Brands that switch typically sell over 90% of what they make at full price. Share the figures with customers: many value knowing that their garment was made for them.</p>",
                    },
                ],
                "checklist": [
                    "Styles for on-demand production selected",
                    "Production partner for small runs contracted with fixed lead times",
                    "Graded patterns, tech packs and size charts complete",
                    "Delivery time shown on every product page",
                    "Base fabrics stocked and call-off contracts agreed",
                    "Sell-through, unsold stock and margin tracked each month",
                ],
            },
            "es": {
                "title": "Producción bajo demanda para pequeñas marcas de moda",
                "slug": "produccion-bajo-demanda-para-pequenas-marcas",
                "summary": "Cómo una marca pequeña puede fabricar las prendas después de que se pidan, en lugar de adivinar las cantidades por adelantado, y qué necesita en socios, datos y comunicación con el cliente.",
                "time_to_implement": "De 3 a 9 meses",
                "steps": [
                    {
                        "title": "Decida qué fabricar bajo demanda",
                        "text": "<p>No todos los productos se prestan a la producción bajo demanda: empiece por modelos que se venden de forma constante en muchas tallas o colores, donde los errores de previsión son mayores. Mantenga un pequeño stock de los más vendidos si los clientes esperan entrega al día siguiente. La preventa de una nueva colección es un primer paso sencillo: produzca solo lo que se pida en un plazo de cuatro semanas.</p>",
                    },
                    {
                        "title": "Busque un socio de producción para series cortas",
                        "text": "<p>Busque un fabricante capaz de producir series de 20 a 50 piezas, o piezas sueltas, con plazos cortos. Cuente con un coste unitario un 10–25% mayor que en series grandes, normalmente más que compensado por la desaparición de rebajas y stock sin vender. Acuerde ventanas semanales de pedido, plazos fijos y cómo se gestionan los pedidos urgentes.</p>",
                    },
                    {
                        "title": "Prepare los datos digitales del producto",
                        "text": "<p>Los patrones escalados, las fichas técnicas completas y unas tablas de tallas claras deben estar listos antes de la primera venta, porque no hay stock de muestras con que comparar. Las imágenes o renders 3D pueden sustituir las sesiones de fotos de productos que todavía no existen. Nombre todos los archivos de forma coherente para que el socio pueda empezar a cortar en cuanto llegue un pedido.</p>",
                    },
                    {
                        "title": "Organice el flujo de pedidos",
                        "text": "<p>Conecte su tienda en línea con el socio para que los pedidos se transmitan automáticamente o en un lote diario. Muestre con claridad el plazo de entrega en la ficha del producto; dos o tres semanas se aceptan bien si el cliente sabe por qué. Envíe un mensaje cuando la prenda entre en producción y cuando se expida.</p>",
                    },
                    {
                        "title": "Gestione tejidos y fornituras",
                        "text": "<p>Mantenga stock de unos pocos tejidos y fornituras base y acuerde contratos de suministro escalonado con los proveedores para el resto. La impresión digital permite tener solo tejido blanco e imprimir colores y dibujos por pedido. Revise el stock de tejido cada mes para que la producción bajo demanda no traslade simplemente la sobreproducción de las prendas al tejido.</p>",
                    },
                    {
                        "title": "Mida los resultados",
                        "text": "<p>Registre la tasa de venta, el stock sin vender, las ventas rebajadas, el plazo de entrega y el margen por prenda antes y después del cambio. Las marcas que dan el paso suelen vender más del 90% de lo que fabrican a precio completo. Comparta las cifras con sus clientes: muchos valoran saber que su prenda se hizo para ellos.</p>",
                    },
                ],
                "checklist": [
                    "Modelos para producción bajo demanda seleccionados",
                    "Socio de producción para series cortas contratado con plazos fijos",
                    "Patrones escalados, fichas técnicas y tablas de tallas completos",
                    "Plazo de entrega visible en cada ficha de producto",
                    "Tejidos base en stock y contratos de suministro escalonado acordados",
                    "Tasa de venta, stock sin vender y margen controlados cada mes",
                ],
            },
            "fr": {
                "title": "La production à la demande pour les petites marques de mode",
                "slug": "production-a-la-demande-pour-les-petites-marques",
                "summary": "Comment une petite marque peut fabriquer ses vêtements une fois commandés, au lieu de deviner les quantités à l'avance, et ce que cela demande en partenaires, en données et en communication client.",
                "time_to_implement": "3 à 9 mois",
                "steps": [
                    {
                        "title": "Choisir ce qui sera produit à la demande",
                        "text": "<p>Tous les produits ne s'y prêtent pas : commencez par les modèles qui se vendent régulièrement dans de nombreuses tailles ou couleurs, là où les erreurs de prévision sont les plus fortes. Gardez un petit stock des meilleures ventes si vos clients attendent une livraison le lendemain. La précommande d'une nouvelle collection est une première étape simple : ne produisez que ce qui est commandé sur une fenêtre de quatre semaines.</p>",
                    },
                    {
                        "title": "Trouver un partenaire pour les petites séries",
                        "text": "<p>Cherchez un atelier capable de produire des séries de 20 à 50 pièces, voire des pièces uniques, avec des délais courts. Comptez un coût unitaire supérieur de 10 à 25 % à celui des grandes séries, en général largement compensé par la fin des démarques et des invendus. Convenez de fenêtres de commande hebdomadaires, de délais fixes et du traitement des commandes urgentes.</p>",
                    },
                    {
                        "title": "Préparer les données numériques des produits",
                        "text": "<p>Patronages gradués, dossiers techniques complets et guides des tailles clairs doivent être prêts avant la première vente, car il n'existe pas de stock d'échantillons pour vérifier. Des visuels 3D peuvent remplacer les séances photo de produits qui n'existent pas encore. Nommez tous les fichiers de façon cohérente pour que l'atelier puisse couper dès qu'une commande arrive.</p>",
                    },
                    {
                        "title": "Organiser le flux de commandes",
                        "text": "<p>Reliez votre boutique en ligne à l'atelier pour transmettre les commandes automatiquement ou par lot quotidien. Affichez clairement le délai de livraison sur la fiche produit ; deux à trois semaines sont bien acceptées si le client sait pourquoi. Envoyez un message quand le vêtement entre en production et quand il est expédié.</p>",
                    },
                    {
                        "title": "Gérer tissus et fournitures",
                        "text": "<p>Gardez en stock quelques tissus et fournitures de base et négociez des contrats d'approvisionnement à la demande pour le reste. L'impression numérique permet de ne stocker que du tissu blanc et d'imprimer couleurs et motifs à la commande. Revoyez le stock de tissu chaque mois pour que la production à la demande ne déplace pas simplement la surproduction du vêtement vers le tissu.</p>",
                    },
                    {
                        "title": "Mesurer les résultats",
                        "text": "<p>Suivez le taux d'écoulement, les invendus, les ventes démarquées, les délais et la marge par vêtement avant et après le changement. Les marques qui franchissent le pas vendent généralement plus de 90 % de leur production à plein prix. Partagez ces chiffres avec vos clients : beaucoup apprécient de savoir que leur vêtement a été fait pour eux.</p>",
                    },
                ],
                "checklist": [
                    "Modèles à produire à la demande sélectionnés",
                    "Atelier partenaire pour petites séries sous contrat avec délais fixes",
                    "Patronages gradués, dossiers techniques et guides des tailles complets",
                    "Délai de livraison affiché sur chaque fiche produit",
                    "Tissus de base en stock et contrats d'approvisionnement conclus",
                    "Taux d'écoulement, invendus et marge suivis chaque mois",
                ],
            },
            "ro": {
                "title": "Producția la comandă pentru mărcile mici de modă",
                "slug": "productia-la-comanda-pentru-marcile-mici",
                "summary": "Cum poate o marcă mică să producă articolele după ce au fost comandate, în loc să ghicească din timp cantitățile, și de ce are nevoie în materie de parteneri, date și comunicare cu clienții.",
                "time_to_implement": "Între 3 și 9 luni",
                "steps": [
                    {
                        "title": "Decideți ce produceți la comandă",
                        "text": "<p>Nu orice produs se potrivește producției la comandă: începeți cu modelele care se vând constant în multe mărimi sau culori, unde erorile de prognoză sunt cele mai mari. Păstrați un stoc mic din cele mai vândute articole dacă clienții așteaptă livrare a doua zi. Precomanda pentru o colecție nouă este un prim pas simplu: produceți doar ce se comandă într-un interval de patru săptămâni.</p>",
                    },
                    {
                        "title": "Găsiți un partener de producție pentru serii mici",
                        "text": "<p>Căutați un producător care poate realiza serii de 20 până la 50 de bucăți, sau chiar piese unice, cu termene scurte. Așteptați-vă la un cost unitar cu 10–25% mai mare decât la seriile mari, de obicei compensat cu prisosință de dispariția reducerilor și a stocurilor nevândute. Stabiliți ferestre săptămânale de comandă, termene fixe și modul de tratare a comenzilor urgente.</p>",
                    },
                    {
                        "title": "Pregătiți datele digitale ale produselor",
                        "text": "<p>Tiparele gradate, fișele tehnice complete și tabelele de mărimi clare trebuie să fie gata înainte de prima vânzare, pentru că nu există un stoc de mostre cu care să comparați. Imaginile sau randările 3D pot înlocui ședințele foto pentru produse care încă nu există. Denumiți toate fișierele consecvent, ca partenerul să poată începe croitul imediat ce sosește o comandă.</p>",
                    },
                    {
                        "title": "Organizați fluxul comenzilor",
                        "text": "<p>Conectați magazinul online la partener, astfel încât comenzile să fie transmise automat sau într-un lot zilnic. Afișați clar termenul de livrare pe pagina produsului; două-trei săptămâni sunt bine acceptate dacă clienții știu de ce. Trimiteți un mesaj când articolul intră în producție și când este expediat.</p>",
                    },
                    {
                        "title": "Gestionați materialele și accesoriile",
                        "text": "<p>Țineți pe stoc câteva materiale și accesorii de bază și negociați cu furnizorii contracte de livrare eșalonată pentru restul. Imprimarea digitală vă permite să păstrați doar material alb și să imprimați culori și modele pe comandă. Verificați lunar stocul de material, ca producția la comandă să nu mute pur și simplu supraproducția de la articole la țesături.</p>",
                    },
                    {
                        "title": "Măsurați rezultatele",
                        "text": "<p>Urmăriți rata de vânzare, stocurile nevândute, vânzările la reducere, termenul de livrare și marja pe articol înainte și după schimbare. Mărcile care fac pasul vând de regulă peste 90% din ce produc la preț întreg. Împărtășiți cifrele cu clienții: mulți apreciază să știe că articolul lor a fost făcut pentru ei.</p>",
                    },
                ],
                "checklist": [
                    "Modelele pentru producția la comandă sunt selectate",
                    "Partenerul pentru serii mici este contractat, cu termene fixe",
                    "Tiparele gradate, fișele tehnice și tabelele de mărimi sunt complete",
                    "Termenul de livrare este afișat pe fiecare pagină de produs",
                    "Materialele de bază sunt pe stoc, iar contractele de livrare eșalonată sunt semnate",
                    "Rata de vânzare, stocurile nevândute și marja sunt urmărite lunar",
                ],
            },
        },
    },
    {
        "key": "guide-eco-design-checklist-for-a-collection",
        "section": "iconic",
        "topics": ["eco-design", "bio-based-materials", "recycled-fibres"],
        "stages": ["design", "raw-materials"],
        "tags": [
            "eco-design",
            "mono-material",
            "durability",
            "design for recycling",
            "collection planning",
        ],
        "audience": "designer",
        "difficulty": "beginner",
        "time_to_implement": "6–9 months (one collection cycle)",
        "related_case_studies": [
            "ro-agropiel-leather-alternative-from-apple-pomace",
            "bg-rose-valley-natural-dyeing",
            "es-mar-de-fons-swimwear-from-fishing-nets",
        ],
        "author": "Andreea Popescu",
        "original_language": "ro",
        "publication_date": "2025-07-01",
        "last_reviewed": "2025-11-10",
        "review_owner": "ICONIC",
        "translations": {
            "en": {
                "title": "Eco-design checklist for a collection",
                "slug": "eco-design-checklist-for-a-collection",
                "summary": "Six steps and a checklist to design a collection that uses better materials, lasts longer, can be repaired and can be recycled at the end of its life.",
                "time_to_implement": "6 to 9 months, one collection cycle",
                "steps": [
                    {
                        "title": "Set targets before the first sketch",
                        "text": "<p>Agree two or three measurable targets for the collection with the whole team, for example 60% certified organic, recycled or bio-based fibres, every basic in a single material, and no style below your durability standards. Write them into the collection brief. Targets set after the fabrics are chosen rarely change anything.</p>",
                    },
                    {
                        "title": "Choose materials with lower impact",
                        "text": "<p>Prefer certified recycled or organic fibres, bio-based materials and local by-products such as agricultural residues, and ask suppliers for test reports. Limit the number of different fabrics: fewer, better fabrics mean larger orders, lower minimums and less leftover stock. Check chemical compliance with a restricted substances list.</p>",
                    },
                    {
                        "title": "Design for durability and repair",
                        "text": "<p>Set minimum quality levels, for example pilling grade 4 and colour fastness grade 4, and test every new fabric. Reinforce stress points, use zips and buttons that can be replaced, and add spare buttons and care instructions that extend the garment's life. Avoid details that make repair impossible, such as glued seams in everyday garments.</p>",
                    },
                    {
                        "title": "Design for recycling",
                        "text": "<p>Use one fibre type per garment where you can, or blends that recyclers accept, and avoid small shares of elastane in products that do not need stretch. Make trims, labels and linings easy to remove or from the same material as the main fabric. Ask your regional sorter or recycler which compositions they can actually process.</p>",
                    },
                    {
                        "title": "Cut waste out of the patterns",
                        "text": "<p>Work with your pattern makers on marker efficiency from the start, aiming for 85% or more, and use offcuts for small parts or accessories. Zero-waste patterns suit some styles, such as tops and trousers with simple shapes. Check marker efficiency before the style is confirmed, not after.</p>",
                    },
                    {
                        "title": "Document and review",
                        "text": "<p>Record for each style its composition, origin of materials, test results, repair options and recyclability in one product sheet. These sheets are the basis of your future digital product passport. At the end of the season compare results with the targets and raise them for the next collection.</p>",
                    },
                ],
                "checklist": [
                    "Measurable eco-design targets written into the collection brief",
                    "Share of certified or bio-based fibres calculated per style",
                    "Number of different fabrics reduced compared with last season",
                    "Every new fabric tested for pilling and colour fastness",
                    "Stress points reinforced and trims replaceable",
                    "Mono-material or recyclable composition checked with a recycler",
                    "Marker efficiency of 85% or more before styles are confirmed",
                    "Product sheet completed for every style",
                ],
            },
            "es": {
                "title": "Lista de comprobación de ecodiseño para una colección",
                "slug": "lista-de-comprobacion-de-ecodiseno-para-una-coleccion",
                "summary": "Seis pasos y una lista de comprobación para diseñar una colección que use mejores materiales, dure más, pueda repararse y pueda reciclarse al final de su vida.",
                "time_to_implement": "De 6 a 9 meses, un ciclo de colección",
                "steps": [
                    {
                        "title": "Fije objetivos antes del primer boceto",
                        "text": "<p>Acuerde con todo el equipo dos o tres objetivos medibles para la colección, por ejemplo un 60% de fibras orgánicas, recicladas o de origen biológico certificadas, todos los básicos en un solo material y ningún modelo por debajo de sus estándares de durabilidad. Escríbalos en el briefing de la colección. Los objetivos fijados después de elegir los tejidos rara vez cambian algo.</p>",
                    },
                    {
                        "title": "Elija materiales de menor impacto",
                        "text": "<p>Prefiera fibras recicladas u orgánicas certificadas, materiales de origen biológico y subproductos locales como residuos agrícolas, y pida informes de ensayo a los proveedores. Limite el número de tejidos distintos: menos tejidos y mejores significan pedidos mayores, mínimos más bajos y menos sobrantes. Compruebe el cumplimiento químico con una lista de sustancias restringidas.</p>",
                    },
                    {
                        "title": "Diseñe para durar y para reparar",
                        "text": "<p>Fije niveles mínimos de calidad, por ejemplo grado 4 de pilling y grado 4 de solidez del color, y ensaye cada tejido nuevo. Refuerce las zonas de tensión, use cremalleras y botones sustituibles y añada botones de recambio e instrucciones de cuidado que alarguen la vida de la prenda. Evite detalles que impidan reparar, como costuras termoselladas en prendas de uso diario.</p>",
                    },
                    {
                        "title": "Diseñe para reciclar",
                        "text": "<p>Use un solo tipo de fibra por prenda siempre que pueda, o mezclas que los recicladores acepten, y evite pequeñas proporciones de elastano en productos que no necesitan elasticidad. Haga que fornituras, etiquetas y forros sean fáciles de quitar o del mismo material que el tejido principal. Pregunte a su clasificador o reciclador regional qué composiciones puede procesar realmente.</p>",
                    },
                    {
                        "title": "Elimine residuos desde el patrón",
                        "text": "<p>Trabaje con sus patronistas el aprovechamiento de la marcada desde el principio, con un objetivo del 85% o más, y use los recortes para piezas pequeñas o accesorios. Los patrones de residuo cero encajan en algunos modelos, como tops y pantalones de formas sencillas. Compruebe el aprovechamiento antes de confirmar el modelo, no después.</p>",
                    },
                    {
                        "title": "Documente y revise",
                        "text": "<p>Registre para cada modelo su composición, el origen de los materiales, los resultados de ensayo, las opciones de reparación y la reciclabilidad en una sola ficha de producto. Estas fichas son la base de su futuro pasaporte digital de producto. Al final de la temporada compare los resultados con los objetivos y súbalos para la colección siguiente.</p>",
                    },
                ],
                "checklist": [
                    "Objetivos medibles de ecodiseño escritos en el briefing de la colección",
                    "Proporción de fibras certificadas o de origen biológico calculada por modelo",
                    "Número de tejidos distintos reducido respecto a la temporada anterior",
                    "Cada tejido nuevo ensayado en pilling y solidez del color",
                    "Zonas de tensión reforzadas y fornituras sustituibles",
                    "Composición monomaterial o reciclable validada con un reciclador",
                    "Aprovechamiento de marcada del 85% o más antes de confirmar modelos",
                    "Ficha de producto completada para cada modelo",
                ],
            },
            "fr": {
                "title": "Liste de contrôle d'écoconception pour une collection",
                "slug": "liste-de-controle-d-ecoconception-pour-une-collection",
                "summary": "Six étapes et une liste de contrôle pour concevoir une collection qui utilise de meilleures matières, dure plus longtemps, se répare et se recycle en fin de vie.",
                "time_to_implement": "6 à 9 mois, un cycle de collection",
                "steps": [
                    {
                        "title": "Fixer des objectifs avant le premier croquis",
                        "text": "<p>Convenez avec toute l'équipe de deux ou trois objectifs mesurables pour la collection, par exemple 60 % de fibres biologiques, recyclées ou biosourcées certifiées, tous les basiques en une seule matière et aucun modèle sous vos exigences de durabilité. Inscrivez-les dans le brief de collection. Des objectifs fixés après le choix des tissus ne changent presque jamais rien.</p>",
                    },
                    {
                        "title": "Choisir des matières à moindre impact",
                        "text": "<p>Privilégiez les fibres recyclées ou biologiques certifiées, les matières biosourcées et les sous-produits locaux comme les résidus agricoles, et demandez les rapports d'essai aux fournisseurs. Limitez le nombre de tissus différents : moins de tissus, mais meilleurs, c'est des commandes plus grosses, des minimums plus bas et moins de reliquats. Vérifiez la conformité chimique avec une liste de substances restreintes.</p>",
                    },
                    {
                        "title": "Concevoir pour durer et se réparer",
                        "text": "<p>Fixez des niveaux de qualité minimaux, par exemple une note de 4 au boulochage et à la solidité des teintures, et testez chaque nouveau tissu. Renforcez les points de tension, utilisez des fermetures et boutons remplaçables, et ajoutez des boutons de rechange et des conseils d'entretien qui prolongent la vie du vêtement. Évitez les détails qui empêchent la réparation, comme les coutures thermocollées sur des vêtements du quotidien.</p>",
                    },
                    {
                        "title": "Concevoir pour le recyclage",
                        "text": "<p>Utilisez un seul type de fibre par vêtement quand c'est possible, ou des mélanges acceptés par les recycleurs, et évitez les petites parts d'élasthanne dans les produits qui n'ont pas besoin d'extensibilité. Rendez fournitures, étiquettes et doublures faciles à retirer ou de la même matière que le tissu principal. Demandez à votre trieur ou recycleur régional quelles compositions il peut réellement traiter.</p>",
                    },
                    {
                        "title": "Réduire les chutes dès le patronage",
                        "text": "<p>Travaillez l'efficience du placement avec vos modélistes dès le départ, avec un objectif de 85 % ou plus, et utilisez les chutes pour de petites pièces ou des accessoires. Les patronages zéro déchet conviennent à certains modèles, comme les hauts et pantalons aux formes simples. Vérifiez l'efficience du placement avant de confirmer le modèle, pas après.</p>",
                    },
                    {
                        "title": "Documenter et faire le bilan",
                        "text": "<p>Consignez pour chaque modèle la composition, l'origine des matières, les résultats d'essais, les possibilités de réparation et la recyclabilité dans une fiche produit unique. Ces fiches sont la base de votre futur passeport numérique des produits. En fin de saison, comparez les résultats aux objectifs et relevez-les pour la collection suivante.</p>",
                    },
                ],
                "checklist": [
                    "Objectifs mesurables d'écoconception inscrits dans le brief de collection",
                    "Part de fibres certifiées ou biosourcées calculée par modèle",
                    "Nombre de tissus différents réduit par rapport à la saison précédente",
                    "Chaque nouveau tissu testé au boulochage et à la solidité des teintures",
                    "Points de tension renforcés et fournitures remplaçables",
                    "Composition monomatière ou recyclable validée avec un recycleur",
                    "Efficience de placement d'au moins 85 % avant confirmation des modèles",
                    "Fiche produit remplie pour chaque modèle",
                ],
            },
            "ro": {
                "title": "Listă de verificare de ecodesign pentru o colecție",
                "slug": "lista-de-verificare-de-ecodesign-pentru-o-colectie",
                "summary": "Șase pași și o listă de verificare pentru a crea o colecție care folosește materiale mai bune, durează mai mult, poate fi reparată și poate fi reciclată la sfârșitul vieții.",
                "time_to_implement": "Între 6 și 9 luni, un ciclu de colecție",
                "steps": [
                    {
                        "title": "Stabiliți obiective înainte de prima schiță",
                        "text": "<p>Stabiliți cu toată echipa două sau trei obiective măsurabile pentru colecție, de exemplu 60% fibre organice, reciclate sau de origine biologică certificate, toate articolele de bază dintr-un singur material și niciun model sub standardele voastre de durabilitate. Scrieți-le în brief-ul colecției. Obiectivele stabilite după alegerea materialelor schimbă rareori ceva.</p>",
                    },
                    {
                        "title": "Alegeți materiale cu impact mai mic",
                        "text": "<p>Preferați fibre reciclate sau organice certificate, materiale de origine biologică și subproduse locale, precum reziduurile agricole, și cereți furnizorilor rapoarte de testare. Limitați numărul de materiale diferite: mai puține materiale, dar mai bune, înseamnă comenzi mai mari, minime mai mici și mai puține resturi. Verificați conformitatea chimică pe baza unei liste de substanțe restricționate.</p>",
                    },
                    {
                        "title": "Proiectați pentru durabilitate și reparare",
                        "text": "<p>Stabiliți niveluri minime de calitate, de exemplu gradul 4 la pilling și la rezistența culorii, și testați fiecare material nou. Întăriți zonele solicitate, folosiți fermoare și nasturi care pot fi înlocuiți și adăugați nasturi de rezervă și instrucțiuni de îngrijire care prelungesc viața articolului. Evitați detaliile care fac repararea imposibilă, cum ar fi cusăturile termolipite la articolele de zi cu zi.</p>",
                    },
                    {
                        "title": "Proiectați pentru reciclare",
                        "text": "<p>Folosiți un singur tip de fibră pe articol când se poate, sau amestecuri acceptate de reciclatori, și evitați procentele mici de elastan la produsele care nu au nevoie de elasticitate. Faceți ca accesoriile, etichetele și căptușelile să poată fi îndepărtate ușor sau să fie din același material ca țesătura principală. Întrebați sortatorul sau reciclatorul din regiune ce compoziții poate procesa efectiv.</p>",
                    },
                    {
                        "title": "Eliminați deșeurile încă din tipar",
                        "text": "<p>Lucrați cu tiparele pentru randamentul încadrării încă de la început, cu o țintă de 85% sau mai mult, și folosiți resturile pentru piese mici sau accesorii. Tiparele „zero deșeuri” se potrivesc unor modele, precum bluzele și pantalonii cu forme simple. Verificați randamentul încadrării înainte de confirmarea modelului, nu după.</p>",
                    },
                    {
                        "title": "Documentați și evaluați",
                        "text": "<p>Înregistrați pentru fiecare model compoziția, originea materialelor, rezultatele testelor, opțiunile de reparare și reciclabilitatea într-o singură fișă de produs. Aceste fișe sunt baza viitorului pașaport digital al produsului. La sfârșitul sezonului comparați rezultatele cu obiectivele și ridicați-le pentru colecția următoare.</p>",
                    },
                ],
                "checklist": [
                    "Obiective măsurabile de ecodesign scrise în brief-ul colecției",
                    "Ponderea fibrelor certificate sau de origine biologică calculată pe model",
                    "Numărul de materiale diferite redus față de sezonul trecut",
                    "Fiecare material nou testat la pilling și rezistența culorii",
                    "Zonele solicitate întărite și accesoriile înlocuibile",
                    "Compoziția monomaterial sau reciclabilă validată cu un reciclator",
                    "Randament al încadrării de cel puțin 85% înainte de confirmarea modelelor",
                    "Fișa de produs completată pentru fiecare model",
                ],
            },
        },
    },
    {
        "key": "guide-measure-and-cut-production-waste",
        "section": "bfa",
        "topics": ["waste-reduction", "resale-and-rental", "ai-and-data"],
        "stages": ["production"],
        "tags": ["cutting waste", "marker efficiency", "deadstock", "water and energy", "kpi"],
        "audience": "production-manager",
        "difficulty": "beginner",
        "time_to_implement": "1–3 months to measure, 6–12 months to cut",
        "related_case_studies": [
            "bg-retextil-deadstock-fabric-marketplace",
            "bg-struma-laundry-solar-water-recycling",
            "ro-uniforma-made-to-measure-on-demand",
        ],
        "author": "Georgi Todorov",
        "original_language": "bg",
        "publication_date": "2025-06-03",
        "last_reviewed": "2025-10-24",
        "review_owner": "BFA",
        "translations": {
            "en": {
                "title": "Measure and cut production waste in a garment factory",
                "slug": "measure-and-cut-production-waste",
                "summary": "A practical method for garment and textile factories to weigh their waste, find the largest losses and reduce them, with typical figures and quick wins.",
                "time_to_implement": "1 to 3 months to measure, 6 to 12 months to cut",
                "steps": [
                    {
                        "title": "Weigh everything for one month",
                        "text": "<p>Put labelled bins at every cutting table and sewing line and weigh, every day, cutting offcuts, defective pieces, rejected garments, surplus rolls and sampling waste. In most factories cutting waste alone is 15–25% of the fabric bought. Record the figures per order, so that waste can be linked to styles and customers.</p>",
                    },
                    {
                        "title": "Find the biggest losses",
                        "text": "<p>Sort the month's data from largest to smallest: usually three or four sources account for 80% of the waste. Compare orders with high and low waste to find the causes, such as short markers, narrow fabric widths, over-cutting or late changes by the customer. Share the results with cutting and sewing supervisors, who often know the causes already.</p>",
                    },
                    {
                        "title": "Improve marker efficiency",
                        "text": "<p>Use CAD nesting for every order and set a target, for example from 80% to 85% marker efficiency. On 100 tonnes of fabric a year, every percentage point saves one tonne, often worth €5,000–8,000. Ask customers for the actual fabric width before cutting, and combine sizes or orders in one marker where possible.</p>",
                    },
                    {
                        "title": "Reduce over-cutting and defects",
                        "text": "<p>Lower the extra pieces cut “just in case”, for example from 3% to 1%, by checking the first garment of every order before the bulk is sewn. Inspect fabric before cutting so that faults are found on the roll, not in the finished garment. Track defects per line and discuss them in a short weekly meeting.</p>",
                    },
                    {
                        "title": "Give leftovers a second life",
                        "text": "<p>Sell surplus rolls through a B2B marketplace for deadstock fabric instead of to rag dealers, and sort offcuts by fibre and colour so that recyclers pay for them. Large offcuts can become accessories, bags or children's items. Keep a record of what leaves the factory and at what price.</p>",
                    },
                    {
                        "title": "Make it a routine",
                        "text": "<p>Show waste per order and per line on a monthly board, next to water and energy use per garment. Include waste targets in supervisors' objectives and review them every quarter. After a year, most factories that follow these steps cut their total waste by a quarter or more.</p>",
                    },
                ],
                "checklist": [
                    "Labelled bins and daily weighing at every cutting table and line",
                    "Waste recorded per order for at least one month",
                    "Three or four largest waste sources identified",
                    "Marker efficiency target set and monitored",
                    "First-garment check introduced before bulk sewing",
                    "Surplus rolls and sorted offcuts sold rather than dumped",
                ],
            },
            "es": {
                "title": "Mida y reduzca los residuos de producción en una fábrica de confección",
                "slug": "medir-y-reducir-los-residuos-de-produccion",
                "summary": "Un método práctico para que las fábricas de confección y textiles pesen sus residuos, encuentren las mayores pérdidas y las reduzcan, con cifras habituales y mejoras rápidas.",
                "time_to_implement": "De 1 a 3 meses para medir, de 6 a 12 meses para reducir",
                "steps": [
                    {
                        "title": "Pese todo durante un mes",
                        "text": "<p>Coloque contenedores etiquetados en cada mesa de corte y línea de costura y pese cada día los recortes, las piezas defectuosas, las prendas rechazadas, los rollos sobrantes y los residuos de muestras. En la mayoría de las fábricas, solo el corte supone entre el 15 y el 25% del tejido comprado. Registre las cifras por pedido, para poder vincular los residuos a modelos y clientes.</p>",
                    },
                    {
                        "title": "Encuentre las mayores pérdidas",
                        "text": "<p>Ordene los datos del mes de mayor a menor: normalmente tres o cuatro fuentes suponen el 80% de los residuos. Compare pedidos con muchos y pocos residuos para encontrar las causas, como marcadas cortas, anchos de tejido estrechos, exceso de corte o cambios tardíos del cliente. Comparta los resultados con los encargados de corte y costura, que a menudo ya conocen las causas.</p>",
                    },
                    {
                        "title": "Mejore el aprovechamiento de la marcada",
                        "text": "<p>Use el encaje por CAD en cada pedido y fije un objetivo, por ejemplo pasar del 80% al 85% de aprovechamiento. Con 100 toneladas de tejido al año, cada punto porcentual ahorra una tonelada, que a menudo vale entre 5.000 y 8.000 €. Pida al cliente el ancho real del tejido antes de cortar y combine tallas o pedidos en una misma marcada cuando sea posible.</p>",
                    },
                    {
                        "title": "Reduzca el exceso de corte y los defectos",
                        "text": "<p>Rebaje las piezas extra cortadas «por si acaso», por ejemplo del 3% al 1%, revisando la primera prenda de cada pedido antes de coser la serie. Inspeccione el tejido antes de cortar para detectar los defectos en el rollo y no en la prenda acabada. Registre los defectos por línea y coméntelos en una breve reunión semanal.</p>",
                    },
                    {
                        "title": "Dé una segunda vida a los sobrantes",
                        "text": "<p>Venda los rollos sobrantes en un mercado B2B de tejido sobrante en lugar de a traperos, y clasifique los recortes por fibra y color para que los recicladores paguen por ellos. Los recortes grandes pueden convertirse en complementos, bolsas o artículos infantiles. Registre lo que sale de la fábrica y a qué precio.</p>",
                    },
                    {
                        "title": "Conviértalo en rutina",
                        "text": "<p>Muestre los residuos por pedido y por línea en un panel mensual, junto al consumo de agua y energía por prenda. Incluya objetivos de residuos en los objetivos de los encargados y revíselos cada trimestre. Al cabo de un año, la mayoría de las fábricas que siguen estos pasos reducen sus residuos totales en una cuarta parte o más.</p>",
                    },
                ],
                "checklist": [
                    "Contenedores etiquetados y pesaje diario en cada mesa de corte y línea",
                    "Residuos registrados por pedido durante al menos un mes",
                    "Las tres o cuatro mayores fuentes de residuos identificadas",
                    "Objetivo de aprovechamiento de marcada fijado y controlado",
                    "Revisión de la primera prenda antes de coser la serie",
                    "Rollos sobrantes y recortes clasificados vendidos en lugar de desechados",
                ],
            },
            "fr": {
                "title": "Mesurer et réduire les déchets de production dans un atelier de confection",
                "slug": "mesurer-et-reduire-les-dechets-de-production",
                "summary": "Une méthode pratique pour que les ateliers de confection et les usines textiles pèsent leurs déchets, repèrent les plus grosses pertes et les réduisent, avec des chiffres types et des gains rapides.",
                "time_to_implement": "1 à 3 mois pour mesurer, 6 à 12 mois pour réduire",
                "steps": [
                    {
                        "title": "Tout peser pendant un mois",
                        "text": "<p>Installez des bacs étiquetés à chaque table de coupe et chaque ligne de couture, et pesez chaque jour les chutes de coupe, les pièces défectueuses, les vêtements rebutés, les rouleaux excédentaires et les déchets de prototypage. Dans la plupart des ateliers, la coupe représente à elle seule 15 à 25 % du tissu acheté. Enregistrez les chiffres par commande, pour relier les déchets aux modèles et aux clients.</p>",
                    },
                    {
                        "title": "Repérer les plus grosses pertes",
                        "text": "<p>Classez les données du mois de la plus grande à la plus petite : en général, trois ou quatre sources représentent 80 % des déchets. Comparez les commandes à fort et à faible taux de déchets pour trouver les causes : placements courts, laizes étroites, surcoupe ou modifications tardives du client. Partagez les résultats avec les chefs de coupe et de couture, qui connaissent souvent déjà les causes.</p>",
                    },
                    {
                        "title": "Améliorer l'efficience du placement",
                        "text": "<p>Utilisez le placement assisté par CAO pour chaque commande et fixez un objectif, par exemple passer de 80 % à 85 % d'efficience. Sur 100 tonnes de tissu par an, chaque point de pourcentage économise une tonne, souvent 5 000 à 8 000 €. Demandez au client la laize réelle avant la coupe et regroupez tailles ou commandes dans un même placement quand c'est possible.</p>",
                    },
                    {
                        "title": "Réduire la surcoupe et les défauts",
                        "text": "<p>Diminuez les pièces coupées « au cas où », par exemple de 3 % à 1 %, en contrôlant le premier vêtement de chaque commande avant de lancer la série. Inspectez le tissu avant la coupe pour trouver les défauts sur le rouleau et non sur le vêtement fini. Suivez les défauts par ligne et discutez-en lors d'un court point hebdomadaire.</p>",
                    },
                    {
                        "title": "Donner une seconde vie aux reliquats",
                        "text": "<p>Vendez les rouleaux excédentaires sur une place de marché B2B de tissus dormants plutôt qu'aux chiffonniers, et triez les chutes par fibre et par couleur pour que les recycleurs les achètent. Les grandes chutes peuvent devenir des accessoires, des sacs ou des articles pour enfants. Tenez un registre de ce qui sort de l'atelier et à quel prix.</p>",
                    },
                    {
                        "title": "En faire une routine",
                        "text": "<p>Affichez les déchets par commande et par ligne sur un tableau mensuel, à côté de la consommation d'eau et d'énergie par vêtement. Intégrez des objectifs de déchets dans ceux des chefs d'équipe et révisez-les chaque trimestre. Au bout d'un an, la plupart des ateliers qui suivent ces étapes réduisent leurs déchets totaux d'un quart ou plus.</p>",
                    },
                ],
                "checklist": [
                    "Bacs étiquetés et pesée quotidienne à chaque table de coupe et ligne",
                    "Déchets enregistrés par commande pendant au moins un mois",
                    "Les trois ou quatre principales sources de déchets identifiées",
                    "Objectif d'efficience du placement fixé et suivi",
                    "Contrôle du premier vêtement instauré avant la série",
                    "Rouleaux excédentaires et chutes triées vendus plutôt que jetés",
                ],
            },
            "bg": {
                "title": "Измерете и намалете производствените отпадъци в шивашка фабрика",
                "slug": "izmerete-i-namalete-proizvodstvenite-otpadatsi",
                "summary": "Практичен метод, с който шивашки и текстилни фабрики да претеглят отпадъците си, да открият най-големите загуби и да ги намалят, с типични стойности и бързи подобрения.",
                "time_to_implement": "1–3 месеца за измерване, 6–12 месеца за намаляване",
                "steps": [
                    {
                        "title": "Претегляйте всичко в продължение на месец",
                        "text": "<p>Поставете надписани контейнери до всяка кройна маса и шевна линия и всеки ден претегляйте изрезките, дефектните детайли, бракуваните изделия, излишните топове плат и отпадъците от мостри. В повечето фабрики само кроенето е 15–25% от закупения плат. Записвайте данните по поръчки, за да свържете отпадъците с модели и клиенти.</p>",
                    },
                    {
                        "title": "Открийте най-големите загуби",
                        "text": "<p>Подредете данните за месеца от най-голямото към най-малкото: обикновено три или четири източника дават 80% от отпадъците. Сравнете поръчки с много и с малко отпадъци, за да откриете причините – къси кройни карти, тесни платове, прекроено количество или късни промени от клиента. Споделете резултатите с бригадирите в кройката и шивалнята, които често вече знаят причините.</p>",
                    },
                    {
                        "title": "Подобрете ефективността на кройната карта",
                        "text": "<p>Използвайте CAD подреждане за всяка поръчка и поставете цел, например от 80% до 85% ефективност. При 100 тона плат годишно всеки процентен пункт спестява един тон, често на стойност 5000–8000 €. Поискайте от клиента реалната ширина на плата преди кроене и обединявайте размери или поръчки в една кройна карта, когато е възможно.</p>",
                    },
                    {
                        "title": "Намалете прекрояването и дефектите",
                        "text": "<p>Намалете допълнително скроените бройки „за всеки случай“, например от 3% на 1%, като проверявате първото изделие от всяка поръчка, преди да се ушие серията. Проверявайте плата преди кроене, за да откривате дефектите на топа, а не в готовото изделие. Следете дефектите по линии и ги обсъждайте на кратка седмична среща.</p>",
                    },
                    {
                        "title": "Дайте втори живот на остатъците",
                        "text": "<p>Продавайте излишните топове плат чрез B2B платформа за залежали платове вместо на вехтошари и сортирайте изрезките по влакно и цвят, за да плащат рециклиращите фирми за тях. Големите изрезки могат да станат аксесоари, чанти или детски артикули. Водете регистър какво излиза от фабриката и на каква цена.</p>",
                    },
                    {
                        "title": "Превърнете го в рутина",
                        "text": "<p>Показвайте отпадъците по поръчки и по линии на месечно табло, до разхода на вода и енергия на изделие. Включете цели за отпадъците в целите на бригадирите и ги преглеждайте всяко тримесечие. След година повечето фабрики, следващи тези стъпки, намаляват общите си отпадъци с една четвърт или повече.</p>",
                    },
                ],
                "checklist": [
                    "Надписани контейнери и ежедневно претегляне при всяка кройна маса и линия",
                    "Отпадъците са записвани по поръчки поне един месец",
                    "Открити са трите или четирите най-големи източника на отпадъци",
                    "Поставена и следена е цел за ефективност на кройните карти",
                    "Въведена е проверка на първото изделие преди серията",
                    "Излишните топове и сортираните изрезки се продават, а не се изхвърлят",
                ],
            },
        },
    },
]
