import { legalForms, orgKeys } from "./names";

/**
 * Which names of one list a name of another can be: an index by organisation key, each key holding
 * the legal-form families seen under it, so one lookup costs its own keys and forms, never a walk
 * over the other list. 8,000 x 8,000 names is 16,000 index steps, not 64 million comparisons.
 */
export class NameIndex {
  private readonly byKey = new Map<string, { formless: boolean; families: Set<string> }>();
  /** Steps taken (keys indexed plus keys and forms looked up): the cost, counted for tests. */
  steps = 0;

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const forms = legalForms(name);
      for (const key of orgKeys(name)) {
        this.steps++;
        let entry = this.byKey.get(key);
        if (!entry) this.byKey.set(key, (entry = { formless: false, families: new Set() }));
        if (forms.size === 0) entry.formless = true;
        for (const form of forms) entry.families.add(form);
      }
    }
  }

  /** Does any indexed name share a key with `name` without stating a different legal form? */
  has(name: string): boolean {
    const forms = legalForms(name);
    for (const key of orgKeys(name)) {
      this.steps++;
      const entry = this.byKey.get(key);
      if (!entry) continue;
      // Same rule as legalFormsCompatible: a name stating no form matches any form.
      if (forms.size === 0 || entry.formless) return true;
      for (const form of forms) {
        this.steps++;
        if (entry.families.has(form)) return true;
      }
    }
    return false;
  }
}
