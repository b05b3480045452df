import { SalesMarketingPlane } from "~/components/charts/sales-marketing-plane";
import { ChartLegend } from "~/components/charts/chart-legend";
import { SIDE_COLORS } from "~/components/charts/palette";
import { useT } from "~/components/i18n";
import { formatDecimal } from "~/domain/i18n/translate";
import { ThetaAxis } from "~/components/charts/theta-axis";
import { TraitBar } from "~/components/charts/trait-bar";
import { AboutQuestionnaire } from "./about-questionnaire";
import type { PersonalReport, ReportTrait } from "~/domain/assessment/report";

const sideTitles = {
  sales: "report.side.sales",
  marketing: "report.side.marketing",
  bridge: "report.side.bridge",
} as const;

function TraitRow({ t }: { t: ReportTrait }) {
  const tr = useT();
  return (
    <li className="border-t border-slate-200 py-4 first:border-t-0">
      <div className="grid items-center gap-2 md:grid-cols-[14rem_1fr_11rem]">
        <h4 className="font-medium text-slate-900">{t.name}</h4>
        <TraitBar theta={t.theta} low={t.low} high={t.high} color={SIDE_COLORS[t.side]} />
        <p className="text-sm text-slate-700">
          {tr("report.percentile", { n: Math.round(t.percentile) })}
          <span className="block text-xs text-slate-600">
            {tr("report.percentileRange", {
              low: Math.round(t.percentileLow),
              high: Math.round(t.percentileHigh),
            })}
          </span>
        </p>
      </div>
      <p className="mt-2 text-sm text-slate-700">{t.level === "low" ? t.growth : t.strength}</p>
      {t.uncertainty ? <p className="mt-1 text-sm italic text-slate-600">{t.uncertainty}</p> : null}
    </li>
  );
}

export function PersonalReportView({ report, planeId }: { report: PersonalReport; planeId: string }) {
  const t = useT();
  const { point } = report;
  const description = t("report.planeDescription", {
    sales: formatDecimal(t.locale, point.sales.theta),
    marketing: formatDecimal(t.locale, point.marketing.theta),
    headline: report.headline,
  });
  return (
    <div className="space-y-6">
      <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
        <strong>{report.calibration === "provisional" ? `${t("report.provisional")} ` : ""}</strong>
        {report.notice} {t("report.percentiles")}
      </p>

      <section className="card grid gap-6 md:grid-cols-[1fr_20rem]" aria-labelledby="where-heading">
        <div>
          <h2 id="where-heading">{report.headline}</h2>
          <p className="mt-2 text-slate-700">{report.summary}</p>
          <p className="mt-3 text-sm text-slate-700">{description}</p>
          <p className="mt-3 text-sm text-slate-700">
            <strong>{t("report.versatility")}</strong> {report.versatility.label}.
          </p>
        </div>
        <SalesMarketingPlane
          points={[{ id: planeId, label: t("report.you"), marketing: point.marketing, sales: point.sales }]}
          title={t("report.planeTitle")}
          description={description}
        />
      </section>

      <section className="card" aria-labelledby="traits-heading">
        <h2 id="traits-heading">{t("report.traitsTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("report.traitsHint")}</p>
        <div className="mt-3">
          <ChartLegend />
        </div>

        {(["sales", "marketing", "bridge"] as const).map((side) => (
          <div key={side} className="mt-5">
            <h3
              className="text-sm font-semibold uppercase tracking-wide"
              style={{ color: SIDE_COLORS[side] }}
            >
              {t(sideTitles[side])}
            </h3>
            {/* Tick numbers over the bars' column: −3 to +3, 0 being the reference group's average. */}
            <div className="mt-2 grid gap-2 md:grid-cols-[14rem_1fr_11rem]" aria-hidden="true">
              <span className="hidden md:block" />
              <ThetaAxis />
            </div>
            <ul>
              {report.traits
                .filter((t) => t.side === side)
                .map((t) => (
                  <TraitRow key={t.trait} t={t} />
                ))}
            </ul>
          </div>
        ))}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="enjoy-heading">
          <h2 id="enjoy-heading">{t("report.enjoyTitle")}</h2>
          <ul className="mt-3 space-y-2">
            {report.enjoy.map((task) => (
              <li key={task.id}>
                <span className="font-medium">{task.label}</span>
                <span className="block text-sm text-slate-600">
                  {t("report.drawsOn", {
                    trait: task.because,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="roles-heading">
          <h2 id="roles-heading">{t("report.rolesTitle")}</h2>
          <ol className="mt-3 space-y-3">
            {report.roles.map((role) => (
              <li key={role.id}>
                <span className="font-medium">{role.name}</span>{" "}
                <span className="text-sm text-slate-700">
                  {t("report.roleFit", {
                    fit: Math.round(role.fit),
                    low: Math.round(role.low),
                    high: Math.round(role.high),
                  })}
                </span>
                <span className="block text-sm text-slate-600">{role.summary}</span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs text-slate-600">{t("report.fitModel", { model: report.fitModel })}</p>
        </section>
      </div>

      <section className="card" aria-labelledby="grow-heading">
        <h2 id="grow-heading">{t("report.growTitle")}</h2>
        <p className="mt-1 text-sm text-slate-700">{report.growthIntro}</p>
        {report.growth.length ? (
          <ul className="mt-3 space-y-3">
            {report.growth.map((g) => (
              <li key={g.trait}>
                <span className="font-medium">{g.trait}:</span>{" "}
                <span className="text-slate-700">
                  {g.need} {g.advice}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <AboutQuestionnaire />
    </div>
  );
}
