import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";

export const meta: MetaFunction = () => [
  { title: "RoleFit — are you built for sales, marketing, or both?" },
  {
    name: "description",
    content:
      "A short, adaptive assessment of sales and marketing strengths, role-fit rankings for hiring managers, and an org planner for founders.",
  },
];

export const loader = (_: LoaderFunctionArgs) => null;

export default function Home() {
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return (
    <div className="space-y-12">
      <section className="py-6 md:py-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          Sales and marketing are different jobs
        </p>
        <h1 className="mt-2 max-w-3xl text-3xl md:text-4xl">
          Find out who is built to close deals, who is built to shape the market, and who can do both.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700">
          Both bring in revenue, but one works face to face and must shrug off a string of “no”s, while the
          other decides what to sell, to whom, how and at what price. RoleFit measures the difference
          honestly, with the uncertainty shown.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {root?.viewer ? (
            <>
              <Link to="/dashboard" className="btn-primary">
                Go to your dashboard
              </Link>
              <Link to="/assess" className="btn-secondary">
                Take the self-assessment
              </Link>
            </>
          ) : (
            <>
              <Link to="/assess" className="btn-primary">
                Take the free self-assessment
              </Link>
              <Link to="/signup" className="btn-secondary">
                Create a free workspace
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="who-heading">
        <h2 id="who-heading" className="sr-only">
          Who RoleFit is for
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          <article className="card">
            <h3 className="font-semibold">Candidates</h3>
            <p className="mt-2 text-slate-700">
              A questionnaire of about thirteen minutes that adapts to your answers, then a report on where
              you sit between sales and marketing and the work you would likely enjoy. No account needed.
            </p>
          </article>
          <article className="card">
            <h3 className="font-semibold">Hiring managers</h3>
            <p className="mt-2 text-slate-700">
              Describe the role, invite candidates, and see them ranked by fit with honest ranges, an
              interview guide for the gaps, and a bias audit.
            </p>
          </article>
          <article className="card">
            <h3 className="font-semibold">Founders</h3>
            <p className="mt-2 text-slate-700">
              Compare ways to organize sales and marketing, see when one person doing both must become two
              roles, and plan who to hire when.
            </p>
          </article>
        </div>
      </section>
    </div>
  );
}
