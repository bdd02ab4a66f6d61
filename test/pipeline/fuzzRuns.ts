// How many cases each property-based test tries: many on CI, a quick sample locally.
export const FUZZ_RUNS = process.env.CI ? 10_000 : 500;

/** Fewer runs for properties that run the whole pipeline per case (still thousands on CI). */
export const PIPELINE_FUZZ_RUNS = process.env.CI ? 10_000 : 200;
