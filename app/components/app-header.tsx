import { Form, Link, NavLink } from "@remix-run/react";

export interface HeaderViewer {
  name: string;
  email: string;
  currentOrganizationId: string | null;
  organizations: { id: string; name: string; role: string }[];
}

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium no-underline hover:bg-slate-100 hover:no-underline ${isActive ? "bg-slate-100 text-slate-900" : "text-slate-700"}`;

function MainLinks({ isOwner, stacked }: { isOwner: boolean; stacked: boolean }) {
  const cls = stacked ? (a: { isActive: boolean }) => `block ${navClass(a)}` : navClass;
  return (
    <>
      <NavLink to="/dashboard" className={cls}>
        Dashboard
      </NavLink>
      <NavLink to="/roles" className={cls}>
        Roles
      </NavLink>
      <NavLink to="/team" className={cls}>
        Team map
      </NavLink>
      <NavLink to="/org" className={cls}>
        Org designer
      </NavLink>
      <NavLink to="/fairness" className={cls}>
        Bias audit
      </NavLink>
      <NavLink to="/settings/members" className={cls}>
        Members
      </NavLink>
      {isOwner ? (
        <NavLink to="/settings" end className={cls}>
          Settings
        </NavLink>
      ) : null}
    </>
  );
}

export function AppHeader({ viewer, minimal = false }: { viewer: HeaderViewer | null; minimal?: boolean }) {
  const isOwner = viewer?.organizations.find((o) => o.id === viewer.currentOrganizationId)?.role === "owner";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link
          to={viewer ? "/dashboard" : "/"}
          className="text-lg font-bold text-slate-900 no-underline hover:no-underline"
        >
          Role<span className="text-brand-600">Fit</span>
        </Link>
        {minimal ? null : viewer ? (
          <>
            {/* On a phone the links fold into a menu: a <details>, so it opens without JavaScript. */}
            <details className="no-print md:hidden">
              <summary className="btn-secondary cursor-pointer list-none py-1.5">Menu</summary>
              <div className="absolute inset-x-0 top-full z-20 space-y-3 border-b border-slate-200 bg-white px-4 py-3 shadow-lg">
                <nav aria-label="Main" className="space-y-1">
                  <MainLinks isOwner={isOwner} stacked />
                </nav>
                <OrganizationSwitcher viewer={viewer} idSuffix="menu" />
              </div>
            </details>
            <nav aria-label="Main" className="hidden flex-wrap gap-1 md:flex">
              <MainLinks isOwner={isOwner} stacked={false} />
            </nav>
            <div className="ml-auto flex flex-wrap items-center gap-3">
              <div className="hidden md:block">
                <OrganizationSwitcher viewer={viewer} idSuffix="header" />
              </div>
              <details className="relative">
                <summary
                  className="btn-secondary cursor-pointer list-none py-1.5"
                  aria-label={`Account menu for ${viewer.name}`}
                >
                  <span className="inline-block max-w-[10rem] truncate align-bottom">{viewer.name}</span>
                </summary>
                <div className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
                  <p className="truncate px-2 py-1 text-xs text-slate-600">{viewer.email}</p>
                  <Link
                    to="/account/password"
                    className="block rounded px-2 py-1.5 text-sm text-slate-800 no-underline hover:bg-slate-100"
                  >
                    Change password
                  </Link>
                  <Link
                    to="/organizations/new"
                    className="block rounded px-2 py-1.5 text-sm text-slate-800 no-underline hover:bg-slate-100"
                  >
                    New organization
                  </Link>
                  <Form method="post" action="/logout">
                    <button
                      type="submit"
                      className="w-full rounded px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100"
                    >
                      Sign out
                    </button>
                  </Form>
                </div>
              </details>
            </div>
          </>
        ) : (
          <nav aria-label="Account" className="ml-auto flex gap-2">
            <Link to="/login" className="btn-secondary">
              Sign in
            </Link>
            <Link to="/signup" className="btn-primary">
              Create account
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}

function OrganizationSwitcher({ viewer, idSuffix }: { viewer: HeaderViewer; idSuffix: string }) {
  if (viewer.organizations.length === 0) return null;
  if (viewer.organizations.length === 1) {
    return <span className="text-sm text-slate-700">{viewer.organizations[0]!.name}</span>;
  }
  return (
    <Form method="post" action="/organizations/switch" className="flex items-center gap-2">
      <label htmlFor={`organization-switcher-${idSuffix}`} className="sr-only">
        Organization
      </label>
      <select
        id={`organization-switcher-${idSuffix}`}
        name="organizationId"
        defaultValue={viewer.currentOrganizationId ?? undefined}
        className="input w-auto py-1.5 text-sm"
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
      >
        {viewer.organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="btn-secondary py-1.5">
          Switch
        </button>
      </noscript>
    </Form>
  );
}
