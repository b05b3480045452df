// Spanish messages of the candidate flow, written from the English in en.ts (same keys and placeholders).
import type { Messages } from "./en";

export const ES_MESSAGES: Messages = {
  // Page frame
  "frame.skip": "Saltar al contenido",
  "frame.footer":
    "RoleFit — código abierto, autoalojado. Los resultados ayudan a tomar decisiones; las decisiones las toman las personas.",
  "error.label": "Error {status}",
  "error.linkTitle": "No se puede usar este enlace",
  "error.receivedTitle": "Hemos recibido tus respuestas",
  "error.home": "Ir a la página de inicio",
  "language.label": "Idioma",
  "language.submit": "Cambiar",

  // Self-assessment intro (/assess)
  "assess.metaTitle": "Autoevaluación gratuita: ¿ventas, marketing o ambos? — RoleFit",
  "assess.metaDescription":
    "Un cuestionario adaptativo sobre once rasgos de ventas y marketing, con un informe honesto. No necesitas crear una cuenta.",
  "assess.title": "¿Ventas, marketing o ambos?",
  "assess.lead":
    "Un cuestionario de unos {minutes} minutos que se adapta a tus respuestas. Recibirás un informe privado sobre dónde te sitúas entre las ventas y el marketing, qué tipo de trabajo probablemente disfrutarías y cómo puedes crecer. No necesitas crear una cuenta.",
  "assess.measured": "Qué mide",
  "assess.dataUse": "Cómo se usan tus respuestas",
  "assess.honesty":
    "No hay respuestas correctas ni incorrectas, ni límite de tiempo. Responde según cómo eres hoy en el trabajo, no como te gustaría ser: el informe solo es útil si habla de ti.",
  "assess.length": "Duración",
  "assess.adaptive": "Completo y adaptativo (unos {minutes} minutos)",
  "assess.adaptiveHint": "Recomendado: la imagen más precisa.",
  "assess.short": "Breve (unos {minutes} minutos)",
  "assess.shortHint": "Más rápido, pero con más incertidumbre en cada puntuación.",
  "start.consent": "He leído cómo se usan mis respuestas y quiero empezar.",
  "start.consentMissing": "Confirma que has leído cómo se usan tus respuestas.",
  "start.submit": "Empezar el cuestionario",
  "start.pending": "Iniciando…",

  // What the questionnaire measures
  "overview.sales": "Ventas: trato uno a uno, cerrar negocios",
  "overview.marketing": "Marketing: comunicación de uno a muchos, dar forma al producto y a su historia",
  "overview.bridge": "Puente entre ambos",

  // Consent points (also in the candidate's data export)
  "consent.traits":
    "Tus respuestas se usan para estimar once rasgos laborales: cinco más cercanos a las ventas, cinco más cercanos al marketing y uno que hace de puente entre ambos.",
  "consent.saved":
    "Cada respuesta se guarda en cuanto la das, así que puedes parar y volver más tarde con el mismo enlace.",
  "consent.uncertainty":
    "Tu informe muestra la incertidumbre de cada puntuación. El sistema de puntuación es nuevo y provisional, así que toma los resultados como una primera estimación, no como un veredicto.",
  "consent.rights": "Puedes descargar todos tus datos o eliminarlos en cualquier momento desde tu informe.",
  "consent.automated":
    "Esta es una evaluación automatizada. La organización la usa como un elemento más; todas las decisiones de contratación las toma una persona.",
  "consent.employerSees":
    "La organización ve tus puntuaciones y las notas sobre la calidad de tus respuestas para el puesto al que te invitó. Nunca ve de forma individual tus respuestas a las preguntas demográficas opcionales.",

  // Invitation (/i/:token)
  "invite.metaTitle": "Tu invitación a la evaluación — RoleFit",
  "invite.hello": "Hola, {name}",
  "invite.lead":
    "{organization} te invita a un cuestionario de unos {minutes} minutos como parte de tu candidatura para <strong>{role}</strong>. El enlace funciona hasta el {expires} y puedes parar y volver con él en cualquier momento.",
  "invite.before": "Antes de empezar",
  "invite.accommodationTitle": "¿Necesitas una adaptación o un proceso diferente?",
  "invite.accommodation":
    "Puedes solicitarla (por ejemplo, más tiempo, un formato compatible con lectores de pantalla o una entrevista en su lugar) y no contará en tu contra.",
  "invite.contact": "Ponte en contacto con {contact}.",
  "invite.askInviter": "Pídesela a la persona que te invitó.",
  "invite.invalid": "Este enlace de invitación no es válido. Comprueba que has copiado el enlace completo.",
  "invite.revoked": "{organization} ha retirado esta invitación.",
  "invite.expired":
    "Esta invitación ha caducado. Si todavía quieres participar, pide una nueva a {organization}.",
  "invite.expiredUnknown":
    "Esta invitación ha caducado. Si todavía quieres participar, pide una nueva a la organización.",

  // Questionnaire (/a/:token)
  "questionnaire.metaTitle": "Cuestionario — RoleFit",
  "questionnaire.invalid":
    "Este enlace de evaluación no es válido. Comprueba que has copiado el enlace completo.",
  "questionnaire.doneTitle": "Gracias, has terminado",
  "questionnaire.doneSent":
    "Tus respuestas se han guardado y enviado a {organization}. Allí, una persona las revisará como un elemento más de su decisión. Puedes cerrar esta página.",
  "questionnaire.doneSaved": "Tus respuestas se han guardado. Puedes cerrar esta página.",
  "questionnaire.doneRights":
    "Aún puedes <download>descargar tus datos</download> o <delete>eliminarlos</delete>.",
  "questionnaire.closedTitle": "Esta evaluación está cerrada",
  "questionnaire.closed":
    "Esta invitación se ha retirado o ha caducado, así que ya no se pueden enviar más respuestas.",
  "questionnaire.finishedTitle": "Todas las preguntas respondidas",
  "questionnaire.seeResults": "Ver mis resultados",
  "questionnaire.preparing": "Preparando tus resultados…",
  "questionnaire.saveNote":
    "Cada respuesta se guarda sobre la marcha. Para terminar más tarde, guarda la dirección de esta página: te trae de vuelta aquí desde cualquier dispositivo.",
  "questionnaire.chooseAnswer": "Elige una de las respuestas y luego pulsa Siguiente.",
  "questionnaire.chooseSelfId": "Elige una de las opciones que se muestran u omite estas preguntas.",

  // One question
  "answer.complete": "Esta evaluación ya está completa, así que sus respuestas ya no se pueden cambiar.",
  "answer.unknownItem": "Esa pregunta no forma parte de esta evaluación.",
  "answer.choose": "Elige una de las respuestas que se muestran.",
  "answer.changeOnlyLast":
    "Solo se puede cambiar tu respuesta más reciente. Aquí tienes el punto en el que estás ahora.",
  "answer.alreadyAnswered":
    "Esa pregunta ya se había respondido, quizá en otra pestaña o ventana. Se ha conservado la respuesta guardada; aquí tienes la siguiente pregunta.",
  "answer.noMore": "No quedan más preguntas; tu evaluación está lista para terminar.",
  "answer.notWaiting": "Esa no es la pregunta que espera respuesta. Aquí tienes la pregunta actual.",
  "answer.justAnswered":
    "Esa pregunta se acaba de responder en otra pestaña o ventana. Aquí tienes el punto en el que estás ahora.",
  "question.number": "Pregunta {number}",
  "question.changing": "Estás cambiando tu respuesta anterior",
  "question.keys": "Pulsa del 1 al {count} para responder.",
  "question.likertPrompt": "¿En qué medida te describe esto en el trabajo?",
  "question.pairPrompt": "¿Cuál se parece más a ti? Elige la más cercana, aunque las dos encajen contigo.",
  "question.scenarioPrompt": "¿Qué sería lo más probable que hicieras?",
  "question.keepAnswer": "Mantener mi respuesta y continuar",
  "question.changePrevious": "← Cambiar la respuesta anterior",
  "question.saving": "Guardando…",
  "question.saveAndContinue": "Guardar y continuar",
  "question.next": "Siguiente",
  "likert.0": "Totalmente en desacuerdo",
  "likert.1": "En desacuerdo",
  "likert.2": "Ni de acuerdo ni en desacuerdo",
  "likert.3": "De acuerdo",
  "likert.4": "Totalmente de acuerdo",
  "progress.done": "{percent} % completado",
  "progress.left":
    "{minutes, plural, one {Queda aproximadamente # minuto} other {Quedan aproximadamente # minutos}}",
  "progress.label": "Progreso en el cuestionario",
  "progress.valueText":
    "{percent} % completado, {minutes, plural, one {queda aproximadamente # minuto} other {quedan aproximadamente # minutos}}",

  // Optional background questions
  "selfId.title": "Primero, unas preguntas opcionales",
  "selfId.leadEmployer":
    "Estas preguntas ayudan a comprobar que el cuestionario trata de forma justa a los distintos grupos de personas. Son totalmente voluntarias, se guardan por separado de tus respuestas, nunca se usan en tus puntuaciones y nunca se muestran a {organization} de forma individual, vinculadas a ti: solo como totales por grupo, y solo en grupos de cinco o más personas.",
  "selfId.leadSelf":
    "Estas preguntas ayudan a comprobar que el cuestionario trata de forma justa a los distintos grupos de personas. Son totalmente voluntarias, se guardan por separado de tus respuestas, nunca se usan en tus puntuaciones y solo se presentan en forma de totales por grupo.",
  "selfId.sex": "Sexo o género",
  "selfId.raceEthnicity": "Raza u origen étnico",
  "selfId.age": "Edad",
  "selfId.save": "Guardar y empezar",
  "selfId.skip": "Omitir estas preguntas",
  "selfId.saving": "Guardando…",
  "selfId.option.female": "Femenino",
  "selfId.option.male": "Masculino",
  "selfId.option.another": "Otro sexo o género",
  "selfId.option.prefer-not-to-say": "Prefiero no decirlo",
  "selfId.option.hispanic-latino": "Hispano o latino",
  "selfId.option.white": "Blanco",
  "selfId.option.black": "Negro o afroamericano",
  "selfId.option.asian": "Asiático",
  "selfId.option.native-american": "Indígena americano o nativo de Alaska",
  "selfId.option.pacific-islander": "Nativo de Hawái u otras islas del Pacífico",
  "selfId.option.two-or-more": "Dos o más razas",
  "selfId.option.under-25": "Menos de 25",
  "selfId.option.25-34": "De 25 a 34",
  "selfId.option.35-44": "De 35 a 44",
  "selfId.option.45-54": "De 45 a 54",
  "selfId.option.55-64": "De 55 a 64",
  "selfId.option.65-plus": "65 o más",

  // Report page (/a/:token/report)
  "report.metaTitle": "Tus resultados — RoleFit",
  "report.invalid": "Este enlace al informe no es válido. Comprueba que has copiado el enlace completo.",
  "report.notShared":
    "{organization} no comparte los informes con los candidatos. Tus respuestas se han recibido.",
  "report.notSharedUnknown":
    "La organización no comparte los informes con los candidatos. Tus respuestas se han recibido.",
  "report.notReady": "Este informe aún no está listo.",
  "report.title": "Tus resultados",
  "report.completed":
    "Completado el {date} · {form, select, short {modalidad breve} other {modalidad adaptativa}} · versión del cuestionario: {version}",
  "report.print": "Imprimir o guardar como PDF",
  "report.printHint": "Para guardarlo como PDF, usa la opción Imprimir de tu navegador (Ctrl+P o ⌘P).",
  "report.dataTitle": "Tus datos",
  "report.dataPrivate":
    "La dirección de esta página es privada: cualquiera que la tenga puede ver este informe, así que compártela solo si quieres. Guárdala en tus marcadores para volver.",
  "report.download": "Descargar mis datos (JSON)",
  "report.delete": "Eliminar mis datos",
  "report.provisional": "Normas de referencia provisionales.",
  "report.percentiles":
    "Los percentiles te comparan con el grupo de referencia del cuestionario, y cada puntuación se muestra con el rango en el que probablemente se encuentra.",
  "report.planeDescription":
    "Tu orientación a las ventas es {sales} y tu orientación al marketing, {marketing}, en una escala en la que 0 es la media del grupo de referencia y la mayoría de las personas se sitúa entre −2 y 2. {headline}.",
  "report.planeTitle": "Dónde te sitúas entre las ventas y el marketing",
  "report.you": "Tú",
  "report.versatility": "Versatilidad:",
  "report.traitsTitle": "Tus once rasgos",
  "report.traitsHint":
    "El punto es la mejor estimación; la barra muestra dónde se encuentra probablemente el valor real (rango del 80 %).",
  "report.side.sales": "Rasgos de ventas",
  "report.side.marketing": "Rasgos de marketing",
  "report.side.bridge": "Puente entre ambos",
  "report.percentile": "Percentil {n}",
  "report.percentileRange": "probablemente entre {low} y {high}",
  "legend.label": "Leyenda del gráfico",
  "legend.sales": "Rasgo de ventas",
  "legend.marketing": "Rasgo de marketing",
  "legend.bridge": "Puente entre ambos",
  "legend.estimate": "punto: mejor estimación · barra: rango probable (80 %)",
  "legend.target": "franja objetivo del puesto",
  "report.enjoyTitle": "Trabajo que probablemente disfrutarías",
  "report.drawsOn": "se apoya en tu {trait}",
  "report.rolesTitle": "Los puestos que mejor encajan contigo",
  "report.roleFit": "— encaje {fit} (probablemente {low}–{high} de 100)",
  "report.fitModel":
    "El encaje es la proporción esperada de las necesidades de un puesto que cubres, empezando por las esenciales; tener más de un rasgo necesario nunca lo reduce (modelo de encaje {model}).",
  "report.growTitle": "Cómo crecer",

  // Report sentences (app/domain/assessment/report.ts)
  "report.leanSales": "Inclinación hacia las ventas",
  "report.leanMarketing": "Inclinación hacia el marketing",
  "report.leanNone": "Equilibrio entre ventas y marketing (sin una inclinación clara)",
  "report.bothStrong": "Fortaleza en ambos lados: el perfil poco común capaz de asumir los dos trabajos",
  "report.likelyBoth": "Probable fortaleza en ambos lados",
  "report.notBoth": "Sin una fortaleza clara en ambos lados a la vez, como la mayoría de las personas",
  "report.summary": "Tus puntos más fuertes son {first} y {second}. {versatility}.",
  "report.uncertain":
    "Tus respuestas te sitúan en algún punto entre un nivel {low, select, low {bajo} mid {medio} other {alto}} y uno {high, select, low {bajo} mid {medio} other {alto}} en este rasgo, así que toma esta sección como una imagen probable, no definitiva.",
  "report.needAbove": "Tu puntuación está por encima de lo que necesita el puesto ({target}).",
  "report.needBelow": "Tu puntuación está por debajo de lo que necesita el puesto ({target}).",
  "report.needClose": "Tu puntuación está cerca de lo que necesita el puesto ({target}).",
  "report.ceilingBecause": "El puesto fija un límite máximo por este motivo: {reason}",
  "report.targetAtLeast": "{min} o más",
  "report.targetBetween": "entre {min} y {max}",
  "report.growthIntro":
    "Hacia el puesto que mejor encaja contigo ({role}): las necesidades que tus respuestas aún no cubren con claridad.",
  "report.growthNone":
    "Es muy probable que tus respuestas cubran todas las necesidades del puesto que mejor encaja contigo ({role}), así que no hay nada que desarrollar para ese puesto.",
  "report.provisionalScoring":
    "Este cuestionario es nuevo. Su puntuación se basa en el criterio de personas expertas y aún no se ha contrastado con muchas respuestas reales, así que toma los resultados como una primera estimación.",
  "report.calibratedScoring": "La puntuación de este cuestionario se ha calibrado con respuestas reales.",
  "report.engineMultidimensional":
    "Los rasgos se puntuaron de forma conjunta: una respuesta sobre un rasgo también cuenta un poco para los rasgos que suelen ir asociados a él.",
  "report.enginePerTrait": "Cada rasgo se puntuó solo a partir de sus propias respuestas.",
  "report.languageNote":
    "Respondiste en {language}. Las afirmaciones traducidas se puntúan con los mismos parámetros que las originales en inglés hasta que haya suficientes respuestas en {language} para comprobar cada una.",

  // About this questionnaire (report)
  "about.title": "Acerca de este cuestionario",
  "about.scoring":
    "Las afirmaciones que valoraste se puntúan con un modelo de respuesta al ítem: la puntuación de cada rasgo es el nivel más probable según tus respuestas, con un rango que se estrecha a medida que respondes más. Los pares “¿cuál se parece más a ti?” enfrentan una afirmación de ventas con una de marketing de atractivo similar, tanto en general como para alguien que contrata para un puesto de ventas, y miden hacia cuál de las dos te inclinas. Las puntuaciones son provisionales hasta que el cuestionario se recalibre con respuestas reales.",
  "about.fakingTitle": "¿Se pueden manipular las respuestas para dar una buena imagen?",
  "about.faking":
    "En una simulación con 400 candidatos que primero respondieron con sinceridad y luego intentaron dar una buena imagen para un puesto de ventas, responder en general para “quedar bien” elevó las puntuaciones de los rasgos medidos con afirmaciones de acuerdo/desacuerdo entre 0,4 y 0,6 desviaciones estándar y no movió la inclinación medida por los pares (0,00). En los candidatos que además forzaron el lado de ventas, las puntuaciones de los rasgos de ventas subieron entre 0,8 y 0,95 desviaciones estándar y la inclinación calculada a partir de las puntuaciones de los rasgos subió 0,30, mientras que la inclinación de los pares no se movió (−0,01; se movía 0,33 antes de que se reescribieran los pares para que la afirmación de ventas no fuera siempre la que parece querer un empleador de ventas). Las puntuaciones de los rasgos, el encaje y la inclinación que se muestran arriba (esta última también se basa en las puntuaciones de los rasgos) todavía pueden manipularse. Estas cifras provienen de un modelo de respuesta supuesto y de valoraciones provisionales de lo atractiva que resulta cada afirmación para un empleador de ventas, no de candidatos reales.",

  // Delete my data (/a/:token/delete)
  "delete.metaTitle": "Eliminar mis datos — RoleFit",
  "delete.invalid": "Este enlace no es válido o los datos ya se eliminaron.",
  "delete.title": "¿Eliminar mis datos?",
  "delete.body":
    "Esto elimina de forma permanente tus respuestas al cuestionario ({answered, plural, one {# respuesta} other {# respuestas}}), tus puntuaciones y las respuestas demográficas que hayas dado. No se puede deshacer.",
  "delete.bodyInvited":
    "Esto elimina de forma permanente tus respuestas al cuestionario ({answered, plural, one {# respuesta} other {# respuestas}}), tus puntuaciones y las respuestas demográficas que hayas dado. La organización que te invitó ya no verá tus resultados. No se puede deshacer.",
  "delete.confirm": "Sí, eliminar todo",
  "delete.pending": "Eliminando…",
  "delete.keep": "Conservar mis datos",
  "delete.done":
    "Se han eliminado tus respuestas, tus puntuaciones y tus respuestas demográficas. El enlace ya no funciona.",
  "link.deleted":
    "La evaluación asociada a este enlace se eliminó junto con sus respuestas y resultados, así que no queda nada que mostrar. Si no lo esperabas, consulta a la organización que te invitó.",

  // Emails to candidates (plain text)
  "email.greeting": "Hola, {name}:",
  "email.invite.subject": "{organization} te invita a un breve cuestionario para {role}",
  "email.invite.body":
    "Como parte de tu candidatura para {role}, {organization} te invita a un cuestionario de unos {minutes} minutos sobre cómo te gusta trabajar en ventas y marketing.",
  "email.invite.start": "Empieza aquí (el enlace funciona hasta el {expires}; puedes parar y volver con él):",
  "email.invite.automated":
    "Esta es una evaluación automatizada. Es un elemento entre varios, y todas las decisiones las toma una persona.",
  "email.invite.replyAccommodation":
    "Si necesitas una adaptación o un proceso diferente, responde a este correo (le llegará a {replyTo}); pedirlo no contará en tu contra.",
  "email.invite.contactAccommodation":
    "Si necesitas una adaptación o un proceso diferente: {contact}. También puedes responder a este correo (le llegará a {replyTo}). Pedirlo no contará en tu contra.",
  "email.reminder.subject": "Recordatorio: cuestionario de {organization} para {role}",
  "email.reminder.body":
    "Te recordamos que {organization} te invitó a un cuestionario como parte de tu candidatura para {role}. Aún no lo has terminado. El enlace funciona hasta el {expires} y puedes continuar donde lo dejaste:",
  "email.reminder.ignore":
    "Si ya no quieres participar, puedes ignorar este correo; cuando el enlace caduque, no recibirás más recordatorios.",
};
