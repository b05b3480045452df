// The candidate flow's messages in English, the source language: ICU MessageFormat
// (https://unicode-org.github.io/icu/userguide/format_parse/messages/), so plurals, ordinals and
// choices are written per language instead of assembled in code. Every other language has exactly
// these keys with the same placeholders (messages.test.ts fails otherwise).
export const EN_MESSAGES = {
  // Page frame
  "frame.skip": "Skip to content",
  "frame.footer": "RoleFit — open source, self-hosted. Results support decisions; people make them.",
  "error.label": "Error {status}",
  "error.linkTitle": "This link cannot be used",
  "error.receivedTitle": "Your answers were received",
  "error.home": "Go to the home page",
  "language.label": "Language",
  "language.submit": "Change",

  // Self-assessment intro (/assess)
  "assess.metaTitle": "Free self-assessment: sales, marketing or both? — RoleFit",
  "assess.metaDescription":
    "An adaptive questionnaire on eleven sales and marketing traits, with an honest report. No account needed.",
  "assess.title": "Sales, marketing, or both?",
  "assess.lead":
    "A questionnaire of about {minutes} minutes that adapts to your answers. You get a private report on where you sit between sales and marketing, what you would likely enjoy, and how to grow. No account needed.",
  "assess.measured": "What it measures",
  "assess.dataUse": "How your answers are used",
  "assess.honesty":
    "There are no right or wrong answers and no time limit. Answer as you are at work today, not as you would like to be: the report is only useful if it is about you.",
  "assess.length": "Length",
  "assess.adaptive": "Full, adaptive (about {minutes} minutes)",
  "assess.adaptiveHint": "Recommended: the most precise picture.",
  "assess.short": "Short (about {minutes} minutes)",
  "assess.shortHint": "Quicker, with wider uncertainty on every score.",
  "start.consent": "I have read how my answers are used and I want to start.",
  "start.consentMissing": "Please confirm that you have read how your answers are used.",
  "start.submit": "Start the questionnaire",
  "start.pending": "Starting…",

  // What the questionnaire measures
  "overview.sales": "Sales: one-to-one, closing business",
  "overview.marketing": "Marketing: one-to-many, shaping the product and its story",
  "overview.bridge": "Bridging both",

  // Consent points (also in the candidate's data export)
  "consent.traits":
    "Your answers are used to estimate eleven work traits, five closer to sales and five closer to marketing, plus one that bridges them.",
  "consent.saved":
    "Each answer is saved as you give it, so you can stop and come back later with the same link.",
  "consent.uncertainty":
    "Your report shows the uncertainty in every score. The scoring is new and provisional, so treat results as a first estimate, not a verdict.",
  "consent.rights": "You can download all your data or delete it at any time from your report.",
  "consent.automated":
    "This is an automated assessment. The organization uses it as one input; a person makes every hiring decision.",
  "consent.employerSees":
    "The organization sees your scores and answer-quality notes for the role you were invited to. It never sees the optional background questions individually.",

  // Invitation (/i/:token)
  "invite.metaTitle": "Your assessment invitation — RoleFit",
  "invite.hello": "Hello {name}",
  "invite.lead":
    "{organization} invites you to a questionnaire of about {minutes} minutes as part of applying for <strong>{role}</strong>. The link works until {expires}, and you can stop and come back with it at any time.",
  "invite.before": "Before you start",
  "invite.accommodationTitle": "Need an accommodation or a different process?",
  "invite.accommodation":
    "You can ask for one, for example more time, a screen-reader friendly format or an interview instead, and it will not count against you.",
  "invite.contact": "Contact {contact}.",
  "invite.askInviter": "Ask the person who invited you.",
  "invite.invalid": "This invitation link is not valid. Check that you copied the whole link.",
  "invite.revoked": "{organization} withdrew this invitation.",
  "invite.expired":
    "This invitation has expired. Ask {organization} for a new one if you still want to take part.",
  "invite.expiredUnknown":
    "This invitation has expired. Ask the organization for a new one if you still want to take part.",

  // Questionnaire (/a/:token)
  "questionnaire.metaTitle": "Questionnaire — RoleFit",
  "questionnaire.invalid": "This assessment link is not valid. Check that you copied the whole link.",
  "questionnaire.doneTitle": "Thank you — you're done",
  "questionnaire.doneSent":
    "Your answers were saved and sent to {organization}. A person there will look at them as one part of their decision. You can close this page.",
  "questionnaire.doneSaved": "Your answers were saved. You can close this page.",
  "questionnaire.doneRights":
    "You can still <download>download your data</download> or <delete>delete it</delete>.",
  "questionnaire.closedTitle": "This assessment is closed",
  "questionnaire.closed": "This invitation was withdrawn or has expired, so no more answers can be given.",
  "questionnaire.finishedTitle": "All questions answered",
  "questionnaire.seeResults": "See my results",
  "questionnaire.preparing": "Preparing your results…",
  "questionnaire.saveNote":
    "Every answer is saved as you go. To finish later, keep this page's address: it brings you back here on any device.",
  "questionnaire.chooseAnswer": "Please choose one of the answers, then press Next.",
  "questionnaire.chooseSelfId": "Please choose from the options shown, or skip these questions.",

  "answer.complete": "This assessment is already complete, so its answers can no longer change.",
  "answer.unknownItem": "That question is not part of this assessment.",
  "answer.choose": "Please choose one of the answers shown.",
  "answer.changeOnlyLast": "Only your most recent answer can be changed. Here is where you are now.",
  "answer.alreadyAnswered":
    "That question was already answered, perhaps in another tab or window. Your saved answer was kept; here is the next question.",
  "answer.noMore": "There are no more questions; your assessment is ready to finish.",
  "answer.notWaiting": "That question is not the one waiting for an answer. Here is the current question.",
  "answer.justAnswered":
    "That question was just answered in another tab or window. Here is where you are now.",
  // One question
  "question.number": "Question {number}",
  "question.changing": "Changing your previous answer",
  "question.keys": "Press 1 to {count} to answer.",
  "question.likertPrompt": "How well does this describe you at work?",
  "question.pairPrompt": "Which is more like you? Pick the closer one, even if both fit.",
  "question.scenarioPrompt": "What would you most likely do?",
  "question.keepAnswer": "Keep my answer and continue",
  "question.changePrevious": "← Change previous answer",
  "question.saving": "Saving…",
  "question.saveAndContinue": "Save and continue",
  "question.next": "Next",
  "likert.0": "Strongly disagree",
  "likert.1": "Disagree",
  "likert.2": "Neither agree nor disagree",
  "likert.3": "Agree",
  "likert.4": "Strongly agree",
  "progress.done": "{percent}% done",
  "progress.left": "About {minutes, plural, one {# minute} other {# minutes}} left",
  "progress.label": "Progress through the questionnaire",
  "progress.valueText": "{percent}% done, about {minutes, plural, one {# minute} other {# minutes}} left",

  // Optional background questions
  "selfId.title": "A few optional questions first",
  "selfId.leadEmployer":
    "These help check that the questionnaire treats groups of people fairly. They are entirely voluntary, stored apart from your answers, never used in your scores, and never shown to {organization} for you as an individual — only as group totals, and only for groups of five or more.",
  "selfId.leadSelf":
    "These help check that the questionnaire treats groups of people fairly. They are entirely voluntary, stored apart from your answers, never used in your scores, and only ever reported as group totals.",
  "selfId.sex": "Sex or gender",
  "selfId.raceEthnicity": "Race or ethnicity",
  "selfId.age": "Age",
  "selfId.save": "Save and start",
  "selfId.skip": "Skip these questions",
  "selfId.saving": "Saving…",
  "selfId.option.female": "Female",
  "selfId.option.male": "Male",
  "selfId.option.another": "Another sex or gender",
  "selfId.option.prefer-not-to-say": "Prefer not to say",
  "selfId.option.hispanic-latino": "Hispanic or Latino",
  "selfId.option.white": "White",
  "selfId.option.black": "Black or African American",
  "selfId.option.asian": "Asian",
  "selfId.option.native-american": "American Indian or Alaska Native",
  "selfId.option.pacific-islander": "Native Hawaiian or Other Pacific Islander",
  "selfId.option.two-or-more": "Two or more races",
  "selfId.option.under-25": "Under 25",
  "selfId.option.25-34": "25 to 34",
  "selfId.option.35-44": "35 to 44",
  "selfId.option.45-54": "45 to 54",
  "selfId.option.55-64": "55 to 64",
  "selfId.option.65-plus": "65 or over",

  // Report page (/a/:token/report)
  "report.metaTitle": "Your results — RoleFit",
  "report.invalid": "This report link is not valid. Check that you copied the whole link.",
  "report.notShared": "{organization} does not share reports with candidates. Your answers were received.",
  "report.notSharedUnknown":
    "The organization does not share reports with candidates. Your answers were received.",
  "report.notReady": "This report is not ready yet.",
  "report.title": "Your results",
  "report.completed":
    "Completed {date} · {form, select, short {short form} other {adaptive form}} · questionnaire version {version}",
  "report.print": "Print or save as PDF",
  "report.printHint": "To save as PDF, use your browser's Print (Ctrl+P or ⌘P).",
  "report.dataTitle": "Your data",
  "report.dataPrivate":
    "This page's address is private: anyone with it can see this report, so share it only if you want to. Bookmark it to come back.",
  "report.download": "Download my data (JSON)",
  "report.delete": "Delete my data",
  "report.provisional": "Provisional norms.",
  "report.percentiles":
    "Percentiles compare you with the questionnaire's reference group, and every score is shown with the range it likely falls in.",
  "report.planeDescription":
    "Your sales orientation is {sales} and your marketing orientation {marketing} on a scale where 0 is the average of the reference group and most people fall between −2 and 2. {headline}.",
  "report.planeTitle": "Where you sit between sales and marketing",
  "report.you": "You",
  "report.versatility": "Versatility:",
  "report.traitsTitle": "Your eleven traits",
  "report.traitsHint":
    "The dot is the best estimate; the bar shows where the true value likely lies (80% range).",
  "report.side.sales": "Sales traits",
  "report.side.marketing": "Marketing traits",
  "report.side.bridge": "Bridging both",
  "report.percentile": "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} percentile",
  "report.percentileRange":
    "likely {low, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}–{high, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
  "legend.label": "Chart legend",
  "legend.sales": "Sales trait",
  "legend.marketing": "Marketing trait",
  "legend.bridge": "Bridges both",
  "legend.estimate": "dot: best estimate · bar: likely range (80%)",
  "legend.target": "target band of the role",
  "report.enjoyTitle": "Work you would likely enjoy",
  "report.drawsOn": "draws on your {trait}",
  "report.rolesTitle": "Roles that fit you best",
  "report.roleFit": "— fit {fit} (likely {low}–{high} of 100)",
  "report.fitModel":
    "Fit is the expected share of a role's needs you meet, core needs first; more of a needed trait never lowers it (fit model {model}).",
  "report.growTitle": "How to grow",

  // Report sentences (app/domain/assessment/report.ts)
  "report.leanSales": "Leans toward sales",
  "report.leanMarketing": "Leans toward marketing",
  "report.leanNone": "Balanced between sales and marketing (no clear lean)",
  "report.bothStrong": "Strong on both sides: the uncommon profile that can carry both jobs",
  "report.likelyBoth": "Likely strong on both sides",
  "report.notBoth": "Not clearly strong on both sides at once, which is true of most people",
  "report.summary": "Your strongest areas are {first} and {second}. {versatility}.",
  "report.uncertain":
    "Your answers place you somewhere between {low, select, low {low} mid {mid} other {high}} and {high, select, low {low} mid {mid} other {high}} on this trait, so read this section as a likely picture rather than a firm one.",
  "report.needAbove": "Your score is above what the role needs ({target}).",
  "report.needBelow": "Your score is below what the role needs ({target}).",
  "report.needClose": "Your score is close to what the role needs ({target}).",
  "report.ceilingBecause": "The role sets a ceiling because: {reason}",
  "report.targetAtLeast": "{min} or more",
  "report.targetBetween": "{min} to {max}",
  "report.growthIntro":
    "Toward the role that fits you best ({role}): the needs your answers do not clearly meet yet.",
  "report.growthNone":
    "Your answers very likely meet every need of the role that fits you best ({role}), so there is nothing to grow for it.",
  "report.provisionalScoring":
    "This questionnaire is new. Its scoring is based on expert judgement and has not yet been checked against many real answers, so treat the results as a first estimate.",
  "report.calibratedScoring": "The scoring of this questionnaire has been calibrated on real answers.",
  "report.engineMultidimensional":
    "The traits were scored together: an answer about one trait also counts a little toward the traits that usually go with it.",
  "report.enginePerTrait": "Each trait was scored from its own answers only.",
  "report.languageNote":
    "You answered in {language}. The translated statements are scored with the same parameters as the English until there are enough answers in {language} to check each one.",

  // About this questionnaire (report)
  "about.title": "About this questionnaire",
  "about.scoring":
    "The statements you rated are scored with an item response model: each trait score is the most likely level given your answers, with a range that narrows as you answer more. The “which is more like you” pairs set a sales statement against a marketing statement that is about as appealing, both in general and to someone hiring for a sales job, and measure where you lean between the two. Scores are provisional until the questionnaire has been recalibrated on real answers.",
  "about.fakingTitle": "Can answers be tilted to look good?",
  "about.faking":
    "In a simulation of 400 candidates who first answered honestly and then tried to look good for a sales job, general “look good” answering lifted the agree/disagree trait scores by 0.4 to 0.6 standard deviations and did not move the lean measured by the pairs (0.00). Candidates who also pushed the sales side lifted the sales trait scores by 0.8 to 0.95 standard deviations and the lean worked out from the trait scores by 0.30, while the pairs' lean did not move (−0.01; it moved 0.33 before the pairs were rewritten so that the sales statement is not always the one a sales employer seems to want). The trait scores, the fit and the lean shown above, which also uses the trait scores, can still be tilted. These figures come from an assumed answering model and from provisional ratings of how appealing each statement is to a sales employer, not from real applicants.",

  // Delete my data (/a/:token/delete)
  "delete.metaTitle": "Delete my data — RoleFit",
  "delete.invalid": "This link is not valid, or the data was already deleted.",
  "delete.title": "Delete my data?",
  "delete.body":
    "This permanently deletes your {answered, plural, one {# answer} other {# answers}}, your scores and any background answers you gave. It cannot be undone.",
  "delete.bodyInvited":
    "This permanently deletes your {answered, plural, one {# answer} other {# answers}}, your scores and any background answers you gave. The organization that invited you will no longer see your results. It cannot be undone.",
  "delete.confirm": "Yes, delete everything",
  "delete.pending": "Deleting…",
  "delete.keep": "Keep my data",
  "delete.done": "Your answers, scores and background answers were deleted. The link no longer works.",
  "link.deleted":
    "The assessment behind this link was deleted, with its answers and results, so there is nothing left to show. If that is unexpected, ask the organization that invited you.",

  // Emails to candidates (plain text)
  "email.greeting": "Hello {name},",
  "email.invite.subject": "{organization} invites you to a short questionnaire for {role}",
  "email.invite.body":
    "As part of your application for {role}, {organization} invites you to a questionnaire of about {minutes} minutes about how you like to work in sales and marketing.",
  "email.invite.start": "Start here (the link works until {expires}; you can stop and come back with it):",
  "email.invite.automated":
    "This is an automated assessment. It is one input among several, and a person makes every decision.",
  "email.invite.replyAccommodation":
    "If you need an accommodation or a different process, reply to this email (it reaches {replyTo}); asking will not count against you.",
  "email.invite.contactAccommodation":
    "If you need an accommodation or a different process: {contact}. You can also reply to this email (it reaches {replyTo}). Asking will not count against you.",
  "email.reminder.subject": "Reminder: {organization}'s questionnaire for {role}",
  "email.reminder.body":
    "A reminder that {organization} invited you to a questionnaire as part of your application for {role}. You have not finished it yet. The link works until {expires}, and you can continue where you left off:",
  "email.reminder.ignore":
    "If you no longer want to take part, you can ignore this email; no more reminders come once the link expires.",
} as const;

export type MessageKey = keyof typeof EN_MESSAGES;
export type Messages = Readonly<Record<MessageKey, string>>;
