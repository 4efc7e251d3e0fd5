// Lint is used for the project's architectural fences (house-style §3.3); Prettier does formatting.
import tseslint from "typescript-eslint";

// The data-access fence: only files named data.ts (reads), mutations.ts (writes) and loaders.ts
// (one screen's reads) may reach the database, wherever they sit in lib/, app/ or components/, so
// tenant scope is checked in one kind of file. By file name, not folder: a new folder is fenced too.
const DATA_ACCESS_FILES = ["**/data.ts", "**/mutations.ts", "**/loaders.ts", "lib/db.ts"];
export const DB_IMPORT_PATTERNS = [
  {
    regex: "^(@/|(\\.\\./)+|\\./)(lib/)?db$",
    message:
      "Only data.ts, mutations.ts and loaders.ts import lib/db (tenant scope is enforced there): move the query into one.",
  },
  {
    regex: "(^|/)prisma/generated(/|$)|^@prisma/(client|adapter-pg)$",
    message: "Only data.ts, mutations.ts and loaders.ts use the Prisma client or its types: move the query into one.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "prisma/generated/**",
      "bench/out/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tseslint.parser },
    // Only the fences run here; a disable comment for a rule of a fuller lint is not an error.
    linterOptions: { reportUnusedDisableDirectives: "off" },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx", "app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx"],
    ignores: [...DATA_ACCESS_FILES, "**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: DB_IMPORT_PATTERNS }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/^(@\\/|(\\.\\.\\/)+|\\.\\/)(lib\\/)?db$|prisma\\/generated/]",
          message: "Only data.ts, mutations.ts and loaders.ts reach the database, by static import.",
        },
      ],
    },
  },
  {
    files: ["lib/scoring/**/*.ts"],
    ignores: ["lib/scoring/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/*",
                "../../*",
                "next",
                "next/*",
                "react",
                "react-dom",
                "server-only",
                "@prisma/*",
                "node:*",
                "zod",
              ],
              message:
                "lib/scoring is pure: facts and a date in, a gap register out. Load data in lib/<domain>/data.ts and pass it in.",
            },
            ...DB_IMPORT_PATTERNS,
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "lib/scoring reads no clock: the caller passes asOf." },
      ],
    },
  },
);
