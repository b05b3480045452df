// The default status emails in each candidate language. An organization that rewords a kind in
// settings sends its own words to everyone (it wrote them in the language it chose); until then a
// candidate gets the default in the language they answered in. Same meaning as the English in
// status-email.ts, written for each language; the placeholders are the same.
import type { Locale } from "~/domain/i18n/locales";
import type { Decision } from "./candidate-status";
import type { StatusEmailTemplate } from "./status-email";

const lines = (...parts: string[]) => parts.join("\n");

export const TRANSLATED_STATUS_EMAIL_TEMPLATES: Readonly<
  Record<Exclude<Locale, "en">, Record<Decision, StatusEmailTemplate>>
> = {
  es: {
    advance: {
      subject: "Próximos pasos para {role_title} en {organization_name}",
      body: lines(
        "Hola, {candidate_name}:",
        "",
        "Gracias por tu candidatura al puesto de {role_title} y por el tiempo que dedicaste al cuestionario.",
        "",
        "Queremos seguir adelante con tu candidatura. Alguien de {organization_name} se pondrá en contacto contigo para el siguiente paso.",
        "",
        "Si mientras tanto tienes alguna pregunta, responde a este correo.",
        "",
        "Un saludo cordial,",
        "{organization_name}",
      ),
    },
    hold: {
      subject: "Novedades sobre tu candidatura a {role_title}",
      body: lines(
        "Hola, {candidate_name}:",
        "",
        "Gracias por tu candidatura al puesto de {role_title} en {organization_name}.",
        "",
        "Todavía no hemos tomado una decisión sobre tu candidatura: seguimos hablando con otras personas candidatas. Tu candidatura sigue abierta y no necesitas hacer nada. Te escribiremos de nuevo cuando sepamos más.",
        "",
        "Si mientras tanto tienes alguna pregunta, responde a este correo.",
        "",
        "Un saludo cordial,",
        "{organization_name}",
      ),
    },
    reject: {
      subject: "Tu candidatura a {role_title} en {organization_name}",
      body: lines(
        "Hola, {candidate_name}:",
        "",
        "Gracias por tu interés en el puesto de {role_title} en {organization_name} y por el tiempo que dedicaste a tu candidatura.",
        "",
        "Hemos decidido no seguir adelante con tu candidatura. Esta decisión la tomaron personas de {organization_name}; el cuestionario fue un elemento entre varios. No mide tu valía y no dice nada sobre cómo te iría en otro puesto o en otra empresa.",
        "",
        "Si quieres preguntar por la decisión, responde a este correo.",
        "",
        "Te deseamos mucha suerte,",
        "{organization_name}",
      ),
    },
  },
  de: {
    advance: {
      subject: "Nächste Schritte für {role_title} bei {organization_name}",
      body: lines(
        "Hallo {candidate_name},",
        "",
        "vielen Dank für Ihre Bewerbung als {role_title} und für die Zeit, die Sie sich für den Fragebogen genommen haben.",
        "",
        "Wir möchten Ihre Bewerbung gern weiterverfolgen. Jemand von {organization_name} meldet sich bei Ihnen zum nächsten Schritt.",
        "",
        "Wenn Sie in der Zwischenzeit eine Frage haben, antworten Sie einfach auf diese E-Mail.",
        "",
        "Freundliche Grüße",
        "{organization_name}",
      ),
    },
    hold: {
      subject: "Ein Zwischenstand zu Ihrer Bewerbung als {role_title}",
      body: lines(
        "Hallo {candidate_name},",
        "",
        "vielen Dank für Ihre Bewerbung als {role_title} bei {organization_name}.",
        "",
        "Über Ihre Bewerbung haben wir noch nicht entschieden: Wir führen noch Gespräche mit anderen Bewerberinnen und Bewerbern. Ihre Bewerbung bleibt offen, und Sie müssen nichts tun. Wir schreiben Ihnen wieder, sobald wir mehr wissen.",
        "",
        "Wenn Sie in der Zwischenzeit eine Frage haben, antworten Sie einfach auf diese E-Mail.",
        "",
        "Freundliche Grüße",
        "{organization_name}",
      ),
    },
    reject: {
      subject: "Ihre Bewerbung als {role_title} bei {organization_name}",
      body: lines(
        "Hallo {candidate_name},",
        "",
        "vielen Dank für Ihr Interesse an der Stelle {role_title} bei {organization_name} und für die Zeit, die Sie in Ihre Bewerbung gesteckt haben.",
        "",
        "Wir haben uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen. Diese Entscheidung haben Menschen bei {organization_name} getroffen; der Fragebogen war dabei ein Faktor unter mehreren. Er misst nicht Ihren Wert und sagt nichts darüber, wie Sie sich in einer anderen Rolle oder einem anderen Unternehmen bewähren würden.",
        "",
        "Wenn Sie Fragen zu der Entscheidung haben, antworten Sie einfach auf diese E-Mail.",
        "",
        "Wir wünschen Ihnen alles Gute",
        "{organization_name}",
      ),
    },
  },
  fr: {
    advance: {
      subject: "Prochaines étapes pour le poste « {role_title} » chez {organization_name}",
      body: lines(
        "Bonjour {candidate_name},",
        "",
        "Merci pour votre candidature au poste « {role_title} » et pour le temps consacré au questionnaire.",
        "",
        "Nous souhaitons donner suite à votre candidature. Une personne de {organization_name} vous contactera pour la prochaine étape.",
        "",
        "Si vous avez une question d’ici là, répondez simplement à ce courriel.",
        "",
        "Cordialement,",
        "{organization_name}",
      ),
    },
    hold: {
      subject: "Où en est votre candidature au poste « {role_title} »",
      body: lines(
        "Bonjour {candidate_name},",
        "",
        "Merci pour votre candidature au poste « {role_title} » chez {organization_name}.",
        "",
        "Nous n’avons pas encore pris de décision sur votre candidature : nous échangeons encore avec d’autres personnes candidates. Votre candidature reste ouverte et vous n’avez rien à faire. Nous vous écrirons de nouveau dès que nous en saurons plus.",
        "",
        "Si vous avez une question d’ici là, répondez simplement à ce courriel.",
        "",
        "Cordialement,",
        "{organization_name}",
      ),
    },
    reject: {
      subject: "Votre candidature au poste « {role_title} » chez {organization_name}",
      body: lines(
        "Bonjour {candidate_name},",
        "",
        "Merci de l’intérêt que vous portez au poste « {role_title} » chez {organization_name} et du temps consacré à votre candidature.",
        "",
        "Nous avons décidé de ne pas donner suite à votre candidature. Cette décision a été prise par des personnes de {organization_name} ; le questionnaire n’en était qu’un élément parmi d’autres. Il ne mesure pas votre valeur et ne dit rien de la façon dont vous réussiriez dans un autre poste ou une autre entreprise.",
        "",
        "Si vous souhaitez poser une question sur cette décision, répondez simplement à ce courriel.",
        "",
        "Nous vous souhaitons le meilleur,",
        "{organization_name}",
      ),
    },
  },
};
