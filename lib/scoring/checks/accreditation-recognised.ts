import type { CheckContext, GapDraft } from "../check-types";
import { describeCertificate } from "../describe";
import { citeField, currentIso27001Certificates } from "../evidence";
import { textMentions } from "../names";

/** Is the certification body accredited by a body the policy recognises? (§3.13) */
export function checkAccreditationRecognised({ vendor, policy }: CheckContext): GapDraft[] {
  return currentIso27001Certificates(vendor).flatMap((cert): GapDraft[] => {
    const citation = citeField(cert, "accreditationBody");
    const body = cert.accreditationBody;
    if (body === null || body.trim() === "") {
      return [
        {
          subject: cert.documentId,
          severity: "medium",
          title: "No accreditation body named",
          detail: `The ${describeCertificate(cert)} names no accreditation body, so nothing shows the certification body was accredited. Check it on IAF CertSearch or with the certification body.`,
          citation,
        },
      ];
    }
    if (policy.recognisedAccreditationBodies.some((recognised) => textMentions(body, recognised))) return [];
    return [
      {
        subject: cert.documentId,
        severity: "medium",
        title: "Accreditation body not recognised by policy",
        detail: `The certificate cites "${body}", which is not among the bodies policy recognises (${policy.recognisedAccreditationBodies.join(", ") || "none"}).`,
        citation,
      },
    ];
  });
}
