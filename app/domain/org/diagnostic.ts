/**
 * Sales–marketing relationship diagnostic. The stages and score bands follow Kotler, Rackham &
 * Krishnaswamy (HBR 2006): 20 statements rated 1–5, a total of 20–100, and four stages. The
 * statements are RoleFit's own wording. Both teams answer because they often see the same
 * relationship differently; that gap, and the statements they disagree on most, are the useful
 * conversation starters. The resulting stage feeds the structure scoring.
 */

export type RelationshipStage = "undefined" | "defined" | "aligned" | "integrated";
export const RELATIONSHIP_STAGES: readonly RelationshipStage[] = [
  "undefined",
  "defined",
  "aligned",
  "integrated",
];

export const STAGE_DESCRIPTIONS: Record<RelationshipStage, string> = {
  undefined: "Each team works on its own agenda; contact happens mostly when something goes wrong.",
  defined: "Basic rules exist for handoffs and shared vocabulary, but planning and metrics stay separate.",
  aligned:
    "The teams plan together, share key definitions and talk often; boundaries are clear but flexible.",
  integrated: "Both teams share goals, metrics and rewards and run one revenue process end to end.",
};

export type Team = "sales" | "marketing";

export interface DiagnosticStatement {
  id: string;
  /** What the statement probes, for grouping in the UI. */
  theme: "definitions" | "metrics" | "feedback" | "planning" | "process" | "trust";
  text: string;
}

export const DIAGNOSTIC_STATEMENTS: readonly DiagnosticStatement[] = [
  {
    id: "qualified-lead",
    theme: "definitions",
    text: "Both teams use the same written definition of a lead that is ready for a sales conversation.",
  },
  {
    id: "ideal-customer",
    theme: "definitions",
    text: "We agree on who our best-fit customers are and can describe them the same way.",
  },
  {
    id: "buying-stages",
    theme: "definitions",
    text: "We describe the stages a buyer goes through with the same names and criteria.",
  },
  {
    id: "shared-revenue-goal",
    theme: "metrics",
    text: "Marketing is measured partly on revenue closed, not only on leads or traffic.",
  },
  {
    id: "shared-dashboard",
    theme: "metrics",
    text: "Both teams look at the same pipeline numbers, from first touch to signed contract.",
  },
  {
    id: "lead-follow-up",
    theme: "metrics",
    text: "Leads passed to sales are followed up within an agreed time, and we track whether that happens.",
  },
  {
    id: "collateral-feedback",
    theme: "feedback",
    text: "Sellers regularly tell marketing how prospects react to our decks, pages and one-pagers.",
  },
  {
    id: "message-edits",
    theme: "feedback",
    text: "When a seller changes the standard message, the change is discussed with marketing instead of spreading quietly.",
  },
  {
    id: "win-loss",
    theme: "feedback",
    text: "We review won and lost deals together and change our message or targeting as a result.",
  },
  {
    id: "customer-calls",
    theme: "feedback",
    text: "Marketers join customer or prospect conversations often enough to hear customers in their own words.",
  },
  {
    id: "joint-planning",
    theme: "planning",
    text: "Sales and marketing build their plans for the next quarter or year in the same sessions.",
  },
  {
    id: "launch-readiness",
    theme: "planning",
    text: "When the product changes, updated messaging and materials reach sellers before customers ask about it.",
  },
  {
    id: "research-shared",
    theme: "planning",
    text: "Market and competitor research is shared with sellers in a form they actually use.",
  },
  {
    id: "account-targeting",
    theme: "planning",
    text: "Campaigns and sellers' account lists are chosen together, so both aim at the same buyers.",
  },
  {
    id: "regular-contact",
    theme: "process",
    text: "The two teams meet on a fixed rhythm to review pipeline and campaigns, not only when there is a problem.",
  },
  {
    id: "single-system",
    theme: "process",
    text: "Customer and lead information lives in one system that both teams keep up to date.",
  },
  {
    id: "clear-arbiter",
    theme: "process",
    text: "When the teams disagree, it is clear who decides, and decisions come quickly.",
  },
  {
    id: "shared-credit",
    theme: "trust",
    text: "Wins are celebrated as shared successes rather than credited to one team.",
  },
  {
    id: "mutual-respect",
    theme: "trust",
    text: "People in each team understand and respect what the other team's job demands.",
  },
  {
    id: "career-moves",
    theme: "trust",
    text: "Moving between sales and marketing roles, or working on joint projects, is encouraged.",
  },
];

