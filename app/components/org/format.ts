/** Payroll figures in the org designer: "$1,038k". */
export const usdThousands = (x: number) => `$${Math.round(x / 1000).toLocaleString("en-US")}k`;
