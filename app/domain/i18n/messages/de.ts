// German messages of the candidate flow, written from the English in en.ts (same keys and placeholders).
import type { Messages } from "./en";

export const DE_MESSAGES: Messages = {
  "frame.skip": "Zum Inhalt springen",
  "frame.footer":
    "RoleFit – Open Source, selbst gehostet. Die Ergebnisse unterstützen Entscheidungen; getroffen werden sie von Menschen.",
  "error.label": "Fehler {status}",
  "error.linkTitle": "Dieser Link kann nicht verwendet werden",
  "error.receivedTitle": "Ihre Antworten sind eingegangen",
  "error.home": "Zur Startseite",
  "language.label": "Sprache",
  "language.submit": "Ändern",
  "assess.metaTitle": "Kostenlose Selbsteinschätzung: Vertrieb, Marketing oder beides? – RoleFit",
  "assess.metaDescription":
    "Ein adaptiver Fragebogen zu elf Eigenschaften aus Vertrieb und Marketing, mit einem ehrlichen Bericht. Kein Konto nötig.",
  "assess.title": "Vertrieb, Marketing oder beides?",
  "assess.lead":
    "Ein Fragebogen von etwa {minutes} Minuten, der sich an Ihre Antworten anpasst. Sie erhalten einen privaten Bericht darüber, wo Sie zwischen Vertrieb und Marketing stehen, welche Arbeit Ihnen wahrscheinlich Freude machen würde und wie Sie sich weiterentwickeln können. Kein Konto nötig.",
  "assess.measured": "Was gemessen wird",
  "assess.dataUse": "Wie Ihre Antworten verwendet werden",
  "assess.honesty":
    "Es gibt keine richtigen oder falschen Antworten und kein Zeitlimit. Antworten Sie so, wie Sie heute bei der Arbeit sind, nicht so, wie Sie gern wären: Der Bericht ist nur dann nützlich, wenn er wirklich Sie beschreibt.",
  "assess.length": "Länge",
  "assess.adaptive": "Vollständig, adaptiv (etwa {minutes} Minuten)",
  "assess.adaptiveHint": "Empfohlen: das genaueste Bild.",
  "assess.short": "Kurz (etwa {minutes} Minuten)",
  "assess.shortHint": "Schneller, dafür mit größerer Unsicherheit bei jedem Wert.",
  "start.consent": "Ich habe gelesen, wie meine Antworten verwendet werden, und möchte beginnen.",
  "start.consentMissing":
    "Bitte bestätigen Sie, dass Sie gelesen haben, wie Ihre Antworten verwendet werden.",
  "start.submit": "Fragebogen starten",
  "start.pending": "Wird gestartet…",
  "overview.sales": "Vertrieb: im direkten Kontakt mit Einzelnen Abschlüsse erzielen",
  "overview.marketing": "Marketing: viele zugleich erreichen, das Produkt und seine Geschichte prägen",
  "overview.bridge": "Verbindet beide Seiten",
  "consent.traits":
    "Aus Ihren Antworten werden elf Arbeitseigenschaften geschätzt: fünf, die dem Vertrieb näher sind, fünf, die dem Marketing näher sind, und eine, die beide verbindet.",
  "consent.saved":
    "Jede Antwort wird gespeichert, sobald Sie sie geben. So können Sie unterbrechen und später über denselben Link zurückkehren.",
  "consent.uncertainty":
    "Ihr Bericht zeigt bei jedem Wert die Unsicherheit. Die Auswertung ist neu und vorläufig; betrachten Sie die Ergebnisse daher als erste Einschätzung, nicht als Urteil.",
  "consent.rights": "Sie können alle Ihre Daten jederzeit über Ihren Bericht herunterladen oder löschen.",
  "consent.automated":
    "Dies ist eine automatisierte Einschätzung. Die Organisation nutzt sie als einen Faktor; jede Einstellungsentscheidung trifft ein Mensch.",
  "consent.employerSees":
    "Die Organisation sieht Ihre Werte und die Hinweise zur Antwortqualität für die Stelle, zu der Sie eingeladen wurden. Ihre Antworten auf die optionalen Fragen zur Person sieht sie nie einzeln.",
  "invite.metaTitle": "Ihre Einladung zum Fragebogen – RoleFit",
  "invite.hello": "Hallo {name}",
  "invite.lead":
    "{organization} lädt Sie im Rahmen Ihrer Bewerbung als <strong>{role}</strong> zu einem Fragebogen von etwa {minutes} Minuten ein. Der Link ist bis {expires} gültig, und Sie können jederzeit unterbrechen und über ihn zurückkehren.",
  "invite.before": "Bevor Sie beginnen",
  "invite.accommodationTitle": "Benötigen Sie eine Anpassung oder ein anderes Verfahren?",
  "invite.accommodation":
    "Sie können darum bitten, zum Beispiel um mehr Zeit, ein für Screenreader geeignetes Format oder stattdessen ein Gespräch. Das wird Ihnen nicht zum Nachteil ausgelegt.",
  "invite.contact": "Wenden Sie sich an {contact}.",
  "invite.askInviter": "Wenden Sie sich an die Person, die Sie eingeladen hat.",
  "invite.invalid":
    "Dieser Einladungslink ist ungültig. Prüfen Sie, ob Sie den vollständigen Link kopiert haben.",
  "invite.revoked": "{organization} hat diese Einladung zurückgezogen.",
  "invite.expired":
    "Diese Einladung ist abgelaufen. Bitten Sie {organization} um eine neue, wenn Sie weiterhin teilnehmen möchten.",
  "invite.expiredUnknown":
    "Diese Einladung ist abgelaufen. Bitten Sie die Organisation um eine neue, wenn Sie weiterhin teilnehmen möchten.",
  "questionnaire.metaTitle": "Fragebogen – RoleFit",
  "questionnaire.invalid":
    "Dieser Link zum Fragebogen ist ungültig. Prüfen Sie, ob Sie den vollständigen Link kopiert haben.",
  "questionnaire.doneTitle": "Vielen Dank – Sie sind fertig",
  "questionnaire.doneSent":
    "Ihre Antworten wurden gespeichert und an {organization} übermittelt. Eine Person dort wird sie als einen Teil ihrer Entscheidung berücksichtigen. Sie können diese Seite schließen.",
  "questionnaire.doneSaved": "Ihre Antworten wurden gespeichert. Sie können diese Seite schließen.",
  "questionnaire.doneRights":
    "Sie können Ihre Daten weiterhin <download>herunterladen</download> oder <delete>löschen</delete>.",
  "questionnaire.closedTitle": "Dieser Fragebogen ist geschlossen",
  "questionnaire.closed":
    "Diese Einladung wurde zurückgezogen oder ist abgelaufen, daher können keine Antworten mehr gegeben werden.",
  "questionnaire.finishedTitle": "Alle Fragen beantwortet",
  "questionnaire.seeResults": "Meine Ergebnisse ansehen",
  "questionnaire.preparing": "Ihre Ergebnisse werden vorbereitet…",
  "questionnaire.saveNote":
    "Jede Antwort wird sofort gespeichert. Wenn Sie später weitermachen möchten, bewahren Sie die Adresse dieser Seite auf: Über sie gelangen Sie auf jedem Gerät hierher zurück.",
  "questionnaire.chooseAnswer": "Bitte wählen Sie eine der Antworten aus und klicken Sie dann auf „Weiter“.",
  "questionnaire.chooseSelfId":
    "Bitte wählen Sie eine der angezeigten Optionen oder überspringen Sie diese Fragen.",
  "answer.complete":
    "Dieser Fragebogen ist bereits abgeschlossen, daher können die Antworten nicht mehr geändert werden.",
  "answer.unknownItem": "Diese Frage gehört nicht zu diesem Fragebogen.",
  "answer.choose": "Bitte wählen Sie eine der angezeigten Antworten aus.",
  "answer.changeOnlyLast":
    "Nur Ihre letzte Antwort kann geändert werden. Hier sehen Sie, wo Sie jetzt stehen.",
  "answer.alreadyAnswered":
    "Diese Frage wurde bereits beantwortet, vielleicht in einem anderen Tab oder Fenster. Ihre gespeicherte Antwort bleibt bestehen; hier ist die nächste Frage.",
  "answer.noMore": "Es gibt keine weiteren Fragen; Ihr Fragebogen kann abgeschlossen werden.",
  "answer.notWaiting":
    "Diese Frage ist nicht die, die gerade auf eine Antwort wartet. Hier ist die aktuelle Frage.",
  "answer.justAnswered":
    "Diese Frage wurde gerade in einem anderen Tab oder Fenster beantwortet. Hier sehen Sie, wo Sie jetzt stehen.",
  "question.number": "Frage {number}",
  "question.changing": "Sie ändern Ihre vorherige Antwort",
  "question.keys": "Drücken Sie 1 bis {count}, um zu antworten.",
  "question.likertPrompt": "Wie gut beschreibt Sie das bei der Arbeit?",
  "question.pairPrompt":
    "Was trifft eher auf Sie zu? Wählen Sie die passendere Aussage, auch wenn beide zutreffen.",
  "question.scenarioPrompt": "Was würden Sie am ehesten tun?",
  "question.keepAnswer": "Antwort beibehalten und weiter",
  "question.changePrevious": "← Vorherige Antwort ändern",
  "question.saving": "Wird gespeichert…",
  "question.saveAndContinue": "Speichern und weiter",
  "question.next": "Weiter",
  "likert.0": "Stimme überhaupt nicht zu",
  "likert.1": "Stimme nicht zu",
  "likert.2": "Weder noch",
  "likert.3": "Stimme zu",
  "likert.4": "Stimme voll und ganz zu",
  "progress.done": "{percent} % erledigt",
  "progress.left": "Noch etwa {minutes, plural, one {# Minute} other {# Minuten}}",
  "progress.label": "Fortschritt im Fragebogen",
  "progress.valueText": "{percent} % erledigt, noch etwa {minutes, plural, one {# Minute} other {# Minuten}}",
  "selfId.title": "Vorab ein paar optionale Fragen",
  "selfId.leadEmployer":
    "Diese Fragen helfen zu prüfen, ob der Fragebogen Personengruppen fair behandelt. Die Angaben sind völlig freiwillig, werden getrennt von Ihren Antworten gespeichert, fließen nie in Ihre Werte ein und werden {organization} nie für Sie als Einzelperson angezeigt – nur als Gesamtzahlen für Gruppen und nur bei Gruppen von mindestens fünf Personen.",
  "selfId.leadSelf":
    "Diese Fragen helfen zu prüfen, ob der Fragebogen Personengruppen fair behandelt. Die Angaben sind völlig freiwillig, werden getrennt von Ihren Antworten gespeichert, fließen nie in Ihre Werte ein und werden ausschließlich als Gesamtzahlen für Gruppen ausgewiesen.",
  "selfId.sex": "Geschlecht",
  "selfId.raceEthnicity": "Ethnische Zugehörigkeit",
  "selfId.age": "Alter",
  "selfId.save": "Speichern und beginnen",
  "selfId.skip": "Diese Fragen überspringen",
  "selfId.saving": "Wird gespeichert…",
  "selfId.option.female": "Weiblich",
  "selfId.option.male": "Männlich",
  "selfId.option.another": "Anderes Geschlecht",
  "selfId.option.prefer-not-to-say": "Keine Angabe",
  "selfId.option.hispanic-latino": "Hispanisch oder lateinamerikanisch",
  "selfId.option.white": "Weiß",
  "selfId.option.black": "Schwarz oder afroamerikanisch",
  "selfId.option.asian": "Asiatisch",
  "selfId.option.native-american": "Indigene Abstammung aus Amerika oder Alaska",
  "selfId.option.pacific-islander": "Indigene Abstammung aus Hawaii oder von anderen Pazifikinseln",
  "selfId.option.two-or-more": "Zwei oder mehr ethnische Zugehörigkeiten",
  "selfId.option.under-25": "Unter 25",
  "selfId.option.25-34": "25 bis 34",
  "selfId.option.35-44": "35 bis 44",
  "selfId.option.45-54": "45 bis 54",
  "selfId.option.55-64": "55 bis 64",
  "selfId.option.65-plus": "65 oder älter",
  "report.metaTitle": "Ihre Ergebnisse – RoleFit",
  "report.invalid":
    "Dieser Link zum Bericht ist ungültig. Prüfen Sie, ob Sie den vollständigen Link kopiert haben.",
  "report.notShared":
    "{organization} gibt Berichte nicht an Bewerberinnen und Bewerber weiter. Ihre Antworten sind eingegangen.",
  "report.notSharedUnknown":
    "Die Organisation gibt Berichte nicht an Bewerberinnen und Bewerber weiter. Ihre Antworten sind eingegangen.",
  "report.notReady": "Dieser Bericht ist noch nicht fertig.",
  "report.title": "Ihre Ergebnisse",
  "report.completed":
    "Abgeschlossen am {date} · {form, select, short {Kurzfassung} other {adaptive Fassung}} · Fragebogenversion {version}",
  "report.print": "Drucken oder als PDF speichern",
  "report.printHint": "Zum Speichern als PDF nutzen Sie die Druckfunktion Ihres Browsers (Strg+P oder ⌘P).",
  "report.dataTitle": "Ihre Daten",
  "report.dataPrivate":
    "Die Adresse dieser Seite ist privat: Wer sie hat, kann diesen Bericht sehen. Geben Sie sie also nur weiter, wenn Sie das möchten. Setzen Sie ein Lesezeichen, um zurückzukehren.",
  "report.download": "Meine Daten herunterladen (JSON)",
  "report.delete": "Meine Daten löschen",
  "report.provisional": "Vorläufige Normen.",
  "report.percentiles":
    "Perzentile vergleichen Sie mit der Referenzgruppe des Fragebogens, und jeder Wert wird mit dem Bereich angezeigt, in dem er wahrscheinlich liegt.",
  "report.planeDescription":
    "Ihre Vertriebsorientierung liegt bei {sales} und Ihre Marketingorientierung bei {marketing}, auf einer Skala, auf der 0 dem Durchschnitt der Referenzgruppe entspricht und die meisten Menschen zwischen −2 und 2 liegen. {headline}.",
  "report.planeTitle": "Wo Sie zwischen Vertrieb und Marketing stehen",
  "report.you": "Sie",
  "report.versatility": "Vielseitigkeit:",
  "report.traitsTitle": "Ihre elf Eigenschaften",
  "report.traitsHint":
    "Der Punkt ist die beste Schätzung; der Balken zeigt, wo der wahre Wert wahrscheinlich liegt (80-%-Bereich).",
  "report.side.sales": "Vertriebseigenschaften",
  "report.side.marketing": "Marketingeigenschaften",
  "report.side.bridge": "Verbindet beide Seiten",
  "report.percentile": "{n}. Perzentil",
  "report.percentileRange": "wahrscheinlich {low}.–{high}.",
  "legend.label": "Legende des Diagramms",
  "legend.sales": "Vertriebseigenschaft",
  "legend.marketing": "Marketingeigenschaft",
  "legend.bridge": "Verbindet beide Seiten",
  "legend.estimate": "Punkt: beste Schätzung · Balken: wahrscheinlicher Bereich (80 %)",
  "legend.target": "Zielbereich der Stelle",
  "report.enjoyTitle": "Arbeit, die Ihnen wahrscheinlich Freude machen würde",
  "report.drawsOn": "nutzt Ihre Eigenschaft „{trait}“",
  "report.rolesTitle": "Rollen, die am besten zu Ihnen passen",
  "report.roleFit": "– Passung {fit} (wahrscheinlich {low}–{high} von 100)",
  "report.fitModel":
    "Die Passung ist der erwartete Anteil der Anforderungen einer Rolle, den Sie erfüllen, wobei die Kernanforderungen Vorrang haben; mehr von einer benötigten Eigenschaft senkt sie nie (Passungsmodell {model}).",
  "report.growTitle": "Wie Sie sich weiterentwickeln",
  "report.leanSales": "Tendenz zum Vertrieb",
  "report.leanMarketing": "Tendenz zum Marketing",
  "report.leanNone": "Ausgewogen zwischen Vertrieb und Marketing (keine klare Tendenz)",
  "report.bothStrong": "Auf beiden Seiten stark: das seltene Profil, das beide Aufgaben tragen kann",
  "report.likelyBoth": "Wahrscheinlich auf beiden Seiten stark",
  "report.notBoth": "Nicht eindeutig auf beiden Seiten zugleich stark, was auf die meisten Menschen zutrifft",
  "report.summary": "Ihre stärksten Bereiche sind {first} und {second}. {versatility}.",
  "report.uncertain":
    "Ihre Antworten verorten Sie bei dieser Eigenschaft irgendwo zwischen {low, select, low {einem niedrigen} mid {einem mittleren} other {einem hohen}} und {high, select, low {einem niedrigen} mid {einem mittleren} other {einem hohen}} Wert. Lesen Sie diesen Abschnitt daher als wahrscheinliches Bild, nicht als feststehendes.",
  "report.needAbove": "Ihr Wert liegt über dem, was die Rolle erfordert ({target}).",
  "report.needBelow": "Ihr Wert liegt unter dem, was die Rolle erfordert ({target}).",
  "report.needClose": "Ihr Wert liegt nahe an dem, was die Rolle erfordert ({target}).",
  "report.ceilingBecause": "Die Rolle setzt eine Obergrenze. Grund: {reason}",
  "report.targetAtLeast": "mindestens {min}",
  "report.targetBetween": "{min} bis {max}",
  "report.growthIntro":
    "Mit Blick auf die Rolle, die am besten zu Ihnen passt ({role}): die Anforderungen, die Ihre Antworten noch nicht eindeutig erfüllen.",
  "report.growthNone":
    "Ihre Antworten erfüllen sehr wahrscheinlich jede Anforderung der Rolle, die am besten zu Ihnen passt ({role}). Für diese Rolle gibt es also nichts weiterzuentwickeln.",
  "report.provisionalScoring":
    "Dieser Fragebogen ist neu. Seine Auswertung beruht auf Einschätzungen von Fachleuten und wurde noch nicht an vielen echten Antworten überprüft. Betrachten Sie die Ergebnisse daher als erste Einschätzung.",
  "report.calibratedScoring": "Die Auswertung dieses Fragebogens wurde anhand echter Antworten kalibriert.",
  "report.engineMultidimensional":
    "Die Eigenschaften wurden gemeinsam ausgewertet: Eine Antwort zu einer Eigenschaft zählt auch ein wenig für die Eigenschaften, die üblicherweise mit ihr einhergehen.",
  "report.enginePerTrait": "Jede Eigenschaft wurde nur anhand ihrer eigenen Antworten ausgewertet.",
  "report.languageNote":
    "Sie haben auf {language} geantwortet. Die übersetzten Aussagen werden mit denselben Parametern ausgewertet wie die englischen, bis genügend Antworten auf {language} vorliegen, um jede einzelne zu überprüfen.",
  "about.title": "Über diesen Fragebogen",
  "about.scoring":
    "Die Aussagen, die Sie bewertet haben, werden mit einem Item-Response-Modell ausgewertet: Jeder Eigenschaftswert ist die Ausprägung, die angesichts Ihrer Antworten am wahrscheinlichsten ist, mit einem Bereich, der enger wird, je mehr Sie antworten. Die Paare „Was trifft eher auf Sie zu?“ stellen jeweils eine Vertriebsaussage einer Marketingaussage gegenüber, die etwa gleich attraktiv ist – sowohl allgemein als auch für jemanden, der eine Vertriebsstelle besetzen will –, und messen, zu welcher der beiden Seiten Sie tendieren. Die Werte sind vorläufig, bis der Fragebogen anhand echter Antworten neu kalibriert wurde.",
  "about.fakingTitle": "Kann man Antworten schönen, um gut dazustehen?",
  "about.faking":
    "In einer Simulation mit 400 Kandidatinnen und Kandidaten, die zuerst ehrlich antworteten und dann versuchten, für eine Vertriebsstelle gut dazustehen, stiegen durch allgemein geschöntes Antworten die Eigenschaftswerte der Zustimmungsaussagen um 0,4 bis 0,6 Standardabweichungen, während sich die über die Paare gemessene Tendenz nicht veränderte (0,00). Bei denen, die zusätzlich die Vertriebsseite betonten, stiegen die Eigenschaftswerte im Vertrieb um 0,8 bis 0,95 Standardabweichungen und die aus den Eigenschaftswerten berechnete Tendenz um 0,30, während sich die Tendenz der Paare nicht veränderte (−0,01; bevor die Paare so umgeschrieben wurden, dass die Vertriebsaussage nicht immer diejenige ist, die sich ein Arbeitgeber im Vertrieb zu wünschen scheint, verschob sie sich um 0,33). Die Eigenschaftswerte, die Passung und die oben gezeigte Tendenz, die ebenfalls auf den Eigenschaftswerten beruht, lassen sich weiterhin verzerren. Diese Zahlen stammen aus einem angenommenen Antwortmodell und aus vorläufigen Einstufungen, wie attraktiv jede Aussage für einen Arbeitgeber im Vertrieb ist, nicht von echten Bewerberinnen und Bewerbern.",
  "delete.metaTitle": "Meine Daten löschen – RoleFit",
  "delete.invalid": "Dieser Link ist ungültig, oder die Daten wurden bereits gelöscht.",
  "delete.title": "Meine Daten löschen?",
  "delete.body":
    "Dadurch werden {answered, plural, one {Ihre # Antwort} other {Ihre # Antworten}}, Ihre Werte und alle Angaben zur Person, die Sie gemacht haben, endgültig gelöscht. Das lässt sich nicht rückgängig machen.",
  "delete.bodyInvited":
    "Dadurch werden {answered, plural, one {Ihre # Antwort} other {Ihre # Antworten}}, Ihre Werte und alle Angaben zur Person, die Sie gemacht haben, endgültig gelöscht. Die Organisation, die Sie eingeladen hat, sieht Ihre Ergebnisse dann nicht mehr. Das lässt sich nicht rückgängig machen.",
  "delete.confirm": "Ja, alles löschen",
  "delete.pending": "Wird gelöscht…",
  "delete.keep": "Meine Daten behalten",
  "delete.done":
    "Ihre Antworten, Ihre Werte und Ihre Angaben zur Person wurden gelöscht. Der Link funktioniert nicht mehr.",
  "link.deleted":
    "Der Fragebogen zu diesem Link wurde samt Antworten und Ergebnissen gelöscht, daher gibt es nichts mehr anzuzeigen. Falls Sie das nicht erwartet haben, wenden Sie sich an die Organisation, die Sie eingeladen hat.",
  "email.greeting": "Hallo {name},",
  "email.invite.subject": "{organization} lädt Sie zu einem kurzen Fragebogen für die Stelle {role} ein",
  "email.invite.body":
    "Im Rahmen Ihrer Bewerbung als {role} lädt {organization} Sie zu einem Fragebogen von etwa {minutes} Minuten ein. Darin geht es darum, wie Sie im Vertrieb und im Marketing am liebsten arbeiten.",
  "email.invite.start":
    "Hier geht es los (der Link ist bis {expires} gültig; Sie können unterbrechen und über ihn zurückkehren):",
  "email.invite.automated":
    "Dies ist eine automatisierte Einschätzung. Sie ist ein Faktor unter mehreren, und jede Entscheidung trifft ein Mensch.",
  "email.invite.replyAccommodation":
    "Wenn Sie eine Anpassung oder ein anderes Verfahren benötigen, antworten Sie auf diese E-Mail (sie geht an {replyTo}); Ihre Anfrage wird Ihnen nicht zum Nachteil ausgelegt.",
  "email.invite.contactAccommodation":
    "Wenn Sie eine Anpassung oder ein anderes Verfahren benötigen: {contact}. Sie können auch auf diese E-Mail antworten (sie geht an {replyTo}). Ihre Anfrage wird Ihnen nicht zum Nachteil ausgelegt.",
  "email.reminder.subject": "Erinnerung: Fragebogen von {organization} für die Stelle {role}",
  "email.reminder.body":
    "Zur Erinnerung: {organization} hat Sie im Rahmen Ihrer Bewerbung als {role} zu einem Fragebogen eingeladen. Sie haben ihn noch nicht abgeschlossen. Der Link ist bis {expires} gültig, und Sie können dort weitermachen, wo Sie aufgehört haben:",
  "email.reminder.ignore":
    "Wenn Sie nicht mehr teilnehmen möchten, können Sie diese E-Mail ignorieren; sobald der Link abgelaufen ist, erhalten Sie keine weiteren Erinnerungen.",
};
