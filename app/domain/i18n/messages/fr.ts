// French messages of the candidate flow, written from the English in en.ts (same keys and placeholders).
import type { Messages } from "./en";

export const FR_MESSAGES: Messages = {
  // Page frame
  "frame.skip": "Aller au contenu",
  "frame.footer":
    "RoleFit — code source ouvert, auto-hébergé. Les résultats éclairent les décisions ; ce sont des personnes qui les prennent.",
  "error.label": "Erreur {status}",
  "error.linkTitle": "Ce lien ne peut pas être utilisé",
  "error.receivedTitle": "Vos réponses ont bien été reçues",
  "error.home": "Aller à la page d’accueil",
  "language.label": "Langue",
  "language.submit": "Changer",

  // Self-assessment intro (/assess)
  "assess.metaTitle": "Autoévaluation gratuite : vente, marketing ou les deux ? — RoleFit",
  "assess.metaDescription":
    "Un questionnaire adaptatif sur onze traits liés à la vente et au marketing, avec un rapport honnête. Aucun compte requis.",
  "assess.title": "Vente, marketing ou les deux ?",
  "assess.lead":
    "Un questionnaire d’environ {minutes} minutes qui s’adapte à vos réponses. Vous recevez un rapport privé qui indique où vous vous situez entre la vente et le marketing, ce qui vous plairait probablement et comment progresser. Aucun compte requis.",
  "assess.measured": "Ce qu’il mesure",
  "assess.dataUse": "Utilisation de vos réponses",
  "assess.honesty":
    "Il n’y a ni bonnes ni mauvaises réponses, et aucune limite de temps. Répondez en fonction de ce que vous êtes au travail aujourd’hui, et non de ce que vous aimeriez être : le rapport n’est utile que s’il parle vraiment de vous.",
  "assess.length": "Durée",
  "assess.adaptive": "Complet, adaptatif (environ {minutes} minutes)",
  "assess.adaptiveHint": "Recommandé : le portrait le plus précis.",
  "assess.short": "Court (environ {minutes} minutes)",
  "assess.shortHint": "Plus rapide, mais avec une incertitude plus grande sur chaque score.",
  "start.consent": "J’ai lu comment mes réponses sont utilisées et je souhaite commencer.",
  "start.consentMissing": "Veuillez confirmer que vous avez lu comment vos réponses sont utilisées.",
  "start.submit": "Commencer le questionnaire",
  "start.pending": "Démarrage…",

  // What the questionnaire measures
  "overview.sales": "Vente : convaincre en tête-à-tête et conclure des affaires",
  "overview.marketing": "Marketing : s’adresser à un large public, façonner le produit et son récit",
  "overview.bridge": "Trait d’union entre les deux",

  // Consent points (also in the candidate's data export)
  "consent.traits":
    "Vos réponses servent à estimer onze traits professionnels : cinq plus proches de la vente, cinq plus proches du marketing, et un qui fait le lien entre les deux.",
  "consent.saved":
    "Chaque réponse est enregistrée dès que vous la donnez : vous pouvez donc vous arrêter et revenir plus tard avec le même lien.",
  "consent.uncertainty":
    "Votre rapport indique l’incertitude de chaque score. Le calcul des scores est nouveau et provisoire : considérez donc les résultats comme une première estimation, et non comme un verdict.",
  "consent.rights":
    "Vous pouvez télécharger toutes vos données ou les supprimer à tout moment depuis votre rapport.",
  "consent.automated":
    "Il s’agit d’une évaluation automatisée. L’organisation s’en sert comme d’un élément d’appréciation ; chaque décision d’embauche est prise par une personne.",
  "consent.employerSees":
    "L’organisation voit vos scores et les remarques sur la qualité de vos réponses pour le poste visé par votre invitation. Elle ne voit jamais individuellement vos réponses aux questions facultatives sur votre profil.",

  // Invitation (/i/:token)
  "invite.metaTitle": "Votre invitation à l’évaluation — RoleFit",
  "invite.hello": "Bonjour {name}",
  "invite.lead":
    "{organization} vous invite à répondre à un questionnaire d’environ {minutes} minutes dans le cadre de votre candidature au poste <strong>{role}</strong>. Le lien est valable jusqu’au {expires}, et il vous permet de vous arrêter et de revenir à tout moment.",
  "invite.before": "Avant de commencer",
  "invite.accommodationTitle": "Besoin d’un aménagement ou d’un autre processus ?",
  "invite.accommodation":
    "Vous pouvez en faire la demande, par exemple plus de temps, un format compatible avec les lecteurs d’écran ou un entretien à la place, et cela ne vous pénalisera pas.",
  "invite.contact": "Contactez {contact}.",
  "invite.askInviter": "Adressez-vous à la personne à l’origine de l’invitation.",
  "invite.invalid": "Ce lien d’invitation n’est pas valide. Vérifiez que vous avez copié le lien en entier.",
  "invite.revoked": "{organization} a retiré cette invitation.",
  "invite.expired":
    "Cette invitation a expiré. Si vous souhaitez toujours participer, demandez-en une nouvelle à {organization}.",
  "invite.expiredUnknown":
    "Cette invitation a expiré. Si vous souhaitez toujours participer, demandez-en une nouvelle à l’organisation.",

  // Questionnaire (/a/:token)
  "questionnaire.metaTitle": "Questionnaire — RoleFit",
  "questionnaire.invalid":
    "Ce lien d’évaluation n’est pas valide. Vérifiez que vous avez copié le lien en entier.",
  "questionnaire.doneTitle": "Merci, c’est terminé",
  "questionnaire.doneSent":
    "Vos réponses ont été enregistrées et envoyées à {organization}. Une personne de cette organisation les examinera et en tiendra compte comme d’un élément parmi d’autres dans sa décision. Vous pouvez fermer cette page.",
  "questionnaire.doneSaved": "Vos réponses ont été enregistrées. Vous pouvez fermer cette page.",
  "questionnaire.doneRights":
    "Vous pouvez encore <download>télécharger vos données</download> ou <delete>les supprimer</delete>.",
  "questionnaire.closedTitle": "Cette évaluation est close",
  "questionnaire.closed": "Cette invitation a été retirée ou a expiré : il n’est plus possible de répondre.",
  "questionnaire.finishedTitle": "Vous avez répondu à toutes les questions",
  "questionnaire.seeResults": "Voir mes résultats",
  "questionnaire.preparing": "Préparation de vos résultats…",
  "questionnaire.saveNote":
    "Chaque réponse est enregistrée au fur et à mesure. Pour terminer plus tard, conservez l’adresse de cette page : elle vous ramènera ici, sur n’importe quel appareil.",
  "questionnaire.chooseAnswer": "Veuillez choisir l’une des réponses, puis appuyer sur Suivant.",
  "questionnaire.chooseSelfId": "Veuillez choisir parmi les options proposées, ou passer ces questions.",

  // One question
  "answer.complete": "Cette évaluation est déjà terminée : ses réponses ne peuvent plus être modifiées.",
  "answer.unknownItem": "Cette question ne fait pas partie de cette évaluation.",
  "answer.choose": "Veuillez choisir l’une des réponses proposées.",
  "answer.changeOnlyLast": "Seule votre réponse la plus récente peut être modifiée. Voici où vous en êtes.",
  "answer.alreadyAnswered":
    "Cette question a déjà reçu une réponse, peut-être dans un autre onglet ou une autre fenêtre. Votre réponse enregistrée a été conservée ; voici la question suivante.",
  "answer.noMore": "Il n’y a plus de questions ; votre évaluation est prête à être terminée.",
  "answer.notWaiting": "Ce n’est pas la question qui attend une réponse. Voici la question en cours.",
  "answer.justAnswered":
    "Cette question vient de recevoir une réponse dans un autre onglet ou une autre fenêtre. Voici où vous en êtes.",
  "question.number": "Question {number}",
  "question.changing": "Modification de votre réponse précédente",
  "question.keys": "Appuyez sur une touche de 1 à {count} pour répondre.",
  "question.likertPrompt": "Dans quelle mesure cette affirmation vous décrit-elle au travail ?",
  "question.pairPrompt":
    "Laquelle vous ressemble le plus ? Choisissez la plus proche, même si les deux vous correspondent.",
  "question.scenarioPrompt": "Que feriez-vous le plus probablement ?",
  "question.keepAnswer": "Garder ma réponse et continuer",
  "question.changePrevious": "← Modifier la réponse précédente",
  "question.saving": "Enregistrement…",
  "question.saveAndContinue": "Enregistrer et continuer",
  "question.next": "Suivant",
  "likert.0": "Pas du tout d’accord",
  "likert.1": "Pas d’accord",
  "likert.2": "Ni d’accord ni pas d’accord",
  "likert.3": "D’accord",
  "likert.4": "Tout à fait d’accord",
  "progress.done": "{percent} % terminé",
  "progress.left": "Il reste environ {minutes, plural, one {# minute} other {# minutes}}",
  "progress.label": "Progression dans le questionnaire",
  "progress.valueText":
    "{percent} % terminé, il reste environ {minutes, plural, one {# minute} other {# minutes}}",

  // Optional background questions
  "selfId.title": "D’abord, quelques questions facultatives",
  "selfId.leadEmployer":
    "Ces questions permettent de vérifier que le questionnaire traite équitablement les différents groupes de personnes. Y répondre est entièrement facultatif. Vos réponses sont conservées séparément de celles du questionnaire, ne sont jamais utilisées dans le calcul de vos scores et ne sont jamais communiquées à {organization} à titre individuel : seulement sous forme de totaux par groupe, et uniquement pour les groupes de cinq personnes ou plus.",
  "selfId.leadSelf":
    "Ces questions permettent de vérifier que le questionnaire traite équitablement les différents groupes de personnes. Y répondre est entièrement facultatif. Vos réponses sont conservées séparément de celles du questionnaire, ne sont jamais utilisées dans le calcul de vos scores et ne sont communiquées que sous forme de totaux par groupe.",
  "selfId.sex": "Sexe ou genre",
  "selfId.raceEthnicity": "Origine ethnique ou raciale",
  "selfId.age": "Âge",
  "selfId.save": "Enregistrer et commencer",
  "selfId.skip": "Passer ces questions",
  "selfId.saving": "Enregistrement…",
  "selfId.option.female": "Féminin",
  "selfId.option.male": "Masculin",
  "selfId.option.another": "Autre sexe ou genre",
  "selfId.option.prefer-not-to-say": "Je préfère ne pas répondre",
  "selfId.option.hispanic-latino": "Hispanique ou Latino",
  "selfId.option.white": "Blanc",
  "selfId.option.black": "Noir ou Afro-Américain",
  "selfId.option.asian": "Asiatique",
  "selfId.option.native-american": "Amérindien ou Autochtone de l’Alaska",
  "selfId.option.pacific-islander": "Autochtone d’Hawaï ou autre insulaire du Pacifique",
  "selfId.option.two-or-more": "Deux races ou plus",
  "selfId.option.under-25": "Moins de 25 ans",
  "selfId.option.25-34": "25 à 34 ans",
  "selfId.option.35-44": "35 à 44 ans",
  "selfId.option.45-54": "45 à 54 ans",
  "selfId.option.55-64": "55 à 64 ans",
  "selfId.option.65-plus": "65 ans ou plus",

  // Report page (/a/:token/report)
  "report.metaTitle": "Vos résultats — RoleFit",
  "report.invalid": "Ce lien de rapport n’est pas valide. Vérifiez que vous avez copié le lien en entier.",
  "report.notShared":
    "{organization} ne communique pas les rapports aux personnes candidates. Vos réponses ont bien été reçues.",
  "report.notSharedUnknown":
    "L’organisation ne communique pas les rapports aux personnes candidates. Vos réponses ont bien été reçues.",
  "report.notReady": "Ce rapport n’est pas encore prêt.",
  "report.title": "Vos résultats",
  "report.completed":
    "Terminé le {date} · {form, select, short {format court} other {format adaptatif}} · version du questionnaire {version}",
  "report.print": "Imprimer ou enregistrer en PDF",
  "report.printHint":
    "Pour enregistrer en PDF, utilisez la fonction Imprimer de votre navigateur (Ctrl+P ou ⌘P).",
  "report.dataTitle": "Vos données",
  "report.dataPrivate":
    "L’adresse de cette page est privée : toute personne qui la connaît peut voir ce rapport, alors ne la communiquez que si vous le souhaitez. Ajoutez-la à vos favoris pour y revenir.",
  "report.download": "Télécharger mes données (JSON)",
  "report.delete": "Supprimer mes données",
  "report.provisional": "Normes provisoires.",
  "report.percentiles":
    "Les centiles vous comparent au groupe de référence du questionnaire, et chaque score est présenté avec l’intervalle dans lequel il se situe probablement.",
  "report.planeDescription":
    "Votre orientation vente est de {sales} et votre orientation marketing de {marketing}, sur une échelle où 0 correspond à la moyenne du groupe de référence et où la plupart des gens se situent entre −2 et 2. {headline}.",
  "report.planeTitle": "Où vous vous situez entre la vente et le marketing",
  "report.you": "Vous",
  "report.versatility": "Polyvalence :",
  "report.traitsTitle": "Vos onze traits",
  "report.traitsHint":
    "Le point indique la meilleure estimation ; la barre montre où se situe probablement la vraie valeur (intervalle à 80 %).",
  "report.side.sales": "Traits liés à la vente",
  "report.side.marketing": "Traits liés au marketing",
  "report.side.bridge": "Trait d’union entre les deux",
  "report.percentile": "{n, selectordinal, one {#er} other {#e}} centile",
  "report.percentileRange":
    "probablement du {low, selectordinal, one {#er} other {#e}} au {high, selectordinal, one {#er} other {#e}}",
  "legend.label": "Légende du graphique",
  "legend.sales": "Trait lié à la vente",
  "legend.marketing": "Trait lié au marketing",
  "legend.bridge": "Fait le lien entre les deux",
  "legend.estimate": "point : meilleure estimation · barre : intervalle probable (80 %)",
  "legend.target": "plage cible du poste",
  "report.enjoyTitle": "Les tâches qui vous plairaient probablement",
  "report.drawsOn": "fait appel à votre trait « {trait} »",
  "report.rolesTitle": "Les postes qui vous correspondent le mieux",
  "report.roleFit": "— adéquation {fit} (probablement {low}–{high} sur 100)",
  "report.fitModel":
    "L’adéquation est la part attendue des besoins du poste auxquels vous répondez, en commençant par les besoins essentiels ; avoir davantage d’un trait requis ne la fait jamais baisser (modèle d’adéquation {model}).",
  "report.growTitle": "Comment progresser",

  // Report sentences (app/domain/assessment/report.ts)
  "report.leanSales": "Penche vers la vente",
  "report.leanMarketing": "Penche vers le marketing",
  "report.leanNone": "Profil équilibré entre la vente et le marketing (sans penchant marqué)",
  "report.bothStrong": "Solide des deux côtés : le profil peu courant capable d’assumer les deux fonctions",
  "report.likelyBoth": "Probablement solide des deux côtés",
  "report.notBoth":
    "Pas clairement solide des deux côtés à la fois, ce qui est le cas de la plupart des gens",
  "report.summary": "Vos principaux points forts : {first} et {second}. {versatility}.",
  "report.uncertain":
    "D’après vos réponses, vous vous situez quelque part entre un niveau {low, select, low {bas} mid {moyen} other {élevé}} et un niveau {high, select, low {bas} mid {moyen} other {élevé}} pour ce trait : lisez donc cette section comme un portrait probable plutôt que certain.",
  "report.needAbove": "Votre score est supérieur à ce que demande le poste ({target}).",
  "report.needBelow": "Votre score est inférieur à ce que demande le poste ({target}).",
  "report.needClose": "Votre score est proche de ce que demande le poste ({target}).",
  "report.ceilingBecause": "Le poste fixe un plafond pour la raison suivante : {reason}",
  "report.targetAtLeast": "{min} ou plus",
  "report.targetBetween": "{min} à {max}",
  "report.growthIntro":
    "En vue du poste qui vous correspond le mieux ({role}) : les besoins auxquels, d’après vos réponses, vous ne répondez pas encore clairement.",
  "report.growthNone":
    "D’après vos réponses, vous répondez très probablement à tous les besoins du poste qui vous correspond le mieux ({role}) ; il n’y a donc rien à développer pour ce poste.",
  "report.provisionalScoring":
    "Ce questionnaire est nouveau. Le calcul de ses scores repose sur l’avis d’experts et n’a pas encore été vérifié à partir de nombreuses réponses réelles ; considérez donc les résultats comme une première estimation.",
  "report.calibratedScoring":
    "Le calcul des scores de ce questionnaire a été calibré sur des réponses réelles.",
  "report.engineMultidimensional":
    "Les traits ont été évalués ensemble : une réponse portant sur un trait compte aussi un peu pour les traits qui vont habituellement de pair avec lui.",
  "report.enginePerTrait": "Chaque trait a été évalué uniquement à partir des réponses qui le concernent.",
  "report.languageNote":
    "Vous avez répondu en {language}. Les affirmations traduites sont évaluées avec les mêmes paramètres que leur version anglaise, jusqu’à ce qu’il y ait assez de réponses en {language} pour vérifier chacune d’elles.",

  // About this questionnaire (report)
  "about.title": "À propos de ce questionnaire",
  "about.scoring":
    "Vos réponses aux affirmations sont évaluées à l’aide d’un modèle de réponse à l’item : le score de chaque trait correspond au niveau le plus probable compte tenu de vos réponses, avec un intervalle qui se resserre à mesure que vous répondez. Les paires « laquelle vous ressemble le plus » opposent une affirmation liée à la vente à une affirmation liée au marketing à peu près aussi attrayante, à la fois en général et aux yeux de quelqu’un qui recrute pour un poste de vente, et mesurent de quel côté vous penchez entre les deux. Les scores restent provisoires tant que le questionnaire n’a pas été recalibré sur des réponses réelles.",
  "about.fakingTitle": "Peut-on orienter ses réponses pour se montrer sous son meilleur jour ?",
  "about.faking":
    "Dans une simulation portant sur 400 candidats qui ont d’abord répondu honnêtement, puis ont cherché à se montrer sous leur meilleur jour pour un poste de vente, le fait de répondre de façon à « bien paraître » en général a augmenté de 0,4 à 0,6 écart-type les scores des traits issus de l’échelle d’accord ou de désaccord, et n’a pas modifié le penchant mesuré par les paires (0,00). Chez les candidats qui ont en plus mis en avant le côté vente, les scores des traits liés à la vente ont augmenté de 0,8 à 0,95 écart-type et ont déplacé de 0,30 le penchant calculé à partir des scores des traits, tandis que le penchant mesuré par les paires n’a pas varié (−0,01 ; il se déplaçait de 0,33 avant que les paires ne soient réécrites de sorte que l’affirmation liée à la vente ne soit plus toujours celle qu’un employeur du secteur de la vente semble attendre). En revanche, les scores des traits, l’adéquation et le penchant présentés plus haut, qui repose lui aussi sur les scores des traits, peuvent toujours être orientés. Ces chiffres proviennent d’un modèle de réponse supposé et d’évaluations provisoires de l’attrait de chaque affirmation pour un employeur du secteur de la vente, et non de vrais candidats.",

  // Delete my data (/a/:token/delete)
  "delete.metaTitle": "Supprimer mes données — RoleFit",
  "delete.invalid": "Ce lien n’est pas valide, ou les données ont déjà été supprimées.",
  "delete.title": "Supprimer mes données ?",
  "delete.body":
    "Vous allez supprimer définitivement {answered, plural, =0 {vos réponses} one {votre réponse} other {vos # réponses}}, vos scores et les éventuelles réponses que vous avez données aux questions sur votre profil. Cette action est irréversible.",
  "delete.bodyInvited":
    "Vous allez supprimer définitivement {answered, plural, =0 {vos réponses} one {votre réponse} other {vos # réponses}}, vos scores et les éventuelles réponses que vous avez données aux questions sur votre profil. L’organisation à l’origine de l’invitation ne verra plus vos résultats. Cette action est irréversible.",
  "delete.confirm": "Oui, tout supprimer",
  "delete.pending": "Suppression…",
  "delete.keep": "Conserver mes données",
  "delete.done":
    "Vos réponses au questionnaire, vos scores et vos réponses aux questions sur votre profil ont été supprimés. Le lien ne fonctionne plus.",
  "link.deleted":
    "L’évaluation associée à ce lien a été supprimée, avec ses réponses et ses résultats : il n’y a donc plus rien à afficher. Si vous ne vous y attendiez pas, adressez-vous à l’organisation à l’origine de l’invitation.",

  // Emails to candidates (plain text)
  "email.greeting": "Bonjour {name},",
  "email.invite.subject":
    "{organization} vous invite à remplir un court questionnaire pour le poste « {role} »",
  "email.invite.body":
    "Dans le cadre de votre candidature au poste « {role} », {organization} vous invite à répondre à un questionnaire d’environ {minutes} minutes sur la façon dont vous aimez travailler dans la vente et le marketing.",
  "email.invite.start":
    "Commencez ici (le lien est valable jusqu’au {expires} ; il vous permet de vous arrêter et de revenir plus tard) :",
  "email.invite.automated":
    "Il s’agit d’une évaluation automatisée. Elle constitue un élément parmi d’autres, et chaque décision est prise par une personne.",
  "email.invite.replyAccommodation":
    "Si vous avez besoin d’un aménagement ou d’un autre processus, répondez à ce courriel (votre message parviendra à {replyTo}) ; en faire la demande ne vous pénalisera pas.",
  "email.invite.contactAccommodation":
    "Si vous avez besoin d’un aménagement ou d’un autre processus : {contact}. Vous pouvez aussi répondre à ce courriel (votre message parviendra à {replyTo}). En faire la demande ne vous pénalisera pas.",
  "email.reminder.subject": "Rappel : questionnaire de {organization} pour le poste « {role} »",
  "email.reminder.body":
    "Pour rappel, {organization} vous a adressé une invitation à répondre à un questionnaire dans le cadre de votre candidature au poste « {role} ». Vous ne l’avez pas encore terminé. Le lien est valable jusqu’au {expires}, et vous pouvez reprendre là où vous en étiez :",
  "email.reminder.ignore":
    "Si vous ne souhaitez plus participer, vous pouvez ignorer ce courriel ; vous ne recevrez plus de rappels une fois le lien expiré.",
};
