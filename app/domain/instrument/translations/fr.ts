// French text of the instrument's statements, options and scenarios, keyed like the English
// (app/domain/instrument/translations/index.ts lists the keys). Written, not machine-translated:
// same meaning, direction and reading level as the English.
import type { ItemTexts } from "./types";

export const FR_ITEM_TEXTS: ItemTexts = {
  "rr-01": "Quand un prospect me dit non, je contacte le suivant sur ma liste sans faire de longue pause.",
  "rr-02": "Quand quelqu'un refuse mon offre, je considère que cela tient à sa situation, et non à moi.",
  "rr-03": "Je peux envoyer dix messages restés sans réponse et rédiger quand même le onzième avec soin.",
  "rr-04": "Je respecte mon plan de prospection hebdomadaire, même une semaine où personne ne dit oui.",
  "rr-05": "Je garde mon calme et ma politesse quand quelqu'un répond à ma demande par un non sec.",
  "rr-06":
    "Quand beaucoup de personnes m'ignorent d'affilée, je repousse le moment de contacter quelqu'un d'autre.",
  "rr-07": "J'évite les types de travail où la plupart de mes demandes seront refusées.",
  "rr-08": "Après un refus, je continue d'y penser pendant tout le reste de la journée.",
  "rr-09": "Un seul refus peut me mettre de mauvaise humeur jusqu'au soir.",
  "rr-10":
    "Je préfère attendre que les gens viennent à moi plutôt que de solliciter des personnes qui n'ont rien demandé.",
  "rr-11": "Je veux bien recontacter un prospect quelques mois après son refus.",
  "rr-12": "Quand un argumentaire échoue, j'essaie volontiers une nouvelle approche dès le lendemain.",
  "rr-13":
    "Contacter des personnes qui n'ont peut-être pas envie d'avoir de mes nouvelles me met très mal à l'aise.",
  "rr-14":
    "Recevoir de nombreux refus dans une même journée ne m'empêche pas d'atteindre mes objectifs d'activité.",
  "cd-01": "Je termine chaque rendez-vous avec un client en convenant d'une prochaine étape et d'une date.",
  "cd-02": "Je suis à l'aise quand je demande à un client de prendre sa décision aujourd'hui.",
  "cd-03":
    "Quand une affaire est presque conclue, j'insiste pour obtenir la signature plutôt que d'attendre.",
  "cd-04": "Dans une négociation, je demande une contrepartie avant d'accorder une remise.",
  "cd-05": "J'aime un travail où la réussite se mesure aux contrats signés.",
  "cd-06": "Je trouve gênant de demander à un client de s'engager.",
  "cd-07": "Je préfère laisser le client choisir quand signer plutôt que de lui demander de signer.",
  "cd-08": "Quand un client hésite, je lui demande ce qui l'empêche de se décider.",
  "cd-09":
    "Pour éviter les tensions dans une négociation, j'accepte souvent les premières conditions proposées par l'autre partie.",
  "cd-10":
    "Je garde une trace de ce que chaque client doit faire avant de pouvoir signer, et je fais le suivi de chaque étape.",
  "cd-11": "Je quitte souvent un rendez-vous avec un client sans savoir quelle est la suite.",
  "cd-12":
    "Négocier le prix me met tellement mal à l'aise que je préfère confier cette tâche à quelqu'un d'autre.",
  "cd-13":
    "Je fixe une date cible pour chaque signature et je planifie les étapes à rebours à partir de cette date.",
  "cd-14": "Quand un client dit avoir besoin de plus de temps, j'attends d'avoir de ses nouvelles.",
  "dc-01": "Avant de proposer une solution, je demande au client quel problème il cherche à résoudre.",
  "dc-02": "Au début d'une vente, je me renseigne sur les autres personnes qui prendront part à la décision.",
  "dc-03":
    "Je pose des questions sur le budget et les délais avant de consacrer beaucoup de temps à un prospect.",
  "dc-04":
    "Je pose des questions complémentaires jusqu'à comprendre pourquoi le client veut agir maintenant.",
  "dc-05":
    "Lors d'un premier rendez-vous avec un client, je parle beaucoup moins que la personne en face de moi.",
  "dc-06": "Avant de présenter quoi que ce soit, je vérifie à quel point le client s'est déjà renseigné.",
  "dc-07": "Je commence à expliquer le produit dès le début d'un rendez-vous.",
  "dc-08": "Je pars du principe que la personne à qui je parle est celle qui décidera.",
  "dc-09": "Je trouve fastidieuses les questions détaillées sur l'activité d'un client.",
  "dc-10":
    "Je préfère envoyer de l'information à tous les clients potentiels plutôt que de vérifier lesquels correspondent bien à notre offre.",
  "dc-11": "Je m'assure de comprendre le problème du client avant de parler de notre produit.",
  "dc-12": "Je découvre souvent, tard dans une vente, un besoin que le client avait dès le départ.",
  "dc-13": "Je note les objectifs de chaque client avec ses propres mots.",
  "dc-14":
    "Je me sens mal à l'aise quand je pose aux clients des questions sur les problèmes de leur entreprise.",
  "pe-01": "J'explique notre produit en fonction des objectifs que le client m'a communiqués.",
  "pe-02":
    "Quand un client exprime une préoccupation, j'y réponds par un fait ou par l'exemple d'un autre client.",
  "pe-03": "Je vois une objection comme le signe que le client envisage sérieusement d'acheter.",
  "pe-04":
    "J'aide les clients à imaginer comment leur travail changerait s'ils se mettaient à utiliser le produit.",
  "pe-05":
    "Quand un client trouve le prix trop élevé, j'explique la valeur du produit avant de parler de remise.",
  "pe-06": "Quand un client n'est pas d'accord avec moi, j'ai tendance à renoncer à mon argument.",
  "pe-07": "Je décris le produit de la même façon à tous les clients.",
  "pe-08": "J'ai du mal à répondre quand un client nous compare à un concurrent moins cher.",
  "pe-09": "Je prépare des réponses aux préoccupations que les clients soulèvent le plus souvent.",
  "pe-10": "Je pose des questions pour comprendre une objection avant d'y répondre.",
  "pe-11": "J'évite les rendez-vous où je m'attends à de la résistance de la part du client.",
  "pe-12": "J'ai du mal à expliquer pourquoi notre produit vaut son prix.",
  "pe-13": "Quand je vois qu'un client n'est pas convaincu, je change ma façon d'expliquer les choses.",
  "pe-14": "Quand un client conteste ce que je dis, je n'insiste généralement pas.",
  "pl-01":
    "Je mets à jour mes informations sur chaque affaire ou tâche le jour même où quelque chose change.",
  "pl-02":
    "Au début de chaque semaine, je prévois quels comptes ou quelles tâches méritent la plus grande partie de mon temps.",
  "pl-03":
    "Dans mes prévisions, je ne compte que les affaires pour lesquelles le client a convenu d'une prochaine étape.",
  "pl-04":
    "Je tiens une liste de toutes les affaires en cours, avec pour chacune la prochaine étape et sa date.",
  "pl-05":
    "Chaque semaine, je passe en revue mes dossiers en cours et je clôture ceux pour lesquels il ne se passe plus rien.",
  "pl-06": "Je signale les mauvaises nouvelles concernant une affaire dès que j'en ai connaissance.",
  "pl-07": "Je consacre mon temps à ce qui me semble le plus urgent ce jour-là.",
  "pl-08": "Je ne mets à jour mes dossiers que lorsqu'on me le demande.",
  "pl-09": "Mes prévisions sont généralement plus optimistes que le résultat final.",
  "pl-10": "J'ai l'impression que planifier ma semaine, c'est du temps pris sur le vrai travail.",
  "pl-11": "Je répartis mon temps entre les comptes selon ce que chacun pourrait rapporter.",
  "pl-12": "Je perds souvent de vue les promesses que j'ai faites à des clients ou à des collègues.",
  "pl-13": "Je note ce qui a été convenu lors d'une réunion avant de passer à la tâche suivante.",
  "pl-14": "J'ai l'impression que tenir les rapports à jour me détourne de la vente.",
  "ci-01":
    "Quand je lance une campagne ou un projet, je note de nombreuses idées possibles avant d'en choisir une.",
  "ci-02": "Je cherche à présenter un produit sous un angle que les concurrents n'ont pas utilisé.",
  "ci-03": "J'aime transformer une caractéristique banale d'un produit en message intéressant.",
  "ci-04": "J'apporte souvent de nouvelles idées aux réunions d'équipe.",
  "ci-05": "Je combine des idées venant de domaines sans lien entre eux pour créer quelque chose de nouveau.",
  "ci-06": "Je trouve des idées de campagnes dans les choses du quotidien que je vois, entends ou lis.",
  "ci-07": "Je préfère réutiliser un message qui a déjà fonctionné plutôt que d'en essayer un nouveau.",
  "ci-08": "Quand on me demande de nouvelles idées, j'ai du mal à en trouver plus d'une ou deux.",
  "ci-09":
    "Je suis plus à l'aise pour améliorer l'idée de quelqu'un d'autre que pour partir d'une page blanche.",
  "ci-10": "Je trouve les séances de recherche de nouvelles idées fatigantes et peu utiles.",
  "ci-11": "Je rédige rapidement plusieurs versions d'un titre avant d'en choisir une.",
  "ci-12":
    "J'essaie des formats inhabituels, comme une courte vidéo ou un outil interactif, pour attirer l'attention.",
  "ci-13": "Il est rare que je trouve plus d'une idée pour une campagne.",
  "ci-14": "Je m'en tiens au format standard pour les présentations et les messages.",
  "mr-01": "Avant de choisir qui cibler, je cherche des données sur la taille de chaque groupe d'acheteurs.",
  "mr-02": "Je lis les sites web et les tarifs des concurrents pour voir comment ils se présentent.",
  "mr-03": "Je vérifie une hypothèse à l'aide de données avant d'agir en conséquence.",
  "mr-04":
    "J'aime interviewer ou sonder des clients pour comprendre comment ils choisissent ce qu'ils achètent.",
  "mr-05": "Je résume les résultats d'une étude en quelques conclusions claires pour les autres.",
  "mr-06": "Je garde une trace des changements que font les concurrents au fil du temps.",
  "mr-07": "Je vérifie d'où vient un chiffre avant de l'utiliser.",
  "mr-08": "Je fais davantage confiance à ma propre expérience qu'aux données du marché.",
  "mr-09": "Je trouve fastidieuse la lecture de rapports et de tableaux de données.",
  "mr-10": "J'élabore des plans pour un nouveau marché sans vérifier sa taille.",
  "mr-11": "Je regarde rarement ce que font les concurrents.",
  "mr-12": "J'ai du mal à tirer une conclusion d'un grand ensemble de données.",
  "mr-13": "Je vérifie la source d'une donnée chiffrée avant de m'y fier.",
  "mr-14": "J'ai l'impression que la recherche retarde le début du vrai travail.",
  "st-01":
    "Je réécris la description d'un produit jusqu'à ce qu'une personne extérieure à notre domaine puisse la comprendre.",
  "st-02": "J'aime créer du contenu pour un site web, un blog ou les réseaux sociaux.",
  "st-03":
    "J'adapte un même message à différents canaux, comme le courriel, les pages web et les diapositives.",
  "st-04": "J'utilise l'histoire d'un client pour illustrer un argument dans une présentation.",
  "st-05": "Je porte une grande attention au titre et à la première phrase de tout ce que je publie.",
  "st-06": "Je conçois des diapositives qui contiennent chacune une seule idée principale.",
  "st-07":
    "Je préfère expliquer les choses au cours d'une conversation plutôt que de préparer des supports destinés à beaucoup de personnes.",
  "st-08": "Préparer des supports pour un large public me prend beaucoup de temps et me semble difficile.",
  "st-09": "Mes présentations ont tendance à contenir beaucoup de détails, sans fil conducteur clair.",
  "st-10": "J'évite de partager mon travail dans des espaces publics comme le blog de l'entreprise.",
  "st-11":
    "Je demande à des personnes qui ne connaissent pas le produit de lire mon texte et de me dire ce qu'elles en ont compris.",
  "st-12": "J'ai du mal à savoir ce qu'un public large et inconnu veut entendre.",
  "st-13": "Je choisis quelques messages clés et je les répète dans tous nos supports.",
  "st-14": "Je laisse à d'autres la rédaction et la mise en forme des supports sur nos produits.",
  "ps-01": "Quand j'examine un produit, je me demande à quels clients il s'adresse vraiment.",
  "ps-02": "J'aime calculer l'effet qu'aurait une variation de prix sur les ventes et les bénéfices.",
  "ps-03":
    "Je compare notre offre à d'autres sur les fonctionnalités, le prix et les endroits où elle est vendue.",
  "ps-04":
    "Je propose des fonctionnalités à ajouter ou à retirer pour que le produit réponde aux besoins des clients.",
  "ps-05":
    "Je réfléchis à la façon dont un produit parvient à ses clients : en ligne, par des partenaires ou par une équipe de vente.",
  "ps-06": "Je tiens compte de ce que coûte le service à un client quand j'évalue une affaire ou un produit.",
  "ps-07": "Je préfère laisser à d'autres les décisions sur les prix.",
  "ps-08": "Je me demande rarement si un produit est rentable.",
  "ps-09": "Je trouve ennuyeuses les discussions sur les fonctionnalités à inclure dans chaque formule.",
  "ps-10": "J'accepte un produit tel qu'il est plutôt que de me demander ce qu'il devrait être.",
  "ps-11": "Je construis des modèles simples pour comparer différentes options de prix.",
  "ps-12": "Je cherche un prix que les clients trouvent juste et qui rapporte tout de même une bonne marge.",
  "ps-13": "Je n'aime pas travailler avec des chiffres sur les coûts et les marges.",
  "ps-14": "Fixer les prix est une tâche que je préférerais laisser à quelqu'un d'autre.",
  "dg-01": "Je fais le suivi du nombre de clients potentiels que génère chaque canal ou chaque campagne.",
  "dg-02": "Je fais de petits tests pour comparer deux versions d'un message ou d'une offre.",
  "dg-03": "Je retire du budget ou des efforts aux canaux qui ne donnent pas de résultats.",
  "dg-04":
    "J'aime me fixer un objectif mensuel de nouveaux clients potentiels et travailler pour l'atteindre.",
  "dg-05":
    "Je planifie des campagnes sur plusieurs canaux, comme les moteurs de recherche, le courriel, les événements et les réseaux sociaux.",
  "dg-06": "Je regarde ce que nous coûte chaque nouveau client potentiel ou chaque nouveau client.",
  "dg-07":
    "J'aime trouver de nouveaux endroits où des acheteurs potentiels passent du temps, en ligne ou sur le terrain.",
  "dg-08": "J'ai du mal à dire lesquelles de mes actions ont amené quels clients.",
  "dg-09": "Je préfère une grande campagne à de nombreuses petites expériences.",
  "dg-10": "Je vérifie rarement les résultats d'une campagne une fois qu'elle est lancée.",
  "dg-11": "Une fois qu'une campagne est en cours, je ne regarde pas souvent ses chiffres.",
  "dg-12": "Je continue de dépenser dans un canal parce que nous l'avons toujours utilisé.",
  "dg-13": "Je conviens avec l'équipe de vente de ce qui fait un bon client potentiel.",
  "dg-14": "Je trouve ennuyeux le travail quotidien avec les chiffres des campagnes.",
  "cf-01": "Je transmets ce que les clients disent de notre produit à l'équipe qui peut agir en conséquence.",
  "cf-02":
    "Quand je pense que nos supports sur les produits sont dépassés, je le dis aux personnes qui en sont responsables.",
  "cf-03": "Je demande l'avis de l'autre équipe avant de modifier un message que nous partageons.",
  "cf-04": "Je lis ou j'écoute les plaintes des clients pour trouver des idées d'amélioration.",
  "cf-05":
    "Je rencontre régulièrement des personnes des ventes ou du marketing pour comparer ce que nous entendons de la part des clients.",
  "cf-06": "Je modifie les supports communs selon mon propre style sans en parler à personne.",
  "cf-07": "Je continue d'utiliser d'anciens supports même quand je sais que les clients y réagissent mal.",
  "cf-08":
    "Quand une autre équipe propose des changements à mon travail, je défends généralement la version d'origine.",
  "cf-09": "J'ai du mal à trouver du temps pour parler avec l'autre équipe.",
  "cf-10": "Je demande aux clients ce qu'ils pensent de nos supports et de nos présentations.",
  "cf-11": "Avant d'utiliser un message modifié, je conviens du changement avec les deux équipes.",
  "cf-12": "Ce que disent les clients est surtout l'affaire des autres équipes, pas la mienne.",
  "cf-13":
    "Je partage des exemples de ce qui a fonctionné auprès des clients pour que l'autre équipe puisse s'en servir.",
  "cf-14":
    "Je préfère régler moi-même un problème dans notre message plutôt que d'en discuter avec d'autres.",
  "fc-01.sales": "Je continue à contacter de nouveaux prospects même après une semaine de refus.",
  "fc-01.marketing":
    "Quand une campagne n'attire pas d'acheteurs, j'essaie un nouvel angle dès le lendemain au lieu d'abandonner.",
  "fc-02.sales": "J'aime le moment où une longue conversation se termine par un oui clair.",
  "fc-02.marketing":
    "J'aime le moment où un message de lancement que j'ai rédigé entraîne une vague de commandes.",
  "fc-03.sales": "J'aime découvrir en profondeur l'activité d'un client en lui posant des questions.",
  "fc-03.marketing":
    "J'aime savoir exactement sur quels points chaque concurrent est plus faible que nous, pour que nous puissions l'emporter.",
  "fc-04.sales":
    "Je donne le meilleur de moi-même quand je convaincs une personne au cours d'une conversation.",
  "fc-04.marketing":
    "Je donne le meilleur de moi-même quand je suis sur scène pour convaincre une salle pleine de clients potentiels.",
  "fc-05.sales": "Je fais le suivi de chaque affaire en cours et de sa prochaine étape.",
  "fc-05.marketing":
    "J'aime dépasser mon objectif de nouveaux clients potentiels tous les mois, sans exception.",
  "fc-06.sales": "Je préfère convenir moi-même du prix final avec un client.",
  "fc-06.marketing":
    "Je préfère fixer des prix qui nous font gagner des clients face à nos concurrents sur l'ensemble du marché.",
  "fc-07.sales": "Je préfère contacter moi-même vingt inconnus, en sachant que la plupart diront non.",
  "fc-07.marketing": "Je préfère mener une campagne qui nous amène vingt prospects prêts à acheter.",
  "fc-08.sales": "Poser des questions à un client sur ses problèmes me donne de l'énergie.",
  "fc-08.marketing":
    "Imaginer de nouvelles façons de rendre un produit irrésistible pour les acheteurs me donne de l'énergie.",
  "fc-09.sales": "J'aime répondre aux doutes d'une personne pendant que nous discutons.",
  "fc-09.marketing":
    "J'aime découvrir pourquoi des acheteurs choisissent un concurrent, pour que nous puissions les regagner.",
  "fc-10.sales": "J'aime planifier les comptes sur lesquels me concentrer ce mois-ci.",
  "fc-10.marketing": "J'aime décider quel produit et quel prix nous rapporteront le plus de revenus.",
  "fc-11.sales": "Je veux que ma réussite se mesure aux ventes que je conclus.",
  "fc-11.marketing": "Je veux que ma réussite se mesure aux revenus générés par mes campagnes.",
  "fc-12.sales": "Quand un client me dit non, je retrouve mon équilibre en quelques minutes.",
  "fc-12.marketing":
    "Quand un public de clients conteste ma présentation, je retrouve mon équilibre en quelques minutes.",
  "fc-13.sales": "Je préfère découvrir exactement ce dont un client a besoin.",
  "fc-13.marketing":
    "Je préfère décider de ce que le produit doit offrir pour qu'il se vende mieux que ses concurrents.",
  "fc-14.sales": "J'aime faire changer d'avis un client qui a des doutes.",
  "fc-14.marketing": "J'aime créer un slogan qui donne envie d'acheter.",
  "fc-15.sales": "J'aime tenir des prévisions de ventes précises.",
  "fc-15.marketing": "J'aime savoir précisément où nous gagnons des parts de marché sur nos concurrents.",
  "fc-16.sales": "Je préfère un travail où je peux demander une décision le jour même.",
  "fc-16.marketing":
    "Je préfère un travail où je découvre quels marchés nous pouvons conquérir le plus vite.",
  "fc-17.sales": "J'accepte volontiers de travailler dans un contexte où neuf personnes sur dix disent non.",
  "fc-17.marketing":
    "J'accepte volontiers de retravailler une offre de produit encore et encore jusqu'à ce qu'elle surpasse la concurrence.",
  "fc-18.sales":
    "Je préfère découvrir au cours d'une conversation si un client potentiel a vraiment besoin de ce que nous vendons.",
  "fc-18.marketing": "Je préfère bâtir le système qui transforme des milliers de contacts en acheteurs.",
  "fc-19.sales": "Je préfère convaincre un client important.",
  "fc-19.marketing": "Je préfère convaincre mille acheteurs potentiels avec une seule campagne.",
  "fc-20.sales": "Une semaine bien organisée me procure de la satisfaction.",
  "fc-20.marketing":
    "Une nouvelle idée qui amène les clients à parler de nous me procure de la satisfaction.",
  "fc-21.sales": "J'aime fixer une date limite pour la décision d'un client.",
  "fc-21.marketing": "J'aime trouver l'offre qui pousse les clients à agir tout de suite.",
  "fc-22.sales": "Je préfère adapter mon argumentaire à la personne à qui je parle.",
  "fc-22.marketing": "Je préfère construire un message unique qui convainc tout le marché.",
  "fc-23.sales": "Je préfère passer la journée à contacter des prospects.",
  "fc-23.marketing":
    "Je préfère passer la journée à découvrir quels clients sont les plus susceptibles d'acheter chez nous.",
  "fc-24.sales": "C'est dans les rendez-vous où le client parle le plus que j'apprends le plus.",
  "fc-24.marketing":
    "C'est quand je présente notre produit si bien que tout un public en a envie que je me sens le plus utile.",
  "fc-25.sales": "J'aime un poste qui comporte des objectifs hebdomadaires clairs de rendez-vous fixés.",
  "fc-25.marketing": "J'aime un poste où le message que je rédige fait vendre dans toutes les régions.",
  "fc-26.sales": "J'aimerais être la personne qui négocie les conditions finales.",
  "fc-26.marketing":
    "J'aimerais être la personne qui présente notre offre lors du grand événement organisé pour les clients.",
  "fc-27.sales": "J'aime expliquer à un client qui doute pourquoi notre prix est juste.",
  "fc-27.marketing":
    "J'aime déterminer le prix qui attire le plus de clients tout en dégageant un bon bénéfice.",
  "fc-28.sales": "Contacter des personnes qui ne me connaissent pas encore me paraît naturel.",
  "fc-28.marketing":
    "Présenter une idée nouvelle et audacieuse à des clients pour voir si elle se vend me paraît naturel.",
  "fc-29.sales":
    "Je préfère interroger les personnes qui sont à l'origine de la décision d'un client pour bien la comprendre.",
  "fc-29.marketing":
    "Je préfère découvrir quelles entreprises de tout un secteur sont prêtes à acheter, et pourquoi.",
  "fc-30.sales": "J'éprouve de la fierté quand mes prévisions de ventes correspondent au résultat.",
  "fc-30.marketing": "J'éprouve de la fierté quand une campagne attire plus d'acheteurs que prévu.",
  "fc-31.sales": "Discuter avec un client de chacune de ses préoccupations me correspond.",
  "fc-31.marketing":
    "Connaître les points faibles d'un concurrent mieux que sa propre équipe de vente me correspond.",
  "fc-32.sales": "J'aime convenir des conditions d'un contrat avec un client.",
  "fc-32.marketing": "J'aime concevoir la formule et le prix qui amènent les clients à signer plus tôt.",
  "sj-01":
    "Après une bonne démonstration, un client vous dit que votre produit coûte 30 % plus cher que celui d'un concurrent. Plus tôt, ce client vous a indiqué que son objectif principal est de faire gagner du temps à son personnel. Que faites-vous ?",
  "sj-01-a": "Offrir une remise de 30 % pour que le prix ne soit plus un problème.",
  "sj-01-b":
    "Demander quels éléments de l'offre du concurrent le client compare, puis expliquer les différences qui comptent pour son objectif.",
  "sj-01-c":
    "Utiliser les propres chiffres du client pour comparer le temps de travail économisé à l'écart de prix.",
  "sj-01-d": "Dire qu'une meilleure qualité coûte plus cher, puis attendre sa réponse.",
  "sj-02":
    "Un prospect vous écrit avoir consulté votre site web, regardé les vidéos de votre produit et comparé trois fournisseurs. Ce prospect demande un rendez-vous « pour voir le prix ». Comment menez-vous ce rendez-vous ?",
  "sj-02-a":
    "Lui demander ce que ses recherches lui ont appris, quel problème il veut résoudre et qui d'autre est concerné, puis donner le prix dans ce contexte.",
  "sj-02-b":
    "Donner le prix et faire la présentation standard pour qu'il ait toutes les informations au même endroit.",
  "sj-02-c":
    "Sauter les notions de base qu'il connaît déjà et montrer les fonctionnalités les plus avancées.",
  "sj-02-d": "Donner le prix tôt, puis demander quand il compte décider et quelle est la prochaine étape.",
  "sj-03":
    "Vous travaillez au marketing. Une personne de l'équipe de vente a réécrit la présentation officielle du produit. Les clients réagissent mieux à sa version, mais deux affirmations qu'elle contient sont inexactes. Que faites-vous ?",
  "sj-03-a":
    "Demander à cette personne de cesser d'utiliser sa version et de revenir à la version officielle.",
  "sj-03-b": "Laisser cette personne continuer, parce que ce sont les résultats qui comptent.",
  "sj-03-c": "Corriger les deux affirmations dans sa version et la lui renvoyer.",
  "sj-03-d":
    "Rencontrer cette personne pour comprendre ce à quoi les clients réagissent, corriger les affirmations ensemble et mettre à jour la présentation officielle pour tout le monde.",
  "sj-04":
    "Votre entreprise lance une nouvelle fonctionnalité le mois prochain. L'équipe d'ingénierie a rédigé une longue liste de détails techniques. On vous demande d'écrire le message de lancement pour le site web. Que faites-vous en premier ?",
  "sj-04-a": "Résumer la liste en ses cinq points les plus importants.",
  "sj-04-b":
    "Retenir le problème essentiel que la fonctionnalité résout pour les clients, rédiger un titre court à ce sujet et placer les détails plus bas.",
  "sj-04-c": "Publier la liste de l'équipe d'ingénierie, parce qu'elle est exacte et complète.",
  "sj-04-d":
    "Écrire un slogan accrocheur qui attire l'attention, même s'il n'explique pas la fonctionnalité.",
  "sj-05":
    "Nous sommes jeudi. Vous avez contacté 40 prospects cette semaine et aucun n'a accepté de rendez-vous. Personne ne vous en a encore parlé. Que faites-vous ?",
  "sj-05-a":
    "Arrêter de contacter des prospects pour le reste de la semaine et rattraper votre retard sur d'autres tâches.",
  "sj-05-b":
    "Faire relire vos messages par un ou une collègue avant de contacter qui que ce soit d'autre la semaine prochaine.",
  "sj-05-c": "Continuer avec le même message jusqu'à la fin de la semaine.",
  "sj-05-d":
    "Examiner les réponses que vous avez reçues, ajuster votre message et contacter le groupe suivant dès aujourd'hui.",
  "sj-06":
    "Un client a accepté la solution et le prix. Ensuite, il vous dit qu'il « vous recontactera le mois prochain » pour la signature. Il ne donne aucune raison à ce report. Que faites-vous ?",
  "sj-06-a": "Le remercier et attendre qu'il vous recontacte le mois prochain.",
  "sj-06-b":
    "Demander ce qui doit encore se passer avant qu'il puisse signer, et convenir d'une date pour chaque étape.",
  "sj-06-c": "Envoyer le contrat maintenant et lui demander de le signer quand il sera prêt.",
  "sj-06-d": "Proposer une petite remise s'il signe cette semaine.",
  "sj-07":
    "C'est la fin du trimestre. Vos prévisions comprennent une grosse affaire, mais le client ne répond plus depuis trois semaines. Votre responsable veut vos chiffres définitifs aujourd'hui. Que faites-vous ?",
  "sj-07-a": "Garder l'affaire dans les prévisions à sa pleine valeur, car elle pourrait encore se conclure.",
  "sj-07-b": "Garder l'affaire dans les prévisions en précisant que vous avez des doutes à son sujet.",
  "sj-07-c": "Retirer l'affaire des prévisions de ce trimestre sans commentaire.",
  "sj-07-d":
    "Sortir l'affaire de ce trimestre, expliquer pourquoi à votre responsable et prévoir une nouvelle tentative pour joindre le client.",
  "sj-08":
    "Chaque mois depuis six mois, de moins en moins de clients ouvrent le courriel mensuel de votre équipe. On vous demande des idées pour le prochain. Que faites-vous ?",
  "sj-08-a": "Garder le format et rédiger un nouvel objet.",
  "sj-08-b":
    "Proposer trois idées très différentes, comme un témoignage client, un court quiz et une liste de vérification utile, et en tester deux.",
  "sj-08-c": "Proposer de ne plus envoyer ce courriel.",
  "sj-08-d": "Demander de nouvelles idées à l'équipe et choisir la plus populaire.",
  "sj-09":
    "Votre entreprise veut vendre dans un nouveau secteur. Votre PDG ne doute pas que ce soit un bon marché, parce que deux de ses amis qui travaillent dans ce secteur ont aimé le produit. Que proposez-vous ?",
  "sj-09-a": "Lancer une campagne tout de suite, puisque votre PDG connaît le secteur.",
  "sj-09-b": "Mener une petite campagne et voir ce qui se passe.",
  "sj-09-c":
    "Interroger dix à quinze acheteurs potentiels de ce secteur et estimer combien d'entreprises pourraient acheter, avant de planifier une campagne.",
  "sj-09-d": "Lire un rapport sur le secteur et en diffuser un résumé.",
  "sj-10":
    "Les clients demandent souvent une version moins chère de votre produit, avec moins de fonctionnalités. L'équipe de vente affirme que cela lui permettrait de remporter plus d'affaires. Que recommandez-vous ?",
  "sj-10-a":
    "Déterminer quels clients la demandent, combien ils paieraient, si elle prendrait des ventes au produit complet et si elle serait rentable, puis décider.",
  "sj-10-b": "Baisser le prix du produit actuel pour tout le monde.",
  "sj-10-c":
    "Demander à quelques clients à quelles fonctionnalités ils renonceraient en échange d'un prix plus bas.",
  "sj-10-d":
    "Créer rapidement la version moins chère pour que l'équipe de vente puisse remporter ces affaires.",
  "sj-11":
    "Vous disposez d'un budget fixe pour le prochain trimestre. Au dernier trimestre, vous l'avez réparti à parts égales entre trois canaux, et l'un d'eux a produit la plupart des prospects devenus clients. Que faites-vous ?",
  "sj-11-a": "Répartir de nouveau le budget à parts égales, pour que chaque canal ait une chance équitable.",
  "sj-11-b": "Dépenser davantage dans le canal qui a apporté le plus de visites sur le site web.",
  "sj-11-c":
    "Transférer la majeure partie du budget vers le meilleur canal, et garder une petite partie pour tester les autres ainsi qu'un nouveau canal.",
  "sj-11-d": "Transférer tout le budget vers le meilleur canal.",
  "sj-12":
    "Vous travaillez dans la vente. Au cours du dernier mois, cinq clients ont dit que la fiche produit prête à confusion sur la façon dont le produit se connecte à d'autres outils. C'est l'équipe marketing qui est responsable de cette fiche. Que faites-vous ?",
  "sj-12-a": "Rédiger votre propre version de la fiche et l'utiliser avec vos clients.",
  "sj-12-b": "Continuer à utiliser la fiche et expliquer vous-même ce point à chaque rendez-vous.",
  "sj-12-c": "Envoyer un court message à l'équipe marketing pour signaler que la fiche prête à confusion.",
  "sj-12-d":
    "Transmettre à l'équipe marketing ce que les clients ont dit, avec des exemples, et proposer de relire une nouvelle version.",
  "sj-13":
    "Vous avez eu trois bons rendez-vous avec un responsable qui aime votre produit. Aujourd'hui, il vous apprend que sa direction doit approuver chaque achat. Vous n'avez jamais parlé avec cette direction. Que faites-vous ?",
  "sj-13-a": "Envoyer le contrat au responsable pour qu'il le transmette.",
  "sj-13-b": "Préparer un résumé que le responsable pourra montrer à sa direction.",
  "sj-13-c":
    "Demander au responsable d'organiser un rendez-vous avec sa direction, et lui demander ce qui compte le plus pour cette direction.",
  "sj-13-d": "Contacter vous-même la direction sans en informer le responsable.",
  "sj-14":
    "En deux mois, l'équipe de vente a perdu plusieurs affaires face à un nouveau concurrent. Personne ne sait exactement pourquoi. On vous demande d'étudier la question. Que faites-vous ?",
  "sj-14-a": "Dire à l'équipe de vente de mettre davantage en avant nos points forts.",
  "sj-14-b": "Étudier le site web du concurrent et préparer une fiche comparative.",
  "sj-14-c": "Proposer de baisser notre prix pour nous aligner sur le sien.",
  "sj-14-d":
    "Analyser les affaires perdues, demander à certains de ces acheteurs pourquoi ils ont choisi le concurrent, comparer les deux offres et transmettre vos conclusions aux équipes de vente et de produit.",
  "inf-01": "Je n'ai jamais envoyé de courriel ni de texto de ma vie.",
  "inf-02": "J'ai déjà utilisé un ordinateur, une tablette ou un téléphone avant aujourd'hui.",
  "inf-03": "Toutes les réunions auxquelles j'ai assisté dans ma vie ont commencé exactement à l'heure.",
  "inf-04": "Je me souviens de chaque mot de toutes les conversations que j'ai eues dans ma vie.",
  "inf-05": "J'ai lu au moins un message d'une autre personne cette année.",
  "inf-06": "Je sais parler toutes les langues du monde.",
};
