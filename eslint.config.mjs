// Lint is used for the project's architectural fences (house-style §3.3), not for formatting.
import tseslint from "typescript-eslint";

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
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "lib/scoring reads no clock: the caller passes asOf." },
      ],
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.tsx", "components/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/db",
              message: "Only lib/*/data.ts and lib/*/mutations.ts talk to Prisma (tenant scope lives there).",
            },
          ],
        },
      ],
    },
  },
);
