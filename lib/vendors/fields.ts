// The vendor's own record as people edit and read it (profile, API, edit history): one list.
export const VENDOR_FIELDS = {
  legalName: true,
  aliases: true,
  website: true,
  tier: true,
  status: true,
  nextReviewDate: true,
} as const;
