import type { CheckContext, GapDraft } from "../check-types";
import { cite } from "../evidence";
import { listNames } from "../describe";
import { normalizeText } from "../names";
import { forTier, raise } from "../severity";
import type { Subprocessor } from "../types";

// Model providers and AI inference / prompt-orchestration services: the buyer's data goes into a model
// call. Named providers are matched as words; purposes by what the entry says it does.
const AI_PROVIDERS = [
  "openai",
  "anthropic",
  "cohere",
  "mistral",
  "fireworks ai",
  "together ai",
  "groq",
  "hugging face",
  "huggingface",
  "replicate",
  "perplexity",
  "xai",
  "ai21",
  "deepmind",
  "stability ai",
  "langchain",
  "langsmith",
  "pinecone",
];
const AI_PURPOSE =
  /\b(?:ai|llm|llms|gen ?ai|generative|inference|large language|language models?|model provider|prompts?|embeddings?|machine learning|copilot|chatbot|openai|gpt)\b/i;

function isAiProvider(entry: Subprocessor): boolean {
  const name = ` ${normalizeText(entry.name)} `;
  if (AI_PROVIDERS.some((provider) => name.includes(` ${provider} `))) return true;
  return entry.purpose !== null && AI_PURPOSE.test(entry.purpose);
}

/**
 * Does a sub-processor run AI inference, prompt orchestration or model hosting on the buyer's data?
 * Those are high-risk data paths (training on inputs, retention of prompts, onward transfer): one
 * finding per list naming them, so the buyer asks the vendor the same questions about each.
 */
export function checkSubprocessorAiProvider({ vendor, service }: CheckContext): GapDraft[] {
  if (!service.dataTypes.some((type) => type !== "public")) return [];
  const sensitive = service.dataTypes.some((type) =>
    ["sensitive_personal", "health", "payment_card", "credentials", "financial"].includes(type),
  );
  return vendor.subprocessorLists.flatMap((list): GapDraft[] => {
    const ai = list.entries
      .filter((entry) => entry.handlesBuyerData !== false && isAiProvider(entry))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (ai.length === 0) return [];
    const names = [...new Set(ai.map((entry) => entry.name))];
    const described = [
      ...new Set(ai.map((entry) => `${entry.name}${entry.purpose ? ` (${entry.purpose})` : ""}`)),
    ].sort();
    const base = forTier("high", vendor.tier);
    return [
      {
        subject: `${list.documentId}:ai-providers`,
        severity: sensitive ? raise(base) : base,
        title: `AI model providers receive your data: ${listNames(names)}`,
        detail: `${described.join("; ")}. Confirm for each: whether your data is sent to it and can be switched off, that it is not used to train models, how long prompts and outputs are kept, where inference runs, and that the vendor's DPA flows down to it.`,
        citation: cite(list.documentId, ai[0]!.source),
      },
    ];
  });
}