export const STATEMENT_COUNT = DIAGNOSTIC_STATEMENTS.length; // 20
export const MIN_RATING = 1;
export const MAX_RATING = 5;

export interface DiagnosticResponse {
  respondentId: string;
  team: Team;
  /** One rating per statement, in DIAGNOSTIC_STATEMENTS order, each an integer 1–5. */
  ratings: readonly number[];
}

export interface RespondentScore {
  respondentId: string;
  team: Team;
  total: number;
  stage: RelationshipStage;
}

export interface TeamSummary {
  team: Team;
  respondents: number;
  meanTotal: number;
  stage: RelationshipStage;
  /** Mean rating per statement (index as DIAGNOSTIC_STATEMENTS). */
  statementMeans: number[];
}

export interface StatementGap {
  statementId: string;
  text: string;
  salesMean: number;
  marketingMean: number;
  /** salesMean − marketingMean: positive when sales rates the relationship better on this point. */
  gap: number;
}

export interface DiagnosticResult {
  respondents: RespondentScore[];
  sales: TeamSummary | null;
  marketing: TeamSummary | null;
  /**
   * The company's total: the mean of the two team means when both answered, so a team that sent
   * more respondents does not outvote the other; otherwise the one team's mean.
   */
  overallTotal: number;
  stage: RelationshipStage;
  /** Sales' mean total minus marketing's (null unless both teams answered). */
  teamGap: number | null;
  /** Statements ordered by the absolute gap between the teams, widest first (empty unless both answered). */
  widestDisagreements: StatementGap[];
}

/**
 * 20–39 undefined, 40–59 defined, 60–79 aligned, 80–100 integrated. Non-integer totals (team means)
 * fall in the band whose lower bound they have reached, so 59.9 is still "defined".
 */
export function stageForTotal(total: number): RelationshipStage {
  if (!Number.isFinite(total)) throw new RangeError("total must be a finite number");
  if (total < 40) return "undefined";
  if (total < 60) return "defined";
  if (total < 80) return "aligned";
  return "integrated";
}

export function assertValidResponse(response: DiagnosticResponse): void {
  if (response.ratings.length !== STATEMENT_COUNT) {
    throw new RangeError(
      `${response.respondentId}: expected ${STATEMENT_COUNT} ratings, got ${response.ratings.length}`,
    );
  }
  response.ratings.forEach((rating, index) => {
    if (!Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) {
      throw new RangeError(`${response.respondentId}: rating ${index + 1} must be an integer from 1 to 5`);
    }
  });
}

export function scoreRespondent(response: DiagnosticResponse): RespondentScore {
  assertValidResponse(response);
  const total = response.ratings.reduce((sum, rating) => sum + rating, 0);
  return { respondentId: response.respondentId, team: response.team, total, stage: stageForTotal(total) };
}

