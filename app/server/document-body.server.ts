/**
 * A rendered document travels from entry.server to the HTTP adapter as a finished Buffer beside an
 * empty Response, so the adapter writes it in one `end()` instead of piping a web stream made from
 * it into Node's response (the stream conversions were a tenth of the questionnaire page's CPU).
 * entry.server and the adapter are built into different bundles, so the Buffer is carried under a
 * registered symbol, which both copies of this module resolve to the same key.
 */
const BODY = Symbol.for("rolefit.documentBody");

type WithBody = Response & { [BODY]?: Buffer };

export function documentResponse(body: Buffer, init: ResponseInit): Response {
  const response: WithBody = new Response(null, init);
  response[BODY] = body;
  return response;
}

/** The Buffer documentResponse attached, if this Response came from it. */
export function documentBody(response: Response): Buffer | undefined {
  return (response as WithBody)[BODY];
}
