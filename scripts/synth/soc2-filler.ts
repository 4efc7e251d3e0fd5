import type { Rng } from "./prng";

type FillerControl = { activity: string; test: string };

// Generic control wording per criterion family, used only to pad Section IV to the page target.
const FILLER: Record<string, Array<[string, string]>> = {
  CC1: [
    [
      "Management reviews adherence to the code of conduct for the {asset} team and documents follow-up actions.",
      "Inspected management's review and follow-up documentation.",
    ],
    [
      "Hiring managers confirm that candidates for roles supporting the {asset} meet the documented qualifications.",
      "Inspected hiring checklists for a sample of new hires.",
    ],
  ],
  CC2: [
    [
      "Changes to policies affecting the {asset} are communicated to employees through the internal newsletter.",
      "Inspected a sample of newsletters announcing policy changes.",
    ],
    [
      "Customers are notified of planned maintenance on the {asset} at least five days in advance.",
      "Inspected maintenance notifications for a sample of planned maintenance windows.",
    ],
  ],
  CC3: [
    [
      "Risks related to the {asset} are recorded in the risk register with an owner and treatment decision.",
      "Inspected the risk register entries for the {asset}.",
    ],
  ],
  CC4: [
    [
      "The compliance team tests a sample of controls over the {asset} each quarter and reports results to management.",
      "Inspected the quarterly control testing reports.",
    ],
  ],
  CC5: [
    [
      "Segregation of duties between development and deployment of the {asset} is enforced by role configuration.",
      "Inspected role configurations for the {asset}.",
    ],
  ],
  CC6: [
    [
      "Access to the {asset} requires single sign-on with multi-factor authentication.",
      "Inspected the single sign-on configuration for the {asset} and observed an authentication attempt.",
    ],
    [
      "Service accounts on the {asset} are inventoried and their credentials are rotated at least annually.",
      "Inspected the service account inventory and rotation evidence for the {asset}.",
    ],
    [
      "Remote administrative access to the {asset} is restricted to the corporate VPN.",
      "Inspected network access rules for the {asset}.",
    ],
  ],
  CC7: [
    [
      "Audit logs from the {asset} are forwarded to the central logging platform and retained for one year.",
      "Inspected log forwarding configuration and retention settings for the {asset}.",
    ],
    [
      "Configuration drift on the {asset} is detected by automated scans and remediated.",
      "Inspected drift detection alerts and related tickets for a sample of weeks.",
    ],
  ],
  CC8: [
    [
      "Infrastructure changes to the {asset} are made through version-controlled templates and reviewed before apply.",
      "Inspected a sample of infrastructure change requests for the {asset}.",
    ],
  ],
  CC9: [
    [
      "Insurance coverage for losses related to the {asset} is reviewed annually.",
      "Inspected the annual insurance review.",
    ],
  ],
  A1: [
    [
      "Availability of the {asset} is monitored by external probes every minute.",
      "Inspected the uptime monitoring configuration for the {asset}.",
    ],
  ],
  PI1: [
    [
      "Processing errors in the {asset} are logged and corrected within the documented time frame.",
      "Inspected the error log and correction tickets for the {asset}.",
    ],
  ],
  C1: [
    [
      "Confidential data exported from the {asset} is watermarked and logged.",
      "Inspected export logs for the {asset}.",
    ],
  ],
  P: [
    [
      "Personal information in the {asset} is mapped in the record of processing activities.",
      "Inspected the record of processing activities.",
    ],
  ],
};

const ELABORATIONS = [
  " Exceptions are escalated to the security team, tracked in the ticketing system, and closed only after the owner documents the corrective action taken and the date it was completed.",
  " The review is evidenced by a sign-off from the system owner and retained for at least one year.",
  "",
  "",
];

function family(criterionId: string): string {
  if (criterionId.startsWith("P") && !criterionId.startsWith("PI")) return "P";
  return criterionId.split(".")[0];
}

export function fillerControl(rng: Rng, criterionId: string, _org: string, assets: readonly string[]): FillerControl {
  const options = FILLER[family(criterionId)] ?? FILLER.CC5;
  const [activity, test] = rng.pick(options);
  const asset = rng.pick(assets);
  // Some cells are long on purpose so they wrap over several lines.
  return {
    activity: activity.replaceAll("{asset}", asset) + rng.pick(ELABORATIONS),
    test: test.replaceAll("{asset}", asset),
  };
}
