import { LOCALE_NAMES_IN_ENGLISH, LOCALES, type Locale } from "~/domain/i18n/locales";

/**
 * The language an employer sets for candidates (a role's invitations, or one batch of them). The
 * empty choice defers: to the role's language, else to each candidate's browser.
 */
export function CandidateLanguageSelect({
  id,
  defaultValue,
  emptyLabel,
  help,
}: {
  id: string;
  defaultValue: Locale | null;
  emptyLabel: string;
  help: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="label">
        Candidate&apos;s language
      </label>
      <select
        id={id}
        name="locale"
        defaultValue={defaultValue ?? ""}
        className="input"
        aria-describedby={`${id}-help`}
      >
        <option value="">{emptyLabel}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {LOCALE_NAMES_IN_ENGLISH[locale]}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="help">
        {help}
      </p>
    </div>
  );
}
