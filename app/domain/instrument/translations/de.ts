// German text of the instrument's statements, options and scenarios, keyed like the English
// (app/domain/instrument/translations/index.ts lists the keys). Written, not machine-translated:
// same meaning, direction and reading level as the English.
import type { ItemTexts } from "./types";

export const DE_ITEM_TEXTS: ItemTexts = {
  "rr-01":
    "Wenn Interessierte Nein sagen, kontaktiere ich ohne lange Pause die nächste Person auf meiner Liste.",
  "rr-02":
    "Wenn jemand mein Angebot ablehnt, sehe ich das als Aussage über die Situation dieser Person, nicht über mich.",
  "rr-03":
    "Ich kann zehn Nachrichten verschicken, auf die keine Antwort kommt, und die elfte trotzdem sorgfältig schreiben.",
  "rr-04": "Ich halte mich an meinen wöchentlichen Akquiseplan, auch in einer Woche, in der niemand Ja sagt.",
  "rr-05": "Ich bleibe höflich und ruhig, wenn jemand meine Anfrage mit einem schroffen Nein beantwortet.",
  "rr-06":
    "Wenn mich viele Leute hintereinander ignorieren, schiebe ich es hinaus, noch jemand anderen zu kontaktieren.",
  "rr-07": "Ich meide Tätigkeiten, bei denen die meisten meiner Anfragen abgelehnt werden.",
  "rr-08": "Nach einer Absage denke ich noch den ganzen restlichen Tag darüber nach.",
  "rr-09": "Eine einzige Ablehnung kann mir bis zum Abend die Laune verderben.",
  "rr-10":
    "Ich warte lieber, bis Leute von sich aus auf mich zukommen, als Personen zu kontaktieren, die nicht darum gebeten haben, von mir zu hören.",
  "rr-11": "Ich bin bereit, Interessierte einige Monate nach ihrer Absage erneut zu kontaktieren.",
  "rr-12":
    "Wenn ein Verkaufsgespräch scheitert, bin ich bereit, am nächsten Tag einen neuen Ansatz auszuprobieren.",
  "rr-13": "Personen zu kontaktieren, die vielleicht nichts von mir hören wollen, ist mir sehr unangenehm.",
  "rr-14":
    "Wenn ich an einem Tag oft ein Nein höre, hält mich das nicht davon ab, meine Aktivitätsziele zu erreichen.",
  "cd-01": "Ich beende jeden Kundentermin, indem ich einen nächsten Schritt und ein Datum dafür vereinbare.",
  "cd-02": "Es fällt mir leicht, die Kundschaft zu bitten, noch heute eine Entscheidung zu treffen.",
  "cd-03": "Wenn ein Geschäft fast vereinbart ist, dränge ich auf die Unterschrift, statt abzuwarten.",
  "cd-04": "In einer Verhandlung verlange ich eine Gegenleistung, bevor ich einen Rabatt gewähre.",
  "cd-05": "Ich mag Tätigkeiten, bei denen Erfolg an unterschriebenen Verträgen gemessen wird.",
  "cd-06": "Ich finde es unangenehm, die Kundschaft um eine verbindliche Zusage zu bitten.",
  "cd-07":
    "Ich überlasse lieber der Kundschaft, wann sie unterschreibt, als sie um die Unterschrift zu bitten.",
  "cd-08": "Wenn die Kundenseite zögert, frage ich, was sie von einer Entscheidung abhält.",
  "cd-09":
    "Um Spannungen in einer Verhandlung zu vermeiden, akzeptiere ich oft die ersten Bedingungen, die die Gegenseite vorschlägt.",
  "cd-10":
    "Ich verfolge bei jedem Geschäft, was die Kundenseite vor der Unterschrift noch erledigen muss, und hake bei jedem Schritt nach.",
  "cd-11": "Ich verlasse Kundentermine oft, ohne zu wissen, wie es weitergeht.",
  "cd-12": "Preisverhandlungen sind mir so unangenehm, dass ich sie lieber jemand anderem überlasse.",
  "cd-13":
    "Ich lege für jede Unterschrift einen Zieltermin fest und plane die Schritte von diesem Termin aus rückwärts.",
  "cd-14":
    "Wenn die Kundenseite sagt, dass sie mehr Zeit braucht, warte ich, bis sie sich wieder bei mir meldet.",
  "dc-01": "Bevor ich eine Lösung vorschlage, frage ich die Kundschaft, welches Problem sie lösen möchte.",
  "dc-02":
    "Schon früh im Verkaufsprozess finde ich heraus, wer sonst noch an der Entscheidung beteiligt ist.",
  "dc-03": "Ich frage nach Budget und Zeitplan, bevor ich viel Zeit in Interessierte investiere.",
  "dc-04":
    "Ich stelle so lange Nachfragen, bis ich verstehe, warum die Kundschaft gerade jetzt handeln will.",
  "dc-05": "In einem ersten Kundengespräch rede ich viel weniger als mein Gegenüber.",
  "dc-06":
    "Bevor ich etwas präsentiere, finde ich heraus, wie viel die Kundenseite bereits selbst recherchiert hat.",
  "dc-07": "Sobald ein Termin beginnt, fange ich an, das Produkt zu erklären.",
  "dc-08": "Ich gehe davon aus, dass die Person, mit der ich spreche, auch die Entscheidung trifft.",
  "dc-09": "Detaillierte Fragen zum Geschäft der Kundschaft finde ich mühsam.",
  "dc-10": "Ich schicke lieber allen Leads Informationen, als zu prüfen, welche davon gut passen.",
  "dc-11":
    "Ich stelle sicher, dass ich das Problem der Kundschaft verstehe, bevor ich über unser Produkt spreche.",
  "dc-12":
    "Ich erfahre oft erst spät im Verkaufsprozess von einem Bedarf, den die Kundenseite von Anfang an hatte.",
  "dc-13": "Ich notiere die Ziele meiner Kundschaft jeweils in ihren eigenen Worten.",
  "dc-14": "Es ist mir unangenehm, die Kundschaft nach Problemen in ihrem Geschäft zu fragen.",
  "pe-01": "Ich erkläre unser Produkt anhand der Ziele, die mir die Kundschaft genannt hat.",
  "pe-02":
    "Wenn die Kundenseite Bedenken äußert, antworte ich mit einer Tatsache oder einem Beispiel aus unserer übrigen Kundschaft.",
  "pe-03":
    "Ich sehe einen Einwand als Zeichen dafür, dass die Kundenseite ernsthaft über einen Kauf nachdenkt.",
  "pe-04":
    "Ich helfe der Kundschaft, sich vorzustellen, wie sich ihre Arbeit verändern würde, sobald sie das Produkt nutzt.",
  "pe-05":
    "Wenn die Kundenseite sagt, der Preis sei zu hoch, erkläre ich den Nutzen, bevor ich über Rabatte spreche.",
  "pe-06": "Wenn die Kundenseite mir widerspricht, neige ich dazu, den Punkt fallen zu lassen.",
  "pe-07": "Ich beschreibe das Produkt in jedem Kundengespräch auf die gleiche Weise.",
  "pe-08":
    "Es fällt mir schwer zu reagieren, wenn die Kundenseite uns mit günstigerer Konkurrenz vergleicht.",
  "pe-09": "Ich bereite Antworten auf die Bedenken vor, die von der Kundschaft am häufigsten kommen.",
  "pe-10": "Ich stelle Fragen, um einen Einwand zu verstehen, bevor ich darauf antworte.",
  "pe-11": "Ich meide Termine, bei denen ich mit Widerspruch von der Kundenseite rechne.",
  "pe-12": "Es fällt mir schwer zu erklären, warum unser Produkt seinen Preis wert ist.",
  "pe-13":
    "Wenn ich merke, dass die Kundenseite nicht überzeugt ist, ändere ich die Art, wie ich Dinge erkläre.",
  "pe-14": "Wenn die Kundenseite meine Aussagen infrage stellt, lasse ich den Punkt meist auf sich beruhen.",
  "pl-01":
    "Ich aktualisiere meine Aufzeichnungen zu jedem Geschäft oder jeder Aufgabe noch am selben Tag, an dem sich etwas ändert.",
  "pl-02":
    "Zu Beginn jeder Woche plane ich, welche Accounts oder Aufgaben den Großteil meiner Zeit verdienen.",
  "pl-03":
    "In einer Prognose zähle ich nur die Geschäfte, bei denen die Kundenseite einem nächsten Schritt zugestimmt hat.",
  "pl-04": "Ich führe eine Liste aller offenen Verkaufschancen mit dem jeweils nächsten Schritt und Datum.",
  "pl-05":
    "Jede Woche gehe ich meine offenen Vorgänge durch und schließe die ab, bei denen sich nichts mehr tut.",
  "pl-06": "Ich melde schlechte Nachrichten zu einem Geschäft, sobald ich davon weiß.",
  "pl-07": "Ich verbringe meine Zeit mit dem, was sich an diesem Tag am dringendsten anfühlt.",
  "pl-08": "Ich aktualisiere Aufzeichnungen nur, wenn mich jemand darum bittet.",
  "pl-09": "Meine Prognosen fallen meist optimistischer aus als das endgültige Ergebnis.",
  "pl-10":
    "Meine Woche zu planen, fühlt sich für mich wie Zeit an, die der eigentlichen Arbeit verloren geht.",
  "pl-11": "Ich verteile meine Zeit auf die Accounts danach, wie viel Umsatz jeder einzelne bringen könnte.",
  "pl-12":
    "Ich verliere oft den Überblick über Zusagen, die ich gegenüber der Kundschaft oder im Team gemacht habe.",
  "pl-13":
    "Ich schreibe auf, was in einem Termin vereinbart wurde, bevor ich mit der nächsten Aufgabe beginne.",
  "pl-14": "Berichte aktuell zu halten, fühlt sich für mich wie eine Ablenkung vom Verkaufen an.",
  "ci-01":
    "Wenn ich eine Kampagne oder ein Projekt beginne, schreibe ich viele mögliche Ideen auf, bevor ich mich für eine entscheide.",
  "ci-02": "Ich suche nach einem Blickwinkel auf ein Produkt, den die Konkurrenz noch nicht genutzt hat.",
  "ci-03":
    "Es macht mir Spaß, aus einer schlichten Produkteigenschaft eine interessante Botschaft zu machen.",
  "ci-04": "Ich bringe oft neue Ideen in Teambesprechungen ein.",
  "ci-05":
    "Ich kombiniere Ideen aus Bereichen, die nichts miteinander zu tun haben, um etwas Neues zu schaffen.",
  "ci-06": "Ideen für Kampagnen bekomme ich durch alltägliche Dinge, die ich sehe, höre oder lese.",
  "ci-07":
    "Ich verwende lieber eine Botschaft wieder, die schon einmal funktioniert hat, als eine neue auszuprobieren.",
  "ci-08": "Wenn ich nach neuen Ideen gefragt werde, fällt es mir schwer, mehr als eine oder zwei zu finden.",
  "ci-09":
    "Ich fühle mich wohler dabei, die Idee einer anderen Person zu verbessern, als mit einem leeren Blatt anzufangen.",
  "ci-10": "Ich finde Sitzungen zum Sammeln neuer Ideen anstrengend und wenig nützlich.",
  "ci-11": "Ich entwerfe schnell mehrere Versionen einer Überschrift, bevor ich eine auswähle.",
  "ci-12":
    "Ich probiere ungewöhnliche Formate aus, etwa ein kurzes Video oder ein interaktives Tool, um Aufmerksamkeit zu gewinnen.",
  "ci-13": "Mir fällt selten mehr als eine Idee für eine Kampagne ein.",
  "ci-14": "Ich halte mich bei Präsentationen und Botschaften an das übliche Format.",
  "mr-01":
    "Bevor ich entscheide, wen wir ansprechen, suche ich nach Daten zur Größe der einzelnen Kundengruppen.",
  "mr-02": "Ich lese die Websites und Preislisten der Konkurrenz, um zu sehen, wie sie sich präsentiert.",
  "mr-03": "Ich prüfe eine Annahme mit Daten, bevor ich danach handle.",
  "mr-04":
    "Es macht mir Spaß, Kundschaft zu interviewen oder zu befragen, um zu erfahren, wie sie Kaufentscheidungen trifft.",
  "mr-05": "Ich fasse Rechercheergebnisse für andere in wenigen klaren Schlussfolgerungen zusammen.",
  "mr-06": "Ich halte fest, was die Konkurrenz im Laufe der Zeit ändert.",
  "mr-07": "Ich prüfe, woher eine Zahl stammt, bevor ich sie verwende.",
  "mr-08": "Ich vertraue meiner eigenen Erfahrung mehr als Marktdaten.",
  "mr-09": "Ich finde es mühsam, Berichte und Datentabellen zu lesen.",
  "mr-10": "Ich mache Pläne für einen neuen Markt, ohne zu prüfen, wie groß er ist.",
  "mr-11": "Ich schaue mir selten an, was die Konkurrenz macht.",
  "mr-12": "Es fällt mir schwer, aus einer großen Datenmenge eine Schlussfolgerung zu ziehen.",
  "mr-13": "Ich prüfe die Quelle einer Zahl, bevor ich mich auf sie verlasse.",
  "mr-14": "Recherche fühlt sich für mich wie eine Verzögerung an, bevor die eigentliche Arbeit beginnt.",
  "st-01":
    "Ich überarbeite eine Produktbeschreibung so lange, bis auch jemand außerhalb unserer Branche sie verstehen kann.",
  "st-02": "Es macht mir Spaß, Inhalte für eine Website, einen Blog oder soziale Medien zu erstellen.",
  "st-03":
    "Ich passe eine Botschaft an verschiedene Kanäle an, etwa E-Mail, Webseiten und Präsentationsfolien.",
  "st-04": "Ich nutze eine Kundengeschichte, um in einer Präsentation etwas zu verdeutlichen.",
  "st-05": "Ich achte genau auf die Überschrift und den ersten Satz von allem, was ich veröffentliche.",
  "st-06": "Ich gestalte Folien so, dass jede eine Hauptaussage hat.",
  "st-07": "Ich erkläre Dinge lieber im Gespräch, als Material für viele Menschen vorzubereiten.",
  "st-08": "Material für ein großes Publikum vorzubereiten, dauert bei mir lange und fällt mir schwer.",
  "st-09": "Meine Präsentationen enthalten meist viele Details und keine klare Geschichte.",
  "st-10": "Ich vermeide es, meine Arbeit öffentlich zu teilen, zum Beispiel in einem Unternehmensblog.",
  "st-11":
    "Ich bitte Menschen, die das Produkt nicht kennen, meinen Text zu lesen und mir zu sagen, was sie verstanden haben.",
  "st-12": "Es fällt mir schwer einzuschätzen, was ein großes, unbekanntes Publikum hören möchte.",
  "st-13": "Ich wähle einige Kernbotschaften aus und wiederhole sie in all unseren Materialien.",
  "st-14": "Formulierung und Gestaltung von Produktmaterialien überlasse ich anderen.",
  "ps-01": "Wenn ich mir ein Produkt ansehe, frage ich mich, für welche Kundschaft es wirklich gedacht ist.",
  "ps-02": "Ich rechne gern durch, wie sich eine Preisänderung auf Absatz und Gewinn auswirken würde.",
  "ps-03": "Ich vergleiche unser Angebot mit anderen nach Funktionen, Preis und danach, wo es verkauft wird.",
  "ps-04":
    "Ich schlage vor, welche Funktionen hinzukommen oder wegfallen sollten, damit das Produkt zum Bedarf der Kundschaft passt.",
  "ps-05":
    "Ich mache mir Gedanken darüber, wie ein Produkt zur Kundschaft gelangt: online, über Partnerunternehmen oder über ein Vertriebsteam.",
  "ps-06":
    "Wenn ich ein Geschäft oder ein Produkt beurteile, berücksichtige ich, was die Betreuung der Kundschaft kostet.",
  "ps-07": "Entscheidungen über den Preis überlasse ich lieber anderen.",
  "ps-08": "Ich denke selten darüber nach, ob ein Produkt Gewinn abwirft.",
  "ps-09": "Ich finde Diskussionen darüber, welche Funktionen in welches Paket kommen, langweilig.",
  "ps-10": "Ich nehme ein Produkt so hin, wie es ist, statt zu hinterfragen, was es sein sollte.",
  "ps-11": "Ich erstelle einfache Modelle, um verschiedene Preisoptionen zu vergleichen.",
  "ps-12":
    "Ich suche nach einem Preis, den die Kundschaft als fair empfindet und der trotzdem eine gute Marge bringt.",
  "ps-13": "Ich arbeite nicht gern mit Zahlen zu Kosten und Margen.",
  "ps-14": "Preise festzulegen ist eine Aufgabe, die ich lieber jemand anderem überlassen würde.",
  "dg-01": "Ich verfolge, wie viele Leads jeder Kanal oder jede Kampagne bringt.",
  "dg-02":
    "Ich führe kleine Tests durch, um zwei Versionen einer Botschaft oder eines Angebots zu vergleichen.",
  "dg-03": "Ich ziehe Budget oder Aufwand von Kanälen ab, die keine Ergebnisse bringen.",
  "dg-04": "Ich setze mir gern ein monatliches Ziel für neue Leads und arbeite darauf hin, es zu erreichen.",
  "dg-05":
    "Ich plane Kampagnen über mehrere Kanäle hinweg, etwa Suchmaschinen, E-Mail, Veranstaltungen und soziale Medien.",
  "dg-06": "Ich schaue mir an, was es uns kostet, einen neuen Lead oder neue Kundschaft zu gewinnen.",
  "dg-07":
    "Es macht mir Spaß, neue Orte zu finden, an denen sich potenzielle Kundschaft aufhält, online oder vor Ort.",
  "dg-08": "Es fällt mir schwer zu sagen, welche Kundschaft durch welche meiner Aktivitäten gewonnen wurde.",
  "dg-09": "Ich bevorzuge eine große Kampagne gegenüber vielen kleinen Experimenten.",
  "dg-10": "Ist eine Kampagne erst einmal gestartet, prüfe ich ihre Ergebnisse nur selten.",
  "dg-11": "Wenn eine Kampagne läuft, schaue ich mir ihre Zahlen nicht oft an.",
  "dg-12": "Ich gebe weiter Geld für einen Kanal aus, weil wir ihn schon immer genutzt haben.",
  "dg-13": "Ich stimme mit dem Vertriebsteam ab, was als guter Lead gilt.",
  "dg-14": "Ich finde die tägliche Arbeit mit Kampagnenzahlen langweilig.",
  "cf-01":
    "Ich gebe das, was die Kundschaft über unser Produkt sagt, an das Team weiter, das darauf reagieren kann.",
  "cf-02": "Wenn ich unsere Produktmaterialien für veraltet halte, sage ich das den Verantwortlichen.",
  "cf-03":
    "Bevor ich eine gemeinsam genutzte Botschaft ändere, frage ich das andere Team nach seiner Meinung.",
  "cf-04": "Ich lese Beschwerden der Kundschaft oder höre sie mir an, um Ideen für Verbesserungen zu finden.",
  "cf-05":
    "Ich treffe mich regelmäßig mit Leuten aus Vertrieb oder Marketing, um zu vergleichen, was wir von der Kundschaft hören.",
  "cf-06":
    "Ich passe gemeinsam genutzte Materialien an meinen eigenen Stil an, ohne jemandem Bescheid zu sagen.",
  "cf-07":
    "Ich verwende alte Materialien weiter, auch wenn ich weiß, dass die Kundschaft schlecht darauf reagiert.",
  "cf-08":
    "Wenn ein anderes Team Änderungen an meiner Arbeit vorschlägt, verteidige ich meist die ursprüngliche Version.",
  "cf-09": "Es fällt mir schwer, Zeit für Gespräche mit dem anderen Team zu finden.",
  "cf-10": "Ich frage die Kundschaft, was sie von unseren Materialien und Präsentationen hält.",
  "cf-11": "Bevor ich eine geänderte Botschaft verwende, stimme ich die Änderung mit beiden Teams ab.",
  "cf-12": "Was die Kundschaft sagt, ist vor allem Sache anderer Teams, nicht meine.",
  "cf-13":
    "Ich teile Beispiele dafür, was bei der Kundschaft funktioniert hat, damit das andere Team sie nutzen kann.",
  "cf-14": "Ich behebe ein Problem mit unserer Botschaft lieber selbst, als es mit anderen zu besprechen.",
  "fc-01.sales": "Ich kontaktiere weiter neue Interessierte, selbst nach einer Woche voller Absagen.",
  "fc-01.marketing":
    "Wenn eine Kampagne keine Kundschaft gewinnt, probiere ich am nächsten Tag einen neuen Ansatz aus, statt aufzugeben.",
  "fc-02.sales": "Ich genieße den Moment, in dem ein langes Gespräch mit einem klaren Ja endet.",
  "fc-02.marketing":
    "Ich genieße den Moment, in dem eine Botschaft zur Produkteinführung, die ich geschrieben habe, eine Welle von Bestellungen auslöst.",
  "fc-03.sales":
    "Ich lerne gern das Geschäft eines einzelnen Kundenunternehmens gründlich kennen, indem ich Fragen stelle.",
  "fc-03.marketing":
    "Ich weiß gern genau, wo jedes Konkurrenzunternehmen schwächer ist als wir, damit wir gewinnen können.",
  "fc-04.sales": "Ich arbeite am besten, wenn ich im Gespräch eine einzelne Person überzeuge.",
  "fc-04.marketing":
    "Ich arbeite am besten, wenn ich auf der Bühne einen Raum voller potenzieller Kundschaft überzeuge.",
  "fc-05.sales": "Ich behalte jedes Geschäft, an dem ich arbeite, und seinen nächsten Schritt im Blick.",
  "fc-05.marketing": "Ich übertreffe gern jeden einzelnen Monat mein Ziel für neue Leads.",
  "fc-06.sales": "Ich vereinbare den endgültigen Preis lieber selbst mit einem einzelnen Kundenunternehmen.",
  "fc-06.marketing":
    "Ich lege lieber Preise fest, mit denen wir der Konkurrenz im ganzen Markt Geschäft abnehmen.",
  "fc-07.sales":
    "Ich kontaktiere lieber selbst zwanzig Unbekannte, obwohl ich weiß, dass die meisten Nein sagen werden.",
  "fc-07.marketing":
    "Ich führe lieber eine Kampagne durch, die zwanzig kaufbereite Interessierte direkt zu uns bringt.",
  "fc-08.sales": "Es gibt mir Energie, der Kundschaft Fragen zu ihren Problemen zu stellen.",
  "fc-08.marketing":
    "Es gibt mir Energie, mir neue Wege auszudenken, wie ein Produkt für die Kundschaft unwiderstehlich wird.",
  "fc-09.sales": "Ich gehe gern im Gespräch auf die Zweifel meines Gegenübers ein.",
  "fc-09.marketing":
    "Ich finde gern heraus, warum sich Kundschaft für die Konkurrenz entscheidet, damit wir sie zurückgewinnen können.",
  "fc-10.sales": "Ich plane gern, auf welche Accounts ich mich diesen Monat konzentriere.",
  "fc-10.marketing": "Ich entscheide gern, welches Produkt zu welchem Preis uns den meisten Umsatz bringt.",
  "fc-11.sales": "Ich möchte, dass mein Erfolg an den Abschlüssen gemessen wird, die ich erziele.",
  "fc-11.marketing": "Ich möchte, dass mein Erfolg an dem Umsatz gemessen wird, den meine Kampagnen bringen.",
  "fc-12.sales":
    "Wenn mir die Kundenseite eine Absage erteilt, bin ich innerhalb weniger Minuten wieder ausgeglichen.",
  "fc-12.marketing":
    "Wenn Kundschaft im Publikum meiner Präsentation widerspricht, bin ich innerhalb weniger Minuten wieder ausgeglichen.",
  "fc-13.sales": "Ich finde lieber genau heraus, was ein einzelnes Kundenunternehmen braucht.",
  "fc-13.marketing":
    "Ich entscheide lieber, was das Produkt bieten soll, damit es sich besser verkauft als die Konkurrenz.",
  "fc-14.sales": "Es macht mir Spaß, Kundschaft mit Zweifeln umzustimmen.",
  "fc-14.marketing": "Es macht mir Spaß, einen Slogan zu entwickeln, der Menschen Lust macht zu kaufen.",
  "fc-15.sales": "Ich führe gern eine genaue Prognose meiner Verkäufe.",
  "fc-15.marketing": "Ich habe gern ein klares Bild davon, wo wir der Konkurrenz Marktanteile abnehmen.",
  "fc-16.sales": "Ich bevorzuge Arbeit, bei der ich noch heute um eine Entscheidung bitten kann.",
  "fc-16.marketing":
    "Ich bevorzuge Arbeit, bei der ich herausfinde, welche Märkte wir am schnellsten gewinnen können.",
  "fc-17.sales":
    "Ich bin gern bereit, in einem Umfeld zu arbeiten, in dem neun von zehn Personen Nein sagen.",
  "fc-17.marketing":
    "Ich bin gern bereit, ein Produktangebot immer wieder zu überarbeiten, bis es die Konkurrenz übertrifft.",
  "fc-18.sales": "Ich finde lieber im Gespräch heraus, ob ein Lead wirklich braucht, was wir verkaufen.",
  "fc-18.marketing": "Ich baue lieber das System auf, das aus Tausenden von Kontakten Kundschaft macht.",
  "fc-19.sales": "Ich gewinne lieber eine einzelne wichtige Person auf Kundenseite für uns.",
  "fc-19.marketing":
    "Ich gewinne lieber mit einer einzigen Kampagne tausend mögliche Kaufinteressierte für uns.",
  "fc-20.sales": "Eine gut organisierte Woche macht mich zufrieden.",
  "fc-20.marketing": "Eine neue Idee, durch die die Kundschaft über uns spricht, macht mich zufrieden.",
  "fc-21.sales": "Ich setze gern eine Frist für die Entscheidung der Kundenseite.",
  "fc-21.marketing": "Ich entwickle gern das Angebot, das die Kundschaft dazu bringt, sofort zu handeln.",
  "fc-22.sales": "Ich richte mein Verkaufsgespräch lieber auf die Person aus, mit der ich spreche.",
  "fc-22.marketing": "Ich gestalte lieber eine einzige Botschaft, die alle im Markt überzeugt.",
  "fc-23.sales": "Ich verbringe den Tag lieber damit, Interessierte zu kontaktieren.",
  "fc-23.marketing":
    "Ich verbringe den Tag lieber damit, herauszufinden, welche Kundschaft am ehesten bei uns kaufen wird.",
  "fc-24.sales": "Ich lerne am meisten in Terminen, in denen hauptsächlich die Kundenseite spricht.",
  "fc-24.marketing":
    "Ich fühle mich am nützlichsten, wenn ich unser Produkt so gut präsentiere, dass ein ganzes Publikum es haben möchte.",
  "fc-25.sales": "Ich mag eine Stelle mit klaren Wochenzielen für vereinbarte Termine.",
  "fc-25.marketing":
    "Ich mag eine Stelle, bei der die Botschaft, die ich schreibe, den Umsatz in jeder Region antreibt.",
  "fc-26.sales": "Ich möchte die Person sein, die die endgültigen Konditionen aushandelt.",
  "fc-26.marketing":
    "Ich möchte die Person sein, die unser Angebot auf der großen Kundenveranstaltung präsentiert.",
  "fc-27.sales": "Ich erkläre zweifelnder Kundschaft gern, warum unser Preis fair ist.",
  "fc-27.marketing": "Ich ermittle gern den Preis, der bei gesundem Gewinn die meiste Kundschaft gewinnt.",
  "fc-28.sales": "Menschen zu kontaktieren, die mich noch nicht kennen, fühlt sich für mich natürlich an.",
  "fc-28.marketing":
    "Der Kundschaft eine mutige neue Idee vorzulegen, um zu sehen, ob sie sich verkauft, fühlt sich für mich natürlich an.",
  "fc-29.sales":
    "Ich befrage lieber die Menschen, die hinter der Kaufentscheidung eines einzelnen Kundenunternehmens stehen, um diese Entscheidung zu verstehen.",
  "fc-29.marketing":
    "Ich finde lieber heraus, welche Unternehmen in einer ganzen Branche kaufbereit sind und warum.",
  "fc-30.sales": "Ich bin stolz, wenn meine Umsatzprognose mit dem Ergebnis übereinstimmt.",
  "fc-30.marketing": "Ich bin stolz, wenn eine Kampagne mehr Kundschaft bringt als geplant.",
  "fc-31.sales": "Es liegt mir, mit der Kundschaft ihre Bedenken Punkt für Punkt durchzusprechen.",
  "fc-31.marketing":
    "Es liegt mir, die Schwachstellen eines Konkurrenzunternehmens besser zu kennen als dessen eigenes Vertriebsteam.",
  "fc-32.sales": "Ich vereinbare gern Vertragsbedingungen mit der Kundschaft.",
  "fc-32.marketing": "Ich gestalte gern Paket und Preis so, dass die Kundschaft früher unterschreibt.",
  "sj-01":
    "Nach einer guten Produktvorführung sagt Ihnen Ihr Gegenüber auf Kundenseite, dass Ihr Produkt 30 % mehr kostet als das eines Konkurrenzunternehmens. Zuvor hatte die Kundenseite Ihnen gesagt, dass ihr wichtigstes Ziel ist, Arbeitszeit der Mitarbeitenden einzusparen. Was tun Sie?",
  "sj-01-a": "Einen Rabatt von 30 % anbieten, damit der Preis kein Problem mehr ist.",
  "sj-01-b":
    "Fragen, welche Teile des Konkurrenzangebots verglichen werden, und dann die Unterschiede erklären, die für das Ziel der Kundenseite wichtig sind.",
  "sj-01-c":
    "Mit den eigenen Zahlen der Kundenseite zeigen, wie die eingesparte Arbeitszeit im Verhältnis zum Preisunterschied steht.",
  "sj-01-d": "Sagen, dass bessere Qualität mehr kostet, und die Antwort abwarten.",
  "sj-02":
    "Ein interessiertes Unternehmen schreibt Ihnen, dass es Ihre Website gelesen, Ihre Produktvideos angesehen und drei Anbieter verglichen hat. Es bittet um einen Termin, „um den Preis zu sehen“. Wie gestalten Sie den Termin?",
  "sj-02-a":
    "Fragen, was die Recherche ergeben hat, welches Problem gelöst werden soll und wer noch beteiligt ist, und dann den Preis in diesem Zusammenhang nennen.",
  "sj-02-b": "Den Preis nennen und die Standardpräsentation zeigen, damit alles an einem Ort vorliegt.",
  "sj-02-c": "Die bereits bekannten Grundlagen überspringen und die fortschrittlichsten Funktionen zeigen.",
  "sj-02-d":
    "Den Preis früh nennen und dann fragen, wann die Entscheidung fallen soll und was der nächste Schritt ist.",
  "sj-03":
    "Sie arbeiten im Marketing. Jemand aus dem Vertrieb hat die offizielle Produktpräsentation umgeschrieben. Die Kundschaft reagiert besser auf diese Version, aber zwei Aussagen darin sind nicht korrekt. Was tun Sie?",
  "sj-03-a":
    "Die Person aus dem Vertrieb bitten, ihre Version nicht mehr zu verwenden und zur offiziellen zurückzukehren.",
  "sj-03-b": "Die Person aus dem Vertrieb weitermachen lassen, weil die Ergebnisse zählen.",
  "sj-03-c":
    "Die zwei Aussagen in der Version aus dem Vertrieb korrigieren und sie an die Person zurückschicken.",
  "sj-03-d":
    "Sich mit der Person aus dem Vertrieb treffen, um zu erfahren, worauf die Kundschaft anspricht, die Aussagen gemeinsam korrigieren und die offizielle Präsentation für alle aktualisieren.",
  "sj-04":
    "Ihr Unternehmen führt nächsten Monat eine neue Funktion ein. Das Entwicklungsteam hat eine lange Liste technischer Details geschrieben. Sie sollen den Ankündigungstext für die Website schreiben. Was tun Sie zuerst?",
  "sj-04-a": "Die Liste zu den fünf wichtigsten Punkten zusammenfassen.",
  "sj-04-b":
    "Das eine Problem auswählen, das die Funktion für die Kundschaft löst, eine kurze Überschrift dazu schreiben und die Details weiter unten platzieren.",
  "sj-04-c": "Die Liste des Entwicklungsteams veröffentlichen, weil sie korrekt und vollständig ist.",
  "sj-04-d":
    "Einen eingängigen Slogan schreiben, der Aufmerksamkeit erregt, auch wenn er die Funktion nicht erklärt.",
  "sj-05":
    "Es ist Donnerstag. Sie haben diese Woche 40 Interessierte kontaktiert, und niemand hat einem Termin zugestimmt. Bisher hat Sie noch niemand darauf angesprochen. Was tun Sie?",
  "sj-05-a": "Für den Rest der Woche keine Interessierten mehr kontaktieren und andere Aufgaben nachholen.",
  "sj-05-b":
    "Jemanden aus dem Team bitten, Ihre Nachrichten zu prüfen, bevor Sie nächste Woche weitere Personen kontaktieren.",
  "sj-05-c": "Für den Rest der Woche mit derselben Nachricht weitermachen.",
  "sj-05-d":
    "Die Antworten ansehen, die doch gekommen sind, Ihre Nachricht anpassen und noch heute die nächste Gruppe kontaktieren.",
  "sj-06":
    "Ihre Ansprechperson auf Kundenseite hat der Lösung und dem Preis zugestimmt. Dann sagt sie, sie werde sich wegen der Unterschrift „nächsten Monat wieder melden“. Einen Grund für die Verzögerung nennt sie nicht. Was tun Sie?",
  "sj-06-a": "Sich bedanken und abwarten, bis sich die Ansprechperson nächsten Monat meldet.",
  "sj-06-b":
    "Fragen, was noch geschehen muss, bevor unterschrieben werden kann, und für jeden Schritt ein Datum vereinbaren.",
  "sj-06-c":
    "Den Vertrag jetzt schicken und darum bitten, ihn zu unterschreiben, sobald die Kundenseite so weit ist.",
  "sj-06-d": "Einen kleinen Rabatt anbieten, falls noch diese Woche unterschrieben wird.",
  "sj-07":
    "Das Quartal geht zu Ende. Ihre Prognose enthält ein großes Geschäft, aber die Kundenseite hat seit drei Wochen nicht geantwortet. Ihre Führungskraft möchte heute Ihre endgültigen Zahlen. Was tun Sie?",
  "sj-07-a": "Das Geschäft mit vollem Wert in der Prognose lassen, weil es noch zustande kommen könnte.",
  "sj-07-b":
    "Das Geschäft in der Prognose lassen und erwähnen, dass Sie sich bei diesem Geschäft nicht sicher sind.",
  "sj-07-c": "Das Geschäft ohne Kommentar aus der Prognose für dieses Quartal streichen.",
  "sj-07-d":
    "Das Geschäft aus diesem Quartal herausnehmen, Ihrer Führungskraft den Grund erklären und einen weiteren Versuch planen, die Kundenseite zu erreichen.",
  "sj-08":
    "In jedem der letzten sechs Monate haben weniger Personen aus Ihrer Kundschaft die monatliche E-Mail Ihres Teams geöffnet. Sie sollen Ideen für die nächste Ausgabe liefern. Was tun Sie?",
  "sj-08-a": "Das Format beibehalten und eine neue Betreffzeile schreiben.",
  "sj-08-b":
    "Drei sehr unterschiedliche Ideen vorschlagen, etwa eine Kundengeschichte, ein kurzes Quiz und eine nützliche Checkliste, und zwei davon testen.",
  "sj-08-c": "Vorschlagen, die E-Mail einzustellen.",
  "sj-08-d": "Das Team um neue Ideen bitten und die beliebteste auswählen.",
  "sj-09":
    "Ihr Unternehmen möchte in eine neue Branche verkaufen. Die Geschäftsführung ist sicher, dass es ein guter Markt ist, weil zwei Personen aus ihrem Freundeskreis, die in dieser Branche arbeiten, das Produkt mochten. Was schlagen Sie vor?",
  "sj-09-a": "Sofort eine Kampagne starten, da die Geschäftsführung die Branche kennt.",
  "sj-09-b": "Eine kleine Kampagne durchführen und abwarten, was passiert.",
  "sj-09-c":
    "Zehn bis fünfzehn Personen aus dieser Branche befragen, die als Kundschaft infrage kommen, und schätzen, wie viele Unternehmen kaufen könnten, bevor eine Kampagne geplant wird.",
  "sj-09-d": "Einen Bericht über die Branche lesen und eine Zusammenfassung weitergeben.",
  "sj-10":
    "Aus der Kundschaft kommt oft die Frage nach einer günstigeren Version Ihres Produkts mit weniger Funktionen. Das Vertriebsteam sagt, damit würde es mehr Geschäfte gewinnen. Was empfehlen Sie?",
  "sj-10-a":
    "Ermitteln, welche Kundschaft danach fragt und was sie zahlen würde, ob diese Version dem vollständigen Produkt Umsatz wegnehmen würde und ob sie Gewinn bringen würde, und dann entscheiden.",
  "sj-10-b": "Den Preis des aktuellen Produkts für alle senken.",
  "sj-10-c":
    "Einige aus der Kundschaft fragen, auf welche Funktionen sie für einen niedrigeren Preis verzichten würden.",
  "sj-10-d": "Die günstigere Version schnell entwickeln, damit der Vertrieb diese Geschäfte gewinnen kann.",
  "sj-11":
    "Sie haben für das nächste Quartal ein festes Budget. Im letzten Quartal haben Sie es gleichmäßig auf drei Kanäle verteilt, und einer davon hat die meisten Leads gebracht, die später tatsächlich gekauft haben. Was tun Sie?",
  "sj-11-a": "Das Budget wieder gleichmäßig aufteilen, damit jeder Kanal eine faire Chance bekommt.",
  "sj-11-b": "Mehr für den Kanal ausgeben, der die meisten Website-Besuche gebracht hat.",
  "sj-11-c":
    "Den Großteil des Budgets auf den besten Kanal verlagern und einen kleinen Teil behalten, um die anderen und einen neuen Kanal zu testen.",
  "sj-11-d": "Das gesamte Budget auf den besten Kanal verlagern.",
  "sj-12":
    "Sie arbeiten im Vertrieb. Im letzten Monat haben fünf Personen auf Kundenseite gesagt, das Produktdatenblatt sei verwirrend, was die Verbindung des Produkts mit anderen Tools angeht. Für das Datenblatt ist das Marketing zuständig. Was tun Sie?",
  "sj-12-a": "Eine eigene Version des Datenblatts schreiben und diese bei Ihrer Kundschaft verwenden.",
  "sj-12-b": "Das Datenblatt weiter verwenden und den Punkt in jedem Termin selbst erklären.",
  "sj-12-c": "Dem Marketing eine kurze Nachricht schicken, dass das Datenblatt verwirrend ist.",
  "sj-12-d":
    "Dem Marketing mit Beispielen mitteilen, was die Kundschaft gesagt hat, und anbieten, eine neue Version zu prüfen.",
  "sj-13":
    "Sie hatten drei gute Termine mit einer Führungskraft, der Ihr Produkt gefällt. Heute sagt sie Ihnen, dass ihre Bereichsleitung jeden Kauf genehmigen muss. Mit der Bereichsleitung haben Sie noch nie gesprochen. Was tun Sie?",
  "sj-13-a": "Der Führungskraft den Vertrag schicken, damit sie ihn weiterleiten kann.",
  "sj-13-b": "Eine Zusammenfassung vorbereiten, die die Führungskraft der Bereichsleitung zeigen kann.",
  "sj-13-c":
    "Die Führungskraft bitten, einen Termin mit der Bereichsleitung zu vereinbaren, und fragen, was der Bereichsleitung am wichtigsten ist.",
  "sj-13-d": "Die Bereichsleitung selbst kontaktieren, ohne der Führungskraft Bescheid zu sagen.",
  "sj-14":
    "In den letzten zwei Monaten hat der Vertrieb mehrere Geschäfte an ein neues Konkurrenzunternehmen verloren. Niemand weiß genau, warum. Sie sollen der Sache nachgehen. Was tun Sie?",
  "sj-14-a": "Dem Vertriebsteam sagen, dass es unsere Stärken mehr hervorheben soll.",
  "sj-14-b": "Die Website des Konkurrenzunternehmens studieren und eine Vergleichsübersicht erstellen.",
  "sj-14-c": "Vorschlagen, unseren Preis auf das Niveau der Konkurrenz zu senken.",
  "sj-14-d":
    "Die verlorenen Geschäfte auswerten, einige der betreffenden Kaufinteressierten fragen, warum sie sich für die Konkurrenz entschieden haben, beide Angebote vergleichen und die Ergebnisse mit Vertrieb und Produktmanagement teilen.",
  "inf-01": "Ich habe in meinem ganzen Leben noch nie eine E-Mail oder eine SMS verschickt.",
  "inf-02": "Ich habe vor dem heutigen Tag schon einmal einen Computer, ein Tablet oder ein Telefon benutzt.",
  "inf-03": "Jede Besprechung, an der ich je teilgenommen habe, hat pünktlich auf die Minute begonnen.",
  "inf-04": "Ich erinnere mich an jedes Wort aus jedem Gespräch, das ich je geführt habe.",
  "inf-05": "Ich habe in diesem Jahr mindestens eine Nachricht von einer anderen Person gelesen.",
  "inf-06": "Ich kann jede Sprache der Welt sprechen.",
};
