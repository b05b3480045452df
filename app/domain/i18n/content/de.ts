// German text of the candidate report's prose (traits, report levels, tasks, role names), written
// from the English in instrument/traits.ts, fit/report-content.ts, instrument/tasks.ts and fit/templates.ts.
import type { CandidateContent } from "./types";

export const DE_CONTENT: CandidateContent = {
  traits: {
    "rejection-resilience": {
      name: "Widerstandskraft bei Absagen",
      definition:
        "Geht weiter auf Menschen zu und bleibt gefasst, auch wenn viele ablehnen, eine Nachricht ignorieren oder einen Termin absagen.",
      high: "Versteht eine Absage als Information über diesen einen Kontakt, nicht über sich selbst. Beginnt noch am selben Tag das nächste Gespräch mit derselben Energie.",
      low: "Empfindet wiederholte Absagen als kräftezehrend und braucht Zeit, um sich davon zu erholen. Bevorzugt oft Aufgaben, bei denen der eigene Einsatz nicht danach bewertet wird, ob fremde Menschen Ja oder Nein sagen.",
    },
    "closing-drive": {
      name: "Abschlussstärke",
      definition:
        "Fragt nach einer klaren Zusage, verhandelt Konditionen und führt ein Geschäft bis zum unterschriebenen Vertrag.",
      high: "Benennt in jedem Gespräch den nächsten Schritt und einen Termin dafür. Verhandelt ruhig und fühlt sich wohl dabei, die Kundenseite um eine Entscheidung zu bitten.",
      low: "Lässt die Kundenseite lieber selbst entscheiden, wann sie so weit ist. Beendet einen Termin unter Umständen ohne vereinbarten nächsten Schritt oder gibt bei Konditionen nach, um Spannungen zu vermeiden.",
    },
    discovery: {
      name: "Bedarfsanalyse",
      definition:
        "Qualifiziert Leads, findet heraus, wer entscheidet, und ermittelt Probleme, Ziele und den Stand im Kaufprozess auf Kundenseite, bevor etwas angeboten wird.",
      high: "Stellt anfangs viele offene Fragen und hört mehr zu, als selbst zu sprechen. Weiß, wer unterschreibt, wie hoch das Budget ist und warum die Kundenseite gerade jetzt handeln will.",
      low: "Geht schnell dazu über, das Produkt vorzustellen. Erfährt unter Umständen erst spät im Verkaufsprozess, dass eine wichtige Person nicht einbezogen war oder der Bedarf ein anderer war.",
    },
    persuasion: {
      name: "Überzeugungskraft und Einwandbehandlung",
      definition:
        "Hilft dem einzelnen Gegenüber, sich vorzustellen, wie die Lösung das eigene Problem löst, und beantwortet Bedenken ehrlich und überzeugend.",
      high: "Verknüpft jede Funktion mit den eigenen Zielen des Gegenübers. Begrüßt Einwände als Fragen, die es zu beantworten gilt, und antwortet mit Fakten und Beispielen.",
      low: "Beschreibt das Produkt jedem Gegenüber auf die gleiche Weise. Verstummt unter Umständen oder gibt nach, wenn die Kundenseite widerspricht.",
    },
    "pipeline-discipline": {
      name: "Pipeline-Disziplin",
      definition:
        "Organisiert Zeit und Vertriebsgebiet, hält die Daten zu Verkaufschancen aktuell und erstellt genaue Prognosen und Berichte.",
      high: "Plant die Woche rund um die vielversprechendsten Accounts. Hält Notizen und Verkaufsphasen aktuell und gibt Prognosen ab, die nah am tatsächlichen Ergebnis liegen.",
      low: "Arbeitet an dem, was sich gerade am dringendsten anfühlt. Einträge und Prognosen kommen oft verspätet oder sind zu optimistisch, was dem Team die Planung erschwert.",
    },
    "creative-ideation": {
      name: "Kreative Ideenfindung",
      definition:
        "Entwickelt neue Ideen für Kampagnen, Botschaften und Blickwinkel, mit denen sich ein Produkt von anderen abhebt.",
      high: "Entwickelt schnell viele Ideen und macht daraus konkrete Konzepte. Sucht nach einem Ansatz, den die Konkurrenz noch nicht genutzt hat.",
      low: "Verbessert lieber bewährte Ideen, als neue zu erfinden. Arbeitet am besten, wenn das Konzept bereits feststeht.",
    },
    "market-research": {
      name: "Marktforschung und Analyse",
      definition:
        "Untersucht Märkte, Kundschaft und Wettbewerb anhand von Daten und leitet aus den Ergebnissen klare Schlussfolgerungen ab.",
      high: "Prüft Annahmen vor dem Handeln anhand von Daten. Kennt die Größe des Marktes, weiß, wer die Wettbewerber sind und wie die Kundschaft sie miteinander vergleicht.",
      low: "Verlässt sich eher auf Erfahrung und Gespür als auf Recherche. Empfindet lange Analysen unter Umständen als zäh oder abstrakt.",
    },
    storytelling: {
      name: "Storytelling für ein breites Publikum",
      definition:
        "Erklärt das Produkt einem großen Publikum verständlich, über die Website, Produktmaterialien, Präsentationen und soziale Medien.",
      high: "Schreibt und gestaltet Botschaften, die auch fremde Menschen beim ersten Lesen verstehen. Passt eine Geschichte an viele Kanäle und Formate an.",
      low: "Kommuniziert am besten im direkten Austausch oder im Gespräch. Kommt beim Schreiben für ein breites, unbekanntes Publikum nur langsam voran.",
    },
    "product-strategy": {
      name: "Produkt- und Preisstrategie",
      definition:
        "Entscheidet mit Blick auf den Gewinn, was das Produkt sein soll, für wen es gedacht ist, wo es verkauft wird und zu welchem Preis.",
      high: "Denkt an das gesamte Angebot: Funktionen, Pakete, Preis und Vertriebskanal. Beurteilt anhand von Zahlen, ob ein Produkt profitabel sein wird.",
      low: "Arbeitet lieber mit Produkt und Preisen, wie sie sind. Überlässt Entscheidungen über das Angebot anderen.",
    },
    "demand-generation": {
      name: "Nachfragegenerierung",
      definition:
        "Sorgt über Kanäle und Kampagnen für einen stetigen Zustrom an Kaufinteressierten und misst, welche Kanäle und Kampagnen wirken.",
      high: "Führt viele kleine Kampagnen durch, verfolgt Kosten und Ergebnisse je Kanal und verlagert Budget dorthin, wo es wirkt.",
      low: "Bevorzugt einzelne große Projekte gegenüber ständigem Testen. Kann unter Umständen nur schwer sagen, welche Aktivität welchen Lead gebracht hat.",
    },
    "customer-feedback": {
      name: "Zusammenarbeit bei Kundenfeedback",
      definition:
        "Hört der Kundschaft und dem jeweils anderen Team zu und hält die Botschaft gemeinsam mit ihnen aktuell, statt sie im Alleingang zu ändern.",
      high: "Trägt Rückmeldungen der Kundschaft zu dem Team, das für die Botschaft verantwortlich ist. Schlägt Änderungen offen vor und stimmt sie ab, bevor sie eingesetzt werden.",
      low: "Arbeitet vor allem innerhalb des eigenen Teams. Nutzt entweder weiter altes Material oder passt es stillschweigend an den eigenen Stil an.",
    },
  },
  report: {
    "rejection-resilience": {
      high: {
        strength:
          "Sie machen weiter, wenn Menschen Nein sagen. Eine Absage scheint Ihnen etwas über die Situation des Gegenübers zu sagen, nicht über Sie selbst.",
        growth:
          "Achten Sie darauf, dass Ihre Beharrlichkeit respektvoll bleibt: Legen Sie für sich fest, ab wann Sie jemanden nicht mehr kontaktieren, und lernen Sie aus wiederkehrenden Mustern bei den Absagen.",
      },
      mid: {
        strength:
          "Sie kommen mit einem guten Maß an Ablehnung zurecht, besonders wenn Sie von Ihrem Angebot überzeugt sind.",
        growth:
          "Eine feste tägliche Routine für die Kontaktaufnahme und eine kurze Pause nach einem schwierigen Gespräch können lange Phasen mit vielen Absagen leichter machen.",
      },
      low: {
        strength:
          "Ihnen ist wichtig, wie andere auf Sie reagieren. Das macht Sie oft rücksichtsvoll und sorgfältig im Umgang mit Beziehungen.",
        growth:
          "Wenn Sie in eine Rolle mit viel Kontaktaufnahme wechseln, setzen Sie sich kleine Aktivitätsziele und zählen Sie Versuche statt Ergebnisse. Rollen, in denen Menschen auf Sie zukommen, passen möglicherweise besser zu Ihnen.",
      },
    },
    "closing-drive": {
      high: {
        strength:
          "Sie bringen Entscheidungen voran. Sie fragen nach einer Zusage und verhandeln mit einer klaren Vorstellung davon, was Sie brauchen.",
        growth:
          "Prüfen Sie, ob die Kundenseite wirklich bereit ist; ein Abschluss unter Druck wird später leicht wieder storniert. Üben Sie, nach Ihrer Frage bewusst zu schweigen.",
      },
      mid: {
        strength:
          "Sie fragen nach Entscheidungen, wenn der Moment passend erscheint, und können verhandeln, wenn Sie sich vorbereitet haben.",
        growth:
          "Beenden Sie jeden Termin mit einem vereinbarten nächsten Schritt und einem Datum. Legen Sie vor jeder Verhandlung fest, ab welchem Punkt Sie die Verhandlung abbrechen würden.",
      },
      low: {
        strength:
          "Sie lassen anderen Raum für ihre Entscheidung. Das schafft Vertrauen in langfristigen Beziehungen.",
        growth:
          "Üben Sie eine einfache Abschlussfrage, zum Beispiel: „Was bräuchten Sie, um bis Freitag zu entscheiden?“ Arbeiten Sie mit jemandem aus Ihrem Team zusammen, der gerne verhandelt.",
      },
    },
    discovery: {
      high: {
        strength:
          "Sie finden heraus, was die Kundenseite wirklich braucht, wer entscheidet und wie dort eingekauft wird, bevor Sie etwas anbieten.",
        growth:
          "Teilen Sie, was Sie erfahren: Ihre Notizen über die Kundschaft sind auch für Marketing- und Produktteams wertvoll.",
      },
      mid: {
        strength: "Sie stellen gute Fragen, wenn Sie Zeit haben, sie vorzubereiten.",
        growth:
          "Bereiten Sie vor jedem Termin drei offene Fragen vor und lassen Sie Ihr Gegenüber zuerst sprechen. Fragen Sie immer, wer sonst noch beteiligt ist.",
      },
      low: {
        strength: "Sie kommen gern schnell auf den Punkt und zeigen, was Sie zu bieten haben.",
        growth:
          "Stellen Sie vor Ihrer Präsentation eine Frage zum Problem und eine dazu, wer entscheidet. Das spart später Zeit.",
      },
    },
    persuasion: {
      high: {
        strength:
          "Sie helfen einzelnen Personen zu erkennen, wie eine Lösung zu ihren Zielen passt, und sehen Einwände als Fragen, auf die Sie eine Antwort geben.",
        growth:
          "Bleiben Sie bei Ihren Aussagen ehrlich und konkret; Ihre Überzeugungskraft ist am größten, wenn sie durch Beispiele gestützt wird, die die Kundschaft überprüfen kann.",
      },
      mid: {
        strength: "Sie können überzeugend argumentieren, wenn Sie das Produkt und Ihr Gegenüber gut kennen.",
        growth:
          "Schreiben Sie die fünf Einwände auf, die Sie am häufigsten hören, und bereiten Sie für jeden eine Antwort mit einem Beispiel vor.",
      },
      low: {
        strength:
          "Sie stellen Informationen ausgewogen dar und lassen andere sich selbst eine Meinung bilden.",
        growth:
          "Versuchen Sie, jede Funktion mit einem Ziel zu verbinden, das Ihr Gegenüber Ihnen genannt hat. Fragen Sie zu einem Einwand nach, bevor Sie ihn beantworten.",
      },
    },
    "pipeline-discipline": {
      high: {
        strength:
          "Sie planen Ihre Zeit, halten Ihre Einträge aktuell und geben Prognosen ab, auf die sich andere verlassen können.",
        growth:
          "Teilen Sie Ihr System; Teams profitieren davon, wenn andere es übernehmen. Lassen Sie in Ihrer Planung etwas Raum für unerwartete Chancen.",
      },
      mid: {
        strength: "Sie halten Ordnung, wenn klar ist, was auf dem Spiel steht.",
        growth:
          "Eine feste wöchentliche Durchsicht aller offenen Vorgänge, jeweils mit nächstem Schritt und Datum, würde Ihre Prognosen verlässlicher machen.",
      },
      low: {
        strength: "Sie reagieren schnell auf das, was direkt vor Ihnen geschieht.",
        growth:
          "Fangen Sie klein an: Aktualisieren Sie Ihre Einträge am Ende jedes Tages und planen Sie jeden Montag Ihre drei wichtigsten Accounts.",
      },
    },
    "creative-ideation": {
      high: {
        strength:
          "Sie entwickeln viele Ideen und neue Blickwinkel und machen gern aus schlichten Produktmerkmalen interessante Botschaften.",
        growth:
          "Verbinden Sie Ihre Ideen mit einfachen Tests, damit sich die besten aufgrund von Belegen durchsetzen und nicht nur aufgrund von Begeisterung.",
      },
      mid: {
        strength:
          "Sie können neue Ideen beisteuern, besonders wenn Sie auf einem klaren Ausgangspunkt aufbauen.",
        growth:
          "Schreiben Sie zehn Varianten einer Überschrift, bevor Sie sich für eine entscheiden; Menge führt oft zu Qualität.",
      },
      low: {
        strength:
          "Sie bevorzugen bewährte Ansätze und verbessern sie sorgfältig. Das sorgt für gleichbleibende Qualität.",
        growth:
          "Bitten Sie andere um ein paar grobe Ideen und nutzen Sie Ihre Stärke, um die beste davon zu verfeinern.",
      },
    },
    "market-research": {
      high: {
        strength:
          "Sie prüfen Annahmen anhand von Daten und können aus Recherchen klare Schlussfolgerungen ziehen.",
        growth:
          "Setzen Sie sich ein Zeitlimit für die Recherche, damit Entscheidungen nicht verzögert werden; sagen Sie dazu, wie sicher Sie sich sind.",
      },
      mid: {
        strength: "Sie nutzen Daten, wenn sie verfügbar sind, und können sie gegen Ihre Erfahrung abwägen.",
        growth:
          "Suchen Sie vor einer großen Entscheidung nach einer unabhängigen Quelle, die Ihre Annahme widerlegen könnte.",
      },
      low: {
        strength:
          "Sie handeln aus Erfahrung und Gespür heraus. Das hilft, wenn es auf Schnelligkeit ankommt.",
        growth:
          "Bitten Sie bei Entscheidungen, die sich nur schwer rückgängig machen lassen, vorher jemanden, die Zahlen zu prüfen.",
      },
    },
    storytelling: {
      high: {
        strength:
          "Sie erklären das Produkt über viele Kanäle hinweg verständlich, auch Menschen, denen Sie nie begegnet sind.",
        growth:
          "Halten Sie die Geschichte aktuell: Fragen Sie den Vertrieb, auf welche Teile die Kundschaft reagiert, und überarbeiten Sie sie gemeinsam.",
      },
      mid: {
        strength: "Sie können das Produkt verständlich erklären, sobald Sie Ihre Zielgruppe kennen.",
        growth:
          "Bitten Sie jemanden außerhalb Ihres Fachgebiets, Ihren nächsten Beitrag zu lesen und Ihnen die eine Sache zu nennen, die in Erinnerung geblieben ist.",
      },
      low: {
        strength:
          "Sie kommunizieren am besten im Gespräch und passen das, was Sie sagen, an Ihr jeweiliges Gegenüber an.",
        growth:
          "Geben Sie die Erklärungen, die in Ihren Gesprächen funktionieren, als Notizen an die Personen weiter, die die Materialien erstellen.",
      },
    },
    "product-strategy": {
      high: {
        strength:
          "Sie denken an das gesamte Angebot: was das Produkt ist, für wen es gedacht ist, wo es verkauft wird und zu welchem Preis.",
        growth:
          "Testen Sie Ihre Ideen zu Preisen und Paketen mit echten Kundinnen und Kunden, bevor sie zur festen Regel werden.",
      },
      mid: {
        strength:
          "Sie verstehen, wie sich Produkt- und Preisentscheidungen auf Kundschaft und Gewinn auswirken.",
        growth:
          "Bieten Sie an, eine Änderung bei Preisen oder Paketen zu prüfen, und erstellen Sie ein einfaches Modell ihrer Auswirkungen.",
      },
      low: {
        strength:
          "Sie arbeiten gut mit Produkt und Preisen, wie sie sind, und konzentrieren sich darauf, sie zu nutzen.",
        growth:
          "Lernen Sie die grundlegenden Kennzahlen Ihres Produkts (Preis, Kosten, Marge), damit Sie der Kundschaft Abwägungen erklären können.",
      },
    },
    "demand-generation": {
      high: {
        strength:
          "Sie sorgen für einen stetigen Zustrom an Kaufinteressierten und messen, welche Kanäle funktionieren.",
        growth:
          "Stimmen Sie mit dem Vertrieb ab, was ein guter Lead ist, damit Ihre Zahlen das messen, was für den Umsatz zählt.",
      },
      mid: {
        strength: "Sie führen Kampagnen durch und sehen sich die Ergebnisse an, wenn das leicht möglich ist.",
        growth:
          "Wählen Sie pro Kampagne eine Kennzahl, zum Beispiel die Kosten pro qualifiziertem Lead, und prüfen Sie sie jede Woche.",
      },
      low: {
        strength: "Sie bevorzugen tiefgehende, einzelne Projekte gegenüber ständigem Testen.",
        growth:
          "Wenn Ihre Rolle mit Kampagnen zu tun hat, bitten Sie um einen einfachen Ergebnisbericht und sehen Sie ihn sich monatlich an.",
      },
    },
    "customer-feedback": {
      high: {
        strength:
          "Sie hören der Kundschaft und dem anderen Team zu und halten die gemeinsame Botschaft zusammen aktuell.",
        growth:
          "Machen Sie Ihren regelmäßigen Umgang mit Feedback sichtbar: Eine kurze monatliche Zusammenfassung hilft anderen, Ihrem Beispiel zu folgen.",
      },
      mid: {
        strength: "Sie geben Kundenfeedback weiter, wenn es Ihnen wichtig erscheint.",
        growth:
          "Halten Sie laufend fest, was die Kundschaft sagt, und teilen Sie diese Notizen jeden Monat mit dem anderen Team.",
      },
      low: {
        strength:
          "Sie konzentrieren sich auf die Arbeit Ihres eigenen Teams und erledigen sie selbstständig.",
        growth:
          "Bevor Sie gemeinsam genutztes Material ändern, sagen Sie der verantwortlichen Person, warum; bevor Sie eine Beschwerde unbeachtet lassen, geben Sie sie weiter.",
      },
    },
  },
  tasks: {
    "sales-territory": "Zeit und Vertriebsgebiet planen, Prognosen erstellen und berichten",
    "sales-qualify": "Leads qualifizieren",
    "sales-decision-makers": "Schlüsselpersonen und Entscheidungstragende finden",
    "sales-needs": "Probleme, Bedarf und Ziele der Kundenseite ermitteln",
    "sales-buying-cycle": "Herausfinden, wo die Kundenseite im Kaufprozess steht",
    "sales-vision": "Der Kundenseite zeigen, wie die Lösung bei ihr funktionieren würde",
    "sales-objections": "Einwände behandeln",
    "sales-negotiate": "Den Vertrag verhandeln",
    "sales-close": "Den Verkauf abschließen und den Vertrag unterschreiben lassen",
    "mkt-research": "Den Markt untersuchen",
    "mkt-target": "Den Zielmarkt auswählen",
    "mkt-product-definition": "Das Produkt definieren",
    "mkt-competition": "Den Wettbewerb analysieren",
    "mkt-pricing": "Produktpreise festlegen",
    "mkt-communication": "Das Produkt bewerben: Werbung, Website, soziale Medien",
    "mkt-collateral": "Produktmaterialien und Präsentationen erstellen",
    "mkt-leads": "Leads generieren",
    "mkt-profitability": "Das Produkt profitabel halten",
    "p-product": "Produkt: das richtige Produkt für die Zielkundschaft entwickeln",
    "p-place": "Distribution: das Produkt dorthin bringen, wo die Kundschaft kauft",
    "p-promotion": "Kommunikation: die Zielkundschaft über das Produkt informieren",
    "p-price": "Preis: den Preis finden, der für Kundschaft und Unternehmen passt",
  },
  templates: {
    sdr: {
      name: "Sales Development Representative (SDR, Neukundenakquise)",
      summary:
        "Beginnt Gespräche mit vielen Menschen, die nicht um eine Kontaktaufnahme gebeten haben, und vereinbart qualifizierte Termine für Account Executives; die meisten Versuche enden ohne Antwort oder mit einer Absage.",
    },
    "ae-transactional": {
      name: "Account Executive, transaktionaler Vertrieb",
      summary:
        "Führt viele kurze Verkaufszyklen mit ein oder zwei Entscheidungstragenden; erfolgreich ist, wer schnell vom Interesse zum unterschriebenen Auftrag kommt.",
    },
    "ae-enterprise": {
      name: "Account Executive, Enterprise (Großkunden)",
      summary:
        "Führt lange, beratungsintensive Verkaufsprozesse mit vielen beteiligten Personen auf Kundenseite; erfolgreich ist, wer das Geschäft der Kundenseite besser versteht als der Wettbewerb.",
    },
    "sales-manager": {
      name: "Vertriebsleitung (Sales Manager)",
      summary:
        "Führt ein Vertriebsteam: legt Vertriebsgebiete fest, coacht das Team bei laufenden Verkaufschancen, erstellt Prognosen für das Unternehmen und sorgt dafür, dass die Botschaft des Teams mit dem Marketing abgestimmt bleibt.",
    },
    "account-manager": {
      name: "Account Manager (Bestandskundenbetreuung)",
      summary:
        "Betreut bestehende Kundschaft: kümmert sich um Vertragsverlängerungen, um Wachstum innerhalb der Accounts und darum, dass die Bedürfnisse der Kundschaft im Unternehmen ankommen.",
    },
    "product-marketing-manager": {
      name: "Product Marketing Manager",
      summary:
        "Positioniert das Produkt: für wen es gedacht ist, wodurch es Alternativen überlegen ist und wie die Botschaft lautet; stattet anschließend den Vertrieb mit Materialien aus, die aktuell bleiben.",
    },
    "content-brand-marketer": {
      name: "Content & Brand Marketing Manager",
      summary:
        "Entwickelt die Geschichten, Artikel, Videos und das visuelle Erscheinungsbild, durch die Menschen auf das Unternehmen aufmerksam werden und es im Gedächtnis behalten.",
    },
    "demand-gen-marketer": {
      name: "Demand Generation Manager (Leadgenerierung)",
      summary:
        "Füllt die Pipeline: führt Kampagnen über mehrere Kanäle durch, misst die Kosten pro Lead und verlagert Budget dorthin, wo es wirkt.",
    },
    "market-researcher": {
      name: "Market Research Analyst (Marktforschung)",
      summary:
        "Findet heraus, wie groß Märkte sind, wer kauft und warum und wie die Wettbewerber im Vergleich abschneiden, und leitet daraus klare Empfehlungen ab.",
    },
    "founding-gtm-hybrid": {
      name: "Founding Go-to-Market Hybrid (erste Rolle für Vertrieb und Marketing)",
      summary:
        "Die erste Person, die ein junges Unternehmen für Vertrieb und Marketing einstellt: schließt die ersten Geschäfte ab und baut das erste Marketing auf, oft in derselben Woche. Nur wenige Menschen sind in beidem stark; dieses Rollenprofil sucht gezielt nach ihnen.",
    },
    "vp-sales-marketing": {
      name: "VP Sales & Marketing (Leitung Vertrieb und Marketing)",
      summary:
        "Führt beide Bereiche unter einer gemeinsamen Leitung: legt Ziele, Budgets und Struktur fest und sorgt dafür, dass beide Teams mit derselben, aktuellen Botschaft arbeiten.",
    },
  },
};
