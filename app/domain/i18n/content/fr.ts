// French text of the candidate report's prose (traits, report levels, tasks, role names), written
// from the English in instrument/traits.ts, fit/report-content.ts, instrument/tasks.ts and fit/templates.ts.
import type { CandidateContent } from "./types";

export const FR_CONTENT: CandidateContent = {
  traits: {
    "rejection-resilience": {
      name: "Résilience face au refus",
      definition:
        "Continue de prendre contact et garde son calme même lorsque de nombreuses personnes disent non, ignorent un message ou annulent un rendez-vous.",
      high: "Voit dans un refus une information sur un prospect en particulier, et non sur sa propre personne. Entame la conversation suivante le jour même, avec la même énergie.",
      low: "Trouve les refus répétés éprouvants et a besoin de temps pour s’en remettre. Préfère souvent un travail où ses efforts ne sont pas jugés au oui ou au non de personnes inconnues.",
    },
    "closing-drive": {
      name: "Capacité à conclure",
      definition:
        "Demande un engagement clair, négocie les conditions et mène une affaire jusqu’à la signature d’un accord.",
      high: "Fixe une prochaine étape et une date à chaque échange. Négocie avec calme et est à l’aise pour demander une décision au client.",
      low: "Préfère laisser le client décider à son rythme. Peut quitter une réunion sans prochaine étape convenue ou céder sur les conditions pour éviter les tensions.",
    },
    discovery: {
      name: "Découverte des besoins",
      definition:
        "Qualifie les prospects, repère qui prend la décision, et cerne les problèmes et les objectifs du client ainsi que l’étape où il en est dans son processus d’achat, avant de proposer quoi que ce soit.",
      high: "Pose de nombreuses questions ouvertes et, en début d’échange, privilégie l’écoute à la parole. Sait qui signe, quel est le budget et pourquoi le client veut agir maintenant.",
      low: "Passe rapidement à la présentation du produit. Peut s’apercevoir tard, en cours d’affaire, qu’une personne clé n’avait pas été prise en compte ou que le besoin était différent.",
    },
    persuasion: {
      name: "Persuasion et traitement des objections",
      definition:
        "Aide un client en particulier à se représenter comment la solution résout son problème, et répond à ses préoccupations de façon honnête et convaincante.",
      high: "Relie chaque fonctionnalité aux objectifs propres du client. Accueille les objections comme des questions qui appellent une réponse, et y répond avec des faits et des exemples.",
      low: "Décrit le produit de la même façon à tous les clients. Peut se taire ou céder lorsqu’un client soulève des objections.",
    },
    "pipeline-discipline": {
      name: "Rigueur dans la gestion du pipeline",
      definition:
        "Gère son temps et son territoire, tient à jour le suivi de ses affaires, et établit des prévisions et des comptes rendus exacts.",
      high: "Organise sa semaine autour des comptes les plus prometteurs. Tient à jour ses notes et l’étape de chaque affaire, et fournit des prévisions qui se révèlent proches du résultat.",
      low: "Travaille sur ce qui semble le plus urgent. Son suivi et ses prévisions ont tendance à arriver en retard ou à être optimistes, ce qui complique la planification de l’équipe.",
    },
    "creative-ideation": {
      name: "Génération d’idées créatives",
      definition:
        "Trouve des idées de campagne, des messages et des angles nouveaux qui permettent à un produit de se démarquer.",
      high: "Produit rapidement de nombreuses idées et les transforme en concepts concrets. Cherche un angle que la concurrence n’a pas utilisé.",
      low: "Préfère améliorer des idées éprouvées plutôt que d’en inventer de nouvelles. Est plus efficace lorsque le concept est déjà fixé.",
    },
    "market-research": {
      name: "Études et analyse de marché",
      definition:
        "Étudie les marchés, les clients et la concurrence à l’aide de données, et en tire des conclusions claires.",
      high: "Confronte ses hypothèses aux données avant d’agir. Connaît la taille du marché, les concurrents et la façon dont les clients les comparent.",
      low: "S’appuie davantage sur son expérience et son intuition que sur des études. Peut trouver que les longues analyses avancent lentement ou restent abstraites.",
    },
    storytelling: {
      name: "Mise en récit pour un large public",
      definition:
        "Explique clairement le produit à un large public au moyen du site web, de la documentation produit, des présentations et des réseaux sociaux.",
      high: "Rédige et conçoit des messages que des inconnus comprennent dès la première lecture. Adapte un même récit à de nombreux canaux et formats.",
      low: "Communique au mieux en tête-à-tête ou dans la conversation. Trouve qu’écrire pour un public large et inconnu prend du temps.",
    },
    "product-strategy": {
      name: "Stratégie produit et prix",
      definition:
        "Décide de ce que doit être le produit, à qui il s’adresse, où il est vendu et à quel prix, en tenant compte de la rentabilité.",
      high: "Pense à l’ensemble de l’offre : fonctionnalités, composition, prix et canal de vente. S’appuie sur les chiffres pour juger si un produit sera rentable.",
      low: "Préfère travailler avec le produit et les prix tels qu’ils sont. Laisse à d’autres les décisions sur l’offre.",
    },
    "demand-generation": {
      name: "Génération de la demande",
      definition:
        "Crée un flux régulier de prospects intéressés grâce à des canaux et à des campagnes, et mesure lesquels fonctionnent.",
      high: "Mène de nombreuses petites campagnes, suit les coûts et les résultats par canal, et réoriente le budget vers ce qui fonctionne.",
      low: "Préfère les grands projets ponctuels aux tests permanents. Peut avoir du mal à dire quelle action a produit quel lead.",
    },
    "customer-feedback": {
      name: "Collaboration autour des retours clients",
      definition:
        "Écoute les clients et l’autre équipe, et travaille avec eux pour garder le message à jour au lieu de le modifier de son côté.",
      high: "Transmet ce que disent les clients à l’équipe responsable du message. Propose des modifications ouvertement et les valide avec elle avant de les utiliser.",
      low: "Travaille surtout au sein de sa propre équipe. Soit continue d’utiliser d’anciens supports, soit les modifie discrètement selon son propre style.",
    },
  },
  report: {
    "rejection-resilience": {
      high: {
        strength:
          "Vous persévérez quand on vous dit non. Un refus semble vous renseigner sur la situation de l’autre personne, pas sur vous.",
        growth:
          "Veillez à ce que votre persévérance reste respectueuse : décidez pour vous-même à quel moment cesser de contacter une personne, et repérez ce que les refus ont en commun pour en tirer des leçons.",
      },
      mid: {
        strength:
          "Vous supportez un nombre raisonnable de refus, surtout lorsque vous croyez en ce que vous proposez.",
        growth:
          "Une routine quotidienne fixe pour la prospection, et un court moment pour récupérer après une conversation difficile, peuvent rendre les longues séries de refus plus faciles à vivre.",
      },
      low: {
        strength:
          "Vous accordez de l’importance à la façon dont les gens réagissent à votre égard, ce qui se traduit souvent par de la considération et du soin dans vos relations.",
        growth:
          "Si vous évoluez vers un poste qui comporte beaucoup de prospection, fixez-vous de petits objectifs d’activité et comptez vos tentatives plutôt que vos résultats. Les postes où les gens viennent à vous pourraient mieux vous convenir.",
      },
    },
    "closing-drive": {
      high: {
        strength:
          "Vous faites avancer les décisions. Vous demandez un engagement et vous négociez en sachant clairement ce dont vous avez besoin.",
        growth:
          "Vérifiez que le client est vraiment prêt : une vente conclue sous la pression peut finir par être annulée. Exercez-vous à garder le silence après avoir posé votre question.",
      },
      mid: {
        strength:
          "Vous demandez une décision quand le moment vous semble opportun, et vous savez négocier lorsque vous avez pu vous y préparer.",
        growth:
          "Terminez chaque réunion par une prochaine étape convenue et une date. Avant chaque négociation, fixez votre limite : le point à partir duquel vous renoncerez à l’accord.",
      },
      low: {
        strength:
          "Vous laissez aux gens l’espace nécessaire pour décider, ce qui favorise la confiance dans les relations durables.",
        growth:
          "Exercez-vous à poser une question de conclusion simple, par exemple : « De quoi auriez-vous besoin pour décider d’ici vendredi ? » Faites équipe avec un ou une collègue qui aime négocier.",
      },
    },
    discovery: {
      high: {
        strength:
          "Avant de proposer quoi que ce soit, vous découvrez ce dont le client a réellement besoin, qui décide et comment il achète.",
        growth:
          "Partagez ce que vous apprenez : vos notes sur les clients sont précieuses pour les équipes marketing et produit également.",
      },
      mid: {
        strength: "Vous posez de bonnes questions lorsque vous avez le temps de les préparer.",
        growth:
          "Préparez trois questions ouvertes avant chaque rendez-vous et laissez le client parler en premier. Demandez toujours qui d’autre participe à la décision.",
      },
      low: {
        strength: "Vous aimez aller à l’essentiel et montrer ce que vous avez à proposer.",
        growth:
          "Avant de faire votre présentation, posez une question sur le problème et une autre sur qui décide. Vous gagnerez du temps par la suite.",
      },
    },
    persuasion: {
      high: {
        strength:
          "Vous aidez une personne à voir comment une solution répond à ses objectifs, et vous considérez les objections comme des questions auxquelles il faut répondre.",
        growth:
          "Veillez à ce que vos affirmations restent honnêtes et précises ; votre force de persuasion a le plus de poids lorsqu’elle s’appuie sur des exemples que les clients peuvent vérifier.",
      },
      mid: {
        strength:
          "Vous savez présenter des arguments convaincants lorsque vous connaissez bien le produit et le client.",
        growth:
          "Notez les cinq objections que vous entendez le plus souvent et préparez pour chacune une réponse accompagnée d’un exemple.",
      },
      low: {
        strength:
          "Vous présentez l’information de façon équilibrée et laissez les gens se faire leur propre opinion.",
        growth:
          "Essayez de relier chaque fonctionnalité à un objectif dont la personne en face de vous vous a parlé. Avant de répondre à une objection, posez une question à son sujet.",
      },
    },
    "pipeline-discipline": {
      high: {
        strength:
          "Vous planifiez votre temps, tenez votre suivi à jour et fournissez des prévisions sur lesquelles les autres peuvent compter.",
        growth:
          "Partagez votre méthode : l’équipe y gagne lorsque d’autres l’adoptent. Gardez une certaine marge dans votre planification pour les occasions imprévues.",
      },
      mid: {
        strength: "Vous savez garder votre travail bien organisé lorsque les enjeux sont clairs.",
        growth:
          "Un bilan hebdomadaire fixe de chaque affaire en cours, avec une prochaine étape et une date, rendrait vos prévisions plus fiables.",
      },
      low: {
        strength: "Vous réagissez rapidement à ce qui se passe sous vos yeux.",
        growth:
          "Commencez par de petites choses : mettez à jour votre suivi à la fin de chaque journée et planifiez vos trois comptes prioritaires chaque lundi.",
      },
    },
    "creative-ideation": {
      high: {
        strength:
          "Vous produisez de nombreuses idées et des angles nouveaux, et vous aimez transformer des fonctionnalités ordinaires en messages intéressants.",
        growth:
          "Associez vos idées à des tests simples, pour que les meilleures s’imposent grâce à des preuves, et pas seulement grâce à l’enthousiasme.",
      },
      mid: {
        strength: "Vous savez apporter des idées nouvelles, surtout lorsque vous partez d’une base claire.",
        growth:
          "Essayez d’écrire dix versions d’un titre avant d’en choisir un ; la quantité mène souvent à la qualité.",
      },
      low: {
        strength:
          "Vous préférez les approches éprouvées et les améliorez avec soin, ce qui assure une qualité constante.",
        growth:
          "Demandez à d’autres personnes quelques ébauches d’idées, puis servez-vous de votre point fort pour perfectionner la meilleure.",
      },
    },
    "market-research": {
      high: {
        strength:
          "Vous vérifiez vos hypothèses à l’aide de données et savez transformer une étude en conclusions claires.",
        growth:
          "Fixez une limite de temps à vos recherches pour ne pas retarder les décisions, et indiquez votre degré de certitude.",
      },
      mid: {
        strength:
          "Vous utilisez les données lorsqu’elles sont disponibles et savez les mettre en balance avec votre expérience.",
        growth:
          "Avant une décision importante, cherchez une source indépendante qui pourrait vous donner tort.",
      },
      low: {
        strength:
          "Vous agissez en vous fiant à votre expérience et à votre intuition, ce qui est utile quand il faut aller vite.",
        growth:
          "Pour les décisions sur lesquelles il est difficile de revenir, demandez d’abord à quelqu’un de vérifier les chiffres.",
      },
    },
    storytelling: {
      high: {
        strength:
          "Vous expliquez clairement le produit à des personnes que vous n’avez jamais rencontrées, sur de nombreux canaux.",
        growth:
          "Gardez votre récit à jour : demandez à l’équipe commerciale à quels éléments les clients réagissent, et actualisez-le avec elle.",
      },
      mid: {
        strength: "Vous savez expliquer clairement le produit dès que vous connaissez votre public.",
        growth:
          "Demandez à une personne extérieure à votre domaine de lire votre prochain texte et de vous dire l’idée principale qu’elle en retient.",
      },
      low: {
        strength:
          "Vous communiquez au mieux dans la conversation, en adaptant votre propos à la personne en face de vous.",
        growth:
          "Reprenez les explications qui fonctionnent dans vos conversations et transmettez-les sous forme de notes aux personnes qui rédigent les supports.",
      },
    },
    "product-strategy": {
      high: {
        strength:
          "Vous pensez à l’offre dans son ensemble : ce qu’est le produit, à qui il s’adresse, où il est vendu et à quel prix.",
        growth:
          "Testez vos idées de prix et de composition de l’offre auprès de vrais clients avant qu’elles deviennent la règle.",
      },
      mid: {
        strength:
          "Vous comprenez comment les décisions sur le produit et les prix influent sur les clients et sur la rentabilité.",
        growth:
          "Portez-vous volontaire pour examiner un changement de prix ou de composition de l’offre, et établissez un modèle simple pour en estimer l’effet.",
      },
      low: {
        strength:
          "Vous travaillez bien avec le produit et les prix tels qu’ils sont, et vous vous concentrez sur leur utilisation.",
        growth:
          "Apprenez les chiffres de base de votre produit (prix, coût, marge) afin de pouvoir expliquer les compromis aux clients.",
      },
    },
    "demand-generation": {
      high: {
        strength: "Vous créez un flux régulier de prospects intéressés et mesurez quels canaux fonctionnent.",
        growth:
          "Mettez-vous d’accord avec l’équipe commerciale sur ce qu’est un bon lead, afin que vos indicateurs mesurent ce qui compte pour le chiffre d’affaires.",
      },
      mid: {
        strength: "Vous menez des campagnes et regardez les résultats lorsque c’est simple à faire.",
        growth:
          "Choisissez un seul indicateur par campagne, par exemple le coût par lead qualifié, et vérifiez-le chaque semaine.",
      },
      low: {
        strength:
          "Vous préférez vous consacrer en profondeur à un seul projet plutôt que de tester en permanence.",
        growth:
          "Si votre poste touche aux campagnes, demandez un rapport de résultats simple et examinez-le chaque mois.",
      },
    },
    "customer-feedback": {
      high: {
        strength:
          "Vous écoutez les clients et l’autre équipe, et, ensemble, vous tenez à jour le message commun.",
        growth:
          "Rendez visible votre habitude de recueillir les retours : un court bilan mensuel aide les autres à suivre votre exemple.",
      },
      mid: {
        strength: "Vous transmettez les retours des clients lorsqu’ils vous semblent importants.",
        growth:
          "Notez au fur et à mesure ce que disent les clients et partagez-le chaque mois avec l’autre équipe.",
      },
      low: {
        strength: "Vous vous concentrez sur le travail de votre équipe et le réalisez de façon autonome.",
        growth:
          "Avant de modifier un support commun, expliquez vos raisons à la personne qui en est responsable ; avant de laisser de côté une plainte, transmettez-la.",
      },
    },
  },
  tasks: {
    "sales-territory": "Planifier son temps et son territoire, établir des prévisions et rendre compte",
    "sales-qualify": "Qualifier les prospects",
    "sales-decision-makers": "Identifier les personnes clés et les décisionnaires",
    "sales-needs": "Cerner les difficultés, les besoins et les objectifs du client",
    "sales-buying-cycle": "Déterminer où en est le client dans son processus d’achat",
    "sales-vision": "Montrer au client comment la solution fonctionnerait dans son cas",
    "sales-objections": "Traiter les objections",
    "sales-negotiate": "Négocier le contrat",
    "sales-close": "Conclure la vente et faire signer l’accord",
    "mkt-research": "Étudier le marché",
    "mkt-target": "Choisir le marché cible",
    "mkt-product-definition": "Définir le produit",
    "mkt-competition": "Analyser la concurrence",
    "mkt-pricing": "Fixer les prix des produits",
    "mkt-communication": "Promouvoir le produit : publicité, site web, réseaux sociaux",
    "mkt-collateral": "Créer la documentation produit et les présentations",
    "mkt-leads": "Générer des leads",
    "mkt-profitability": "Assurer la rentabilité du produit",
    "p-product": "Produit : concevoir le bon produit pour le client cible",
    "p-place": "Distribution : amener le produit là où le client achète",
    "p-promotion": "Communication : faire connaître le produit au client cible",
    "p-price": "Prix : trouver le prix qui convient au client et à l’entreprise",
  },
  templates: {
    sdr: {
      name: "Sales development representative (SDR) – prospection commerciale",
      summary:
        "Engage la conversation avec de nombreuses personnes qui n’ont pas demandé à être contactées et obtient des rendez-vous qualifiés pour les account executives ; la plupart des tentatives restent sans réponse ou se soldent par un refus.",
    },
    "ae-transactional": {
      name: "Account executive – ventes transactionnelles",
      summary:
        "Mène de nombreux cycles de vente courts avec un ou deux décisionnaires ; remporte les affaires en faisant passer rapidement le client de l’intérêt à la commande signée.",
    },
    "ae-enterprise": {
      name: "Account executive – grands comptes",
      summary:
        "Mène des ventes longues et consultatives avec de nombreuses personnes côté client ; remporte les affaires en comprenant l’activité du client mieux que la concurrence.",
    },
    "sales-manager": {
      name: "Responsable des ventes",
      summary:
        "Dirige une équipe commerciale : définit les territoires, accompagne l’équipe sur les affaires en cours, établit les prévisions pour l’entreprise et veille à ce que le message de l’équipe reste cohérent avec celui du marketing.",
    },
    "account-manager": {
      name: "Gestionnaire de comptes clients",
      summary:
        "S’occupe des clients existants : renouvellements, développement au sein des comptes et remontée des besoins des clients vers l’entreprise.",
    },
    "product-marketing-manager": {
      name: "Responsable marketing produit",
      summary:
        "Positionne le produit : à qui il s’adresse, en quoi il surpasse les autres solutions et quel est le message ; dote ensuite l’équipe commerciale de supports qui restent à jour.",
    },
    "content-brand-marketer": {
      name: "Spécialiste marketing de contenu et de marque",
      summary:
        "Crée les récits, les articles, les vidéos et l’identité visuelle qui permettent à l’entreprise d’être remarquée et de rester en mémoire.",
    },
    "demand-gen-marketer": {
      name: "Spécialiste en génération de la demande",
      summary:
        "Alimente le pipeline : mène des campagnes sur plusieurs canaux, mesure le coût par lead et réoriente le budget vers ce qui fonctionne.",
    },
    "market-researcher": {
      name: "Analyste en études de marché",
      summary:
        "Détermine la taille des marchés, qui achète et pourquoi, et comment les concurrents se positionnent les uns par rapport aux autres, puis en tire des recommandations claires.",
    },
    "founding-gtm-hybrid": {
      name: "Profil hybride ventes et marketing (premier recrutement)",
      summary:
        "La première personne recrutée côté commercial dans une jeune entreprise : conclut les premières ventes et met en place les premières actions marketing, souvent la même semaine. Peu de personnes excellent dans les deux domaines ; ce modèle sert à les repérer.",
    },
    "vp-sales-marketing": {
      name: "VP ventes et marketing",
      summary:
        "Dirige les deux fonctions, réunies sous une même direction : fixe les objectifs, les budgets et l’organisation, et veille à ce que les deux équipes travaillent à partir du même message, tenu à jour.",
    },
  },
};
