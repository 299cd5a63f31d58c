/** Process exit codes, documented in README.md ("Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Some inputs failed; every other input was stored. */
  someFailed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** Nothing could be done: the store could not be opened, or every input failed. */
  fatal: 3,
  /** A bug: an unexpected error reached the CLI's boundary. */
  internal: 70,
} as const;
