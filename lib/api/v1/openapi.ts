import * as z from "zod";
import { TOKEN_SCOPE_DETAILS } from "@/lib/api/tokens/scopes";
import { formatMegabytes, maxUploadBytes } from "@/lib/evidence/uploads/limits";
import {
  documentListSchema,
  documentSchema,
  errorSchema,
  exportQuerySchema,
  gapListSchema,
  gapQuerySchema,
  gapSchema,
  pageQuerySchema,
  serviceListSchema,
  serviceSchema,
  uploadedDocumentSchema,
  vendorFilterQuerySchema,
  vendorListSchema,
  vendorSchema,
} from "./schemas";

// The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the handlers parse
// and answer with (lib/api/v1/schemas.ts). zod 4's own z.toJSONSchema emits JSON Schema 2020-12,
// which is OpenAPI 3.1's schema dialect, so no converter library is needed (docs/decisions/019).

type Operation = {
  method: "get" | "post";
  path: string;
  summary: string;
  permission: string;
  query?: z.ZodObject;
  pathParams?: string[];
  ok: { status: number; schema?: z.ZodType; description: string; content?: Record<string, unknown> };
  upload?: boolean;
};

const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/vendors",
    summary: "List vendors",
    permission: "read",
    query: pageQuerySchema,
    ok: { status: 200, schema: vendorListSchema, description: "A page of vendors, by legal name." },
  },
  {
    method: "get",
    path: "/vendors/{vendorId}",
    summary: "Get one vendor",
    permission: "read",
    pathParams: ["vendorId"],
    ok: { status: 200, schema: vendorSchema, description: "The vendor." },
  },
  {
    method: "get",
    path: "/services",
    summary: "List services bought from vendors",
    permission: "read",
    query: vendorFilterQuerySchema,
    ok: { status: 200, schema: serviceListSchema, description: "A page of services." },
  },
  {
    method: "get",
    path: "/documents",
    summary: "List evidence documents",
    permission: "read",
    query: vendorFilterQuerySchema,
    ok: { status: 200, schema: documentListSchema, description: "A page of documents, newest first." },
  },
  {
    method: "post",
    path: "/vendors/{vendorId}/documents",
    summary: "Upload an evidence document",
    permission: "read_upload",
    pathParams: ["vendorId"],
    upload: true,
    ok: {
      status: 201,
      schema: uploadedDocumentSchema,
      description:
        "Stored and queued for reading (200 instead when the Idempotency-Key was already used for this file).",
    },
  },
  {
    method: "get",
    path: "/gaps",
    summary: "List gaps (the gap register)",
    permission: "read",
    query: gapQuerySchema,
    ok: { status: 200, schema: gapListSchema, description: "A page of gaps, most severe and soonest due first." },
  },
  {
    method: "get",
    path: "/exports/gaps",
    summary: "Export the gap register as a file",
    permission: "read",
    query: exportQuerySchema,
    ok: {
      status: 200,
      description: "The file, as an attachment.",
      content: {
        "text/csv": { schema: { type: "string" } },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
          schema: { type: "string", contentMediaType: "application/octet-stream" },
        },
        "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } },
      },
    },
  },
];

const COMPONENTS: Record<string, z.ZodType> = {
  Vendor: vendorSchema,
  VendorList: vendorListSchema,
  Service: serviceSchema,
  ServiceList: serviceListSchema,
  Document: documentSchema,
  DocumentList: documentListSchema,
  UploadedDocument: uploadedDocumentSchema,
  Gap: gapSchema,
  GapList: gapListSchema,
  Error: errorSchema,
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, strip(s)]));
}

function queryParameters(query: z.ZodObject): unknown[] {
  const json = z.toJSONSchema(query, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: "query",
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const ERRORS: Record<string, string> = {
  "401": "No token, or a token that is not valid or was revoked.",
  "403": "The token's scope (or the session's role) does not allow this.",
  "404": "Not found (also for another organisation's ids).",
  "422": "A parameter or the upload is not valid.",
  "503": "Temporarily unavailable (database or storage); retry after the Retry-After header.",
};

function operation(op: Operation) {
  const responses: Record<string, unknown> = {
    [String(op.ok.status)]: {
      description: op.ok.description,
      content: op.ok.content ?? { "application/json": { schema: ref(idOf(op.ok.schema!)) } },
    },
  };
  if (op.upload) {
    responses["200"] = {
      description: "The earlier upload with this Idempotency-Key.",
      content: { "application/json": { schema: ref("UploadedDocument") } },
    };
    responses["413"] = {
      description: `The file is larger than this instance's upload limit (${formatMegabytes(maxUploadBytes())}).`,
      content: { "application/json": { schema: ref("Error") } },
    };
  }
  for (const [status, description] of Object.entries(ERRORS))
    responses[status] = { description, content: { "application/json": { schema: ref("Error") } } };
  return {
    operationId: `${op.method}${op.path.replace(/[{}]/g, "").replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: op.summary,
    description: `Needs a token with scope \`${op.permission}\`${op.permission === "read" ? " or `read_upload`" : ""}.`,
    parameters: [
      ...(op.pathParams ?? []).map((name) => ({
        name,
        in: "path",
        required: true,
        schema: { type: "string", format: "uuid" },
      })),
      ...(op.upload
        ? [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description:
                "Retrying with the same key and file returns the first upload instead of storing a second copy.",
              schema: { type: "string", minLength: 1, maxLength: 255 },
            },
          ]
        : []),
      ...(op.query ? queryParameters(op.query) : []),
    ],
    ...(op.upload
      ? {
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  properties: { file: { type: "string", contentMediaType: "application/octet-stream" } },
                  required: ["file"],
                },
              },
            },
          },
        }
      : {}),
    responses,
  };
}

function idOf(schema: z.ZodType): string {
  const id = Object.entries(COMPONENTS).find(([, s]) => s === schema)?.[0];
  if (!id) throw new Error("openapi: an answer schema is missing from COMPONENTS");
  return id;
}

export function buildOpenApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Assay API",
      version: "1.0.0",
      description:
        "Vendors, services, evidence documents, gaps and exports of one organisation, for its security team's automation. " +
        "Authenticate with `Authorization: Bearer <token>`; an admin creates tokens under Settings → API tokens. Scopes: " +
        Object.entries(TOKEN_SCOPE_DETAILS)
          .map(([scope, detail]) => `\`${scope}\` (${detail})`)
          .join(", ") +
        ".",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An Assay API token (assay_…)." },
      },
    },
  };
}