export function scoreDiagnostic(responses: readonly DiagnosticResponse[], widestCount = 5): DiagnosticResult {
  if (responses.length === 0) throw new RangeError("The diagnostic needs at least one response");
  const respondents = responses.map(scoreRespondent);
  const sales = summariseTeam("sales", responses);
  const marketing = summariseTeam("marketing", responses);
  const teamMeans = [sales, marketing].filter((t): t is TeamSummary => t !== null).map((t) => t.meanTotal);
  const overallTotal = teamMeans.reduce((a, b) => a + b, 0) / teamMeans.length;

  let widestDisagreements: StatementGap[] = [];
  if (sales && marketing) {
    widestDisagreements = DIAGNOSTIC_STATEMENTS.map((statement, i) => ({
      statementId: statement.id,
      text: statement.text,
      salesMean: sales.statementMeans[i]!,
      marketingMean: marketing.statementMeans[i]!,
      gap: sales.statementMeans[i]! - marketing.statementMeans[i]!,
    }))
      .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
      .slice(0, Math.max(0, widestCount));
  }
  return {
    respondents,
    sales,
    marketing,
    overallTotal,
    stage: stageForTotal(overallTotal),
    teamGap: sales && marketing ? sales.meanTotal - marketing.meanTotal : null,
    widestDisagreements,
  };
}

function summariseTeam(team: Team, responses: readonly DiagnosticResponse[]): TeamSummary | null {
  const mine = responses.filter((r) => r.team === team);
  if (mine.length === 0) return null;
  const statementMeans = DIAGNOSTIC_STATEMENTS.map(
    (_, i) => mine.reduce((sum, response) => sum + response.ratings[i]!, 0) / mine.length,
  );
  const meanTotal =
    mine.reduce((sum, response) => sum + response.ratings.reduce((a, b) => a + b, 0), 0) / mine.length;
  return { team, respondents: mine.length, meanTotal, stage: stageForTotal(meanTotal), statementMeans };
}

/**
 * Fewest responses a side needs before its own numbers are shown. With one response a side's mean
 * is that person's ratings; with two, either of them can subtract their own ratings and read the
 * other's exactly. From three on, a respondent can recover only the sum of the others, which is
 * the usual smallest reporting group in staff surveys. The anonymous diagnostic promises that no
 * one's ratings can be singled out, so three is the floor.
 */
export const MIN_GROUP_SIZE = 3;

export interface DiagnosticReport {
  responses: number;
  /** Responses per side, shown even when the side's numbers are withheld. */
  counts: Record<Team, number>;
  /** A side's summary, or null when it has fewer than MIN_GROUP_SIZE responses. */
  sales: TeamSummary | null;
  marketing: TeamSummary | null;
  /** Null until there are MIN_GROUP_SIZE responses in all. */
  overallTotal: number | null;
  stage: RelationshipStage | null;
  teamGap: number | null;
  widestDisagreements: StatementGap[];
}

/**
 * What may be shown of a round: sides below the minimum group size are withheld, and the overall
 * total is built only from what is shown (the mean of the shown sides, or when no side is shown
 * the pooled mean of everyone, once there are enough people that no one stands out).
 */
export function reportDiagnostic(
  responses: readonly DiagnosticResponse[],
  widestCount = 5,
): DiagnosticReport {
  const counts: Record<Team, number> = {
    sales: responses.filter((r) => r.team === "sales").length,
    marketing: responses.filter((r) => r.team === "marketing").length,
  };
  const empty = {
    responses: responses.length,
    counts,
    sales: null,
    marketing: null,
    overallTotal: null,
    stage: null,
    teamGap: null,
    widestDisagreements: [],
  };
  if (responses.length < MIN_GROUP_SIZE) return empty;
  const shown = responses.filter((r) => counts[r.team] >= MIN_GROUP_SIZE);
  if (shown.length === 0) {
    const pooled = responses.map(scoreRespondent).reduce((sum, r) => sum + r.total, 0) / responses.length;
    return { ...empty, overallTotal: pooled, stage: stageForTotal(pooled) };
  }
  const result = scoreDiagnostic(shown, widestCount);
  return {
    responses: responses.length,
    counts,
    sales: result.sales,
    marketing: result.marketing,
    overallTotal: result.overallTotal,
    stage: result.stage,
    teamGap: result.teamGap,
    widestDisagreements: result.widestDisagreements,
  };
}
