import { data } from "@remix-run/node";
import { ErrorPage } from "~/root";

// Any address no route claims: a real 404 page, not an empty one.
export const loader = () => {
  throw data({ message: "There is nothing at this address." }, { status: 404 });
};

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage error={{ status: 404, statusText: "Not Found", internal: false, data: null }} />;
}
