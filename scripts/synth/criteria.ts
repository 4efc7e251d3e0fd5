// Trust Services Criteria ids with our own short paraphrased titles (the AICPA criterion text is copyrighted).
export const TRUST_SERVICES_CATEGORIES = [
  "Security",
  "Availability",
  "Processing Integrity",
  "Confidentiality",
  "Privacy",
] as const;
export type TrustServicesCategory = (typeof TRUST_SERVICES_CATEGORIES)[number];

export type Criterion = { id: string; category: TrustServicesCategory; title: string };

const SECURITY: Array<[string, string]> = [
  ["CC1.1", "The entity shows a commitment to integrity and ethical values."],
  ["CC1.2", "The board is independent of management and oversees the development and performance of internal control."],
  ["CC1.3", "Management sets up structures, reporting lines, authorities and responsibilities, with board oversight."],
  ["CC1.4", "The entity attracts, develops and retains competent people in line with its objectives."],
  ["CC1.5", "The entity holds individuals accountable for their internal control responsibilities."],
  ["CC2.1", "The entity obtains or produces and uses relevant, quality information to support internal control."],
  ["CC2.2", "The entity communicates internal control objectives and responsibilities internally."],
  ["CC2.3", "The entity communicates with external parties about matters affecting internal control."],
  ["CC3.1", "The entity states objectives clearly enough to identify and assess related risks."],
  ["CC3.2", "The entity identifies and analyzes risks to the achievement of its objectives."],
  ["CC3.3", "The entity considers the potential for fraud when assessing risks."],
  ["CC3.4", "The entity identifies and assesses changes that could significantly affect internal control."],
  ["CC4.1", "The entity performs ongoing and/or separate evaluations of whether controls are present and functioning."],
  ["CC4.2", "The entity evaluates control deficiencies and communicates them in a timely manner."],
  ["CC5.1", "The entity selects and develops control activities that reduce risks to acceptable levels."],
  ["CC5.2", "The entity selects and develops general control activities over technology."],
  ["CC5.3", "The entity deploys control activities through policies and procedures."],
  [
    "CC6.1",
    "The entity implements logical access security software, infrastructure and architectures over protected information assets.",
  ],
  [
    "CC6.2",
    "The entity registers and authorizes users before issuing credentials and removes access when it is no longer needed.",
  ],
  [
    "CC6.3",
    "The entity authorizes, modifies or removes access based on roles, least privilege and segregation of duties.",
  ],
  ["CC6.4", "The entity restricts physical access to facilities and protected information assets."],
  ["CC6.5", "The entity discontinues logical and physical protections only after data can no longer be recovered."],
  ["CC6.6", "The entity implements logical access measures against threats from outside its system boundaries."],
  ["CC6.7", "The entity restricts and protects the transmission, movement and removal of information."],
  ["CC6.8", "The entity prevents or detects and acts on unauthorized or malicious software."],
  ["CC7.1", "The entity uses detection and monitoring to identify configuration changes and new vulnerabilities."],
  ["CC7.2", "The entity monitors system components for anomalies that indicate malicious acts, disasters or errors."],
  ["CC7.3", "The entity evaluates security events to determine whether they are incidents."],
  ["CC7.4", "The entity responds to identified security incidents through a defined incident response program."],
  ["CC7.5", "The entity identifies, develops and carries out activities to recover from security incidents."],
  [
    "CC8.1",
    "The entity authorizes, designs, develops, tests, approves and implements changes to infrastructure, data and software.",
  ],
  ["CC9.1", "The entity identifies and develops risk mitigation activities for potential business disruptions."],
  ["CC9.2", "The entity assesses and manages risks associated with vendors and business partners."],
];
const AVAILABILITY: Array<[string, string]> = [
  ["A1.1", "The entity maintains, monitors and evaluates processing capacity and use of system components."],
  ["A1.2", "The entity manages environmental protections, software, data backup and recovery infrastructure."],
  ["A1.3", "The entity tests recovery plan procedures supporting system recovery."],
];
const PROCESSING_INTEGRITY: Array<[string, string]> = [
  ["PI1.1", "The entity obtains or produces quality information about processing objectives and specifications."],
  ["PI1.2", "The entity implements policies over system inputs so that they are complete and accurate."],
  ["PI1.3", "The entity implements policies over system processing so that it is complete, accurate and timely."],
  ["PI1.4", "The entity implements policies so that outputs are complete, accurate and delivered timely."],
  [
    "PI1.5",
    "The entity implements policies to store inputs, items in processing and outputs completely and accurately.",
  ],
];
const CONFIDENTIALITY: Array<[string, string]> = [
  ["C1.1", "The entity identifies and maintains confidential information."],
  ["C1.2", "The entity disposes of confidential information to meet its objectives."],
];
const PRIVACY: Array<[string, string]> = [
  ["P1.1", "The entity gives data subjects notice about its privacy practices."],
  ["P2.1", "The entity communicates choices about collection, use and retention and obtains consent."],
  ["P3.1", "Personal information is collected consistently with the entity's privacy objectives."],
  ["P4.1", "The entity limits the use of personal information to the purposes identified."],
  ["P4.2", "The entity retains personal information consistent with its objectives."],
  ["P4.3", "The entity securely disposes of personal information."],
  ["P5.1", "The entity grants data subjects access to their stored personal information."],
  ["P6.1", "The entity discloses personal information to third parties only with consent."],
  ["P6.6", "The entity notifies affected parties of breaches and incidents."],
  ["P8.1", "The entity handles inquiries, complaints and disputes from data subjects."],
];

function build(category: TrustServicesCategory, rows: Array<[string, string]>): Criterion[] {
  return rows.map(([id, title]) => ({ id, category, title }));
}

export const CRITERIA: readonly Criterion[] = [
  ...build("Security", SECURITY),
  ...build("Availability", AVAILABILITY),
  ...build("Processing Integrity", PROCESSING_INTEGRITY),
  ...build("Confidentiality", CONFIDENTIALITY),
  ...build("Privacy", PRIVACY),
];

export function criteriaFor(categories: readonly TrustServicesCategory[]): Criterion[] {
  return CRITERIA.filter((c) => categories.includes(c.category));
}

export const CATEGORY_HEADINGS: Record<string, string> = {
  CC1: "Common Criteria Related to Control Environment",
  CC2: "Common Criteria Related to Communication and Information",
  CC3: "Common Criteria Related to Risk Assessment",
  CC4: "Common Criteria Related to Monitoring Activities",
  CC5: "Common Criteria Related to Control Activities",
  CC6: "Common Criteria Related to Logical and Physical Access Controls",
  CC7: "Common Criteria Related to System Operations",
  CC8: "Common Criteria Related to Change Management",
  CC9: "Common Criteria Related to Risk Mitigation",
  A1: "Additional Criteria for Availability",
  PI1: "Additional Criteria for Processing Integrity",
  C1: "Additional Criteria for Confidentiality",
  P: "Additional Criteria for Privacy",
};

export function familyOf(criterionId: string): string {
  if (criterionId.startsWith("P") && !criterionId.startsWith("PI")) return "P";
  return criterionId.split(".")[0];
}
