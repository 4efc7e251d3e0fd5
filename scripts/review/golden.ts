// Prints precision / recall of the command-line review against the hand-written golden registers.
//   npx tsx scripts/review/golden.ts [--verbose] [--only <part of a situation's name>]
import path from "node:path";
import { SITUATIONS } from "../../tests/review/golden-registers";
import { measure, totals } from "../../tests/review/measure";
import { reviewFiles } from "./run";

const shared = path.resolve(process.cwd(), "../shared");
const verbose = process.argv.includes("--verbose");
// --only <text>: the situations whose name contains the text (the totals then cover only those).
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

async function main() {
  const scores = [];
  for (const situation of SITUATIONS.filter((item) => !only || item.name.includes(only))) {
    const { register, unreadable } = await reviewFiles({
      vendor: situation.vendor,
      service: situation.service,
      asOf: situation.asOf,
      files: situation.docs.map((doc) => path.join(shared, doc)),
    });
    const score = measure(situation, register.gaps);
    scores.push(score);
    console.log(
      `\n## ${score.name}\n   ${score.found}/${score.expected} expected found, ${score.right}/${score.gaps} gaps right`,
    );
    for (const m of score.missed) console.log(`   MISSED  ${m}`);
    for (const f of score.forbidden) console.log(`   FORBIDDEN ${f}`);
    for (const e of score.extra) console.log(`   EXTRA   ${e}`);
    for (const u of unreadable) console.log(`   UNREADABLE ${u.file}: ${u.reason}`);
    if (verbose)
      for (const g of register.gaps)
        console.log(
          `     - ${g.severity} ${g.checkId} [${g.subject}] ${g.title} | due ${g.dueDate}\n         ${g.detail.replace(/\n/g, "\n         ")}`,
        );
  }
  const t = totals(scores);
  console.log(
    `\nTOTAL precision ${(t.precision * 100).toFixed(0)}% (${t.right}/${t.gaps}), recall ${(t.recall * 100).toFixed(0)}% (${t.found}/${t.expected}), ${t.gapsPerExpected.toFixed(2)} gaps per expected finding, ${t.forbidden} forbidden`,
  );
}

void main();
