/**
 * The id of the register's bulk-triage form; the rows' checkboxes join it with `form=`. A plain
 * module: exported from the "use client" component, the server would see a client reference, not text.
 */
export const BULK_FORM_ID = "bulk-triage";
