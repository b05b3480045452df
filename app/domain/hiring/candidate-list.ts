// Turns what a manager pastes or uploads into candidates to invite, with a reason for every row
// that cannot be used. Accepts "Name <email>", "Name, email", "email" (one per line) and CSV
// files with a name,email header (either order, extra columns ignored). Cells may be separated by
// commas, semicolons or tabs (what spreadsheets in many locales export) and quoted cells may hold
// line breaks: rows are read with the app's one CSV reader.
import { z } from "zod";
import { readCsv } from "../csv/read";

export interface ParsedCandidate {
  row: number;
  name: string;
  email: string;
}

export interface RowProblem {
  row: number;
  text: string;
  problem: string;
}

export const MAX_CANDIDATES_PER_UPLOAD = 500;
/** More lines than this is not a list of candidates; it is refused before any row is checked. */
export const MAX_LINES_PER_UPLOAD = 2000;
/** Problems listed row by row; past this the rest are counted, so the report stays readable. */
export const MAX_PROBLEMS_LISTED = 100;

export class CandidateListTooLong extends Error {
  constructor(readonly lines: number) {
    super(`That list has ${lines} lines; upload at most ${MAX_CANDIDATES_PER_UPLOAD} candidates at a time.`);
  }
}

const emailSchema = z.email();

export function parseCandidateList(
  text: string,
  alreadyInvited: ReadonlySet<string> = new Set(),
): { candidates: ParsedCandidate[]; problems: RowProblem[]; moreProblems: number } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const nonEmpty = lines.reduce((n, l) => (l.trim() ? n + 1 : n), 0);
  if (nonEmpty > MAX_LINES_PER_UPLOAD) throw new CandidateListTooLong(nonEmpty);
  const candidates: ParsedCandidate[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  let columns: { name: number; email: number } | null = null;
  let firstLine = true;

  const { records, error } = readCsv(text, { delimiters: [",", ";", "\t"] });
  records.forEach(({ row, cells, text: raw }) => {
    const line = raw.trim();
    if (firstLine) {
      // A first line naming an "email" column is a CSV header.
      firstLine = false;
      const lower = cells.map((c) => c.trim().toLowerCase());
      if (lower.includes("email")) {
        columns = {
          email: lower.indexOf("email"),
          name: lower.findIndex((c) => c === "name" || c === "full name"),
        };
        return;
      }
    }
    let name = "";
    let email = "";
    const angle = line.match(/^(.*?)<([^>]+)>\s*$/);
    if (columns) {
      email = (cells[columns.email] ?? "").trim();
      name = columns.name >= 0 ? (cells[columns.name] ?? "").trim() : "";
    } else if (angle) {
      name = angle[1]!.trim().replace(/^"|"$/g, "").replace(/,\s*$/, "");
      email = angle[2]!.trim();
    } else if (cells.length >= 2) {
      const at = cells.findIndex((c) => c.includes("@"));
      email = (cells[at >= 0 ? at : 1] ?? "").trim();
      name = cells
        .filter((_, i) => i !== (at >= 0 ? at : 1))
        .join(" ")
        .trim();
    } else {
      email = line;
    }
    email = email.toLowerCase();
    if (!email) return problems.push({ row, text: raw, problem: "No email address on this row." });
    if (!emailSchema.safeParse(email).success)
      return problems.push({ row, text: raw, problem: `"${email}" is not a valid email address.` });
    if (seen.has(email))
      return problems.push({ row, text: raw, problem: "This address appears more than once in the list." });
    if (alreadyInvited.has(email))
      return problems.push({
        row,
        text: raw,
        problem: "This person already has an open invitation for this role.",
      });
    if (name.length > 100)
      return problems.push({ row, text: raw, problem: "The name is longer than 100 characters." });
    seen.add(email);
    // A quoted cell may hold a line break; a name is one line wherever it is shown.
    candidates.push({ row, name: name.replace(/\s+/g, " ") || nameFromEmail(email), email });
  });
  if (error) {
    const problem =
      "A quoted cell on this row is never closed, so this row and the rows after it were not read.";
    problems.push({ row: error.row, text: "", problem });
  }

  if (candidates.length > MAX_CANDIDATES_PER_UPLOAD) {
    problems.push({
      row: candidates[MAX_CANDIDATES_PER_UPLOAD]!.row,
      text: "",
      problem: `At most ${MAX_CANDIDATES_PER_UPLOAD} candidates at a time; the rest were not invited.`,
    });
    candidates.length = MAX_CANDIDATES_PER_UPLOAD;
  }
  const moreProblems = Math.max(0, problems.length - MAX_PROBLEMS_LISTED);
  return { candidates, problems: problems.slice(0, MAX_PROBLEMS_LISTED), moreProblems };
}

/** "jane.doe@x.com" → "Jane Doe": a readable stand-in when no name was given. */
function nameFromEmail(email: string): string {
  return email
    .split("@")[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join(" ");
}
