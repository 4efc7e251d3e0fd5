// The buyer-service fields that describe what is bought (and what scoring measures against): read
// by the scoring inputs, the vendor page and the service edit's before/after, so one list says which.
export const SERVICE_FIELDS = {
  name: true,
  systems: true,
  dataTypes: true,
  regions: true,
  locations: true,
  contractedLegalEntity: true,
  criticality: true,
  relianceDate: true,
  publicSector: true,
} as const;
