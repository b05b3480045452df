// Public API of the org designer's domain model (issue 8). Pure TypeScript: no I/O, React or DB.
export * from "./profile";
export * from "./structures";
export * from "./workload";
export * from "./staffing";
export * from "./chart";
export * from "./spans";
export * from "./capacity";
export * from "./criteria";
export * from "./diagnostic";
export * from "./scoring";
export * from "./flip";
export * from "./triangular";
export * from "./montecarlo";
export * from "./uncertain-inputs";
export * from "./feasibility";
export * from "./evaluate";
