import * as z from "zod";
import { DATA_TYPES, REGIONS } from "@/lib/scoring/types";

import { TIERS as CRITICALITIES } from "@/lib/vocabulary";
export { CRITICALITIES, DATA_TYPES, REGIONS };

const list = (max: number) =>
  z
    .string()
    .max(2000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(/[\n,]/)
            .map((x) => x.trim())
            .filter(Boolean)
            .slice(0, max)
        : [],
    );

// FormData gives one value per checkbox; the action passes arrays through as they come.
const multi = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values)).max(values.length));

export const serviceFormSchema = z.object({
  vendorId: z.uuid(),
  name: z.string().trim().min(2, "Name the service you buy.").max(200),
  systems: list(30),
  dataTypes: multi(DATA_TYPES),
  regions: multi(REGIONS).refine((r) => r.length > 0, "Pick at least one region: it decides which criteria apply."),
  locations: list(30),
  contractedLegalEntity: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((s) => s || null),
  criticality: z.enum(CRITICALITIES),
  relianceDate: z
    .union([z.literal(""), z.iso.date()])
    .optional()
    .transform((d) => d || null),
  // A checkbox: present ("on") when ticked, absent otherwise.
  publicSector: z
    .union([z.literal("on"), z.literal("true")])
    .optional()
    .transform((v) => v !== undefined),
  ownerId: z
    .union([z.literal(""), z.uuid()])
    .optional()
    .transform((s) => s || null),
});
export type ServiceForm = z.output<typeof serviceFormSchema>;

export const updateServiceSchema = serviceFormSchema.extend({ serviceId: z.uuid() });
export type UpdateServiceForm = z.output<typeof updateServiceSchema>;

export const retireServiceSchema = z.object({
  vendorId: z.uuid(),
  serviceId: z.uuid(),
  retired: z.enum(["1", "0"]).transform((v) => v === "1"),
});
