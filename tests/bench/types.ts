/** One measured figure. `baseline` is a simple reference measured in the same run; ratio = value / baseline.value. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  /** The budget is a minimum (throughput) rather than a maximum (time). */
  higherIsBetter?: boolean;
  baseline?: { name: string; value: number };
  ratio?: number;
}

export type BenchModule = () => Promise<BenchResult[]>;
