/** The columns a gap row shows wherever gaps are listed (register, vendor page): what loaders select. */
export const GAP_ROW_FIELDS = {
  id: true,
  severity: true,
  title: true,
  subject: true,
  status: true,
  dueDate: true,
  ownerId: true,
  acceptedUntil: true,
} as const;
