/** The measurement engine's public API: pure functions, no I/O. */
export * from "./grm";
export * from "./quadrature";
export * from "./eap";
export * from "./forced-choice";
export * from "./cat";
export * from "./multidimensional";
export * from "./multidimensional-cat";
export * from "./calibration";
export * from "./factor-analysis";
export * from "./reliability";
export * from "./quality";
export * from "./norms";
export * from "./prng";
export * from "./descriptive";
export * from "./distributions";
export * from "./dif";
export * from "./validity";
