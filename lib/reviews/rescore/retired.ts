// Pure: the sentence a closed finding keeps when its document stopped being scored.

export function retiredReason(doc: {
  filename: string;
  deleted: boolean;
  deleteReason: string | null;
  supersededBy: string | null;
}): { reason: string; withdrawn: boolean } {
  if (doc.deleted) {
    const why = doc.deleteReason ? `: ${doc.deleteReason.replace(/\.?$/, "")}` : "";
    return {
      reason: `the document it was raised from (${doc.filename}) was deleted${why}. Not fixed, withdrawn.`,
      withdrawn: true,
    };
  }
  return {
    reason: `fixed in the newer document: ${doc.supersededBy} replaced ${doc.filename} and no longer shows it.`,
    withdrawn: false,
  };
}
