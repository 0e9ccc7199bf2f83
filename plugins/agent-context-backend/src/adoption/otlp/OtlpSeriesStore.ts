/** The last point taken of one cumulative series. */
export interface OtlpSeriesState {
  seriesKey: string;
  metric: string;
  /** Decimal nanoseconds since the epoch. */
  startTimeUnixNano: string;
  /** Decimal nanoseconds since the epoch. */
  timeUnixNano: string;
  /** The running total (a sum's value, a histogram's sum). */
  value: number;
  /** A histogram's running count. */
  count?: number;
}

/** Where the receiver keeps the last point of each cumulative series. */
export interface OtlpSeriesStore {
  /** The states of those series that have one. */
  get(seriesKeys: string[]): Promise<Map<string, OtlpSeriesState>>;
  /** Records these states, replacing the series' earlier ones. */
  put(states: OtlpSeriesState[], at: Date): Promise<void>;
  /** Forgets series not updated since `before`; returns how many. */
  prune(before: Date): Promise<number>;
}
