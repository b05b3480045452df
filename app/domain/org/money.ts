// The one way RoleFit writes dollar amounts: US dollars, compact ("$900", "$150K", "$1.5M"), with
// the formatters built once (Intl.NumberFormat is costly to construct and is called per table cell).

const formatters = new Map<number, Intl.NumberFormat>();

function compact(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    formatters.set(digits, f);
  }
  return f;
}

/** "$1.5M", "$250K", "$900"; `digits` decimals at most (default 1), trailing zeros dropped. */
export function formatUsd(amount: number, digits = 1): string {
  return compact(digits).format(amount);
}
