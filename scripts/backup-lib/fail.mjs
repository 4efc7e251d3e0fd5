// Expected failures end in one line that says what to do, never a stack trace (ASSAY_DEBUG=1 shows it).
export function fail(message, err) {
  if (err && process.env.ASSAY_DEBUG) console.error(err);
  console.error(`assay: ${message}`);
  process.exit(1);
}

export function firstLine(err) {
  return String(err?.message ?? err).split("\n")[0];
}
