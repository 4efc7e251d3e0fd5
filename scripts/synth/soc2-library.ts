// Fictional names and our own control wording used to assemble synthetic reports (no real report text).
export const COMPANY_STEMS = [
  "Bluefern",
  "Quillstone",
  "Harborlight",
  "Corvane",
  "Tessellate",
  "Meridale",
  "Ostrava Labs",
  "Pinecrest Data",
  "Lumenfold",
  "Vantor",
  "Brightwater Analytics",
  "Kelpie Systems",
  "Northwind Ledger",
  "Sablecroft",
  "Ardent Loop",
  "Copperleaf",
  "Fernhollow",
  "Glimmerstack",
  "Halcyra",
  "Ironbark Cloud",
] as const;
export const COMPANY_SUFFIXES = ["Inc.", "LLC", "Ltd.", "Corp.", "GmbH", "Pty Ltd"] as const;

export const PRODUCT_NOUNS = [
  "Platform",
  "Cloud",
  "Connect",
  "Insight",
  "Payroll",
  "Ledger",
  "Workspace",
  "Pulse",
  "Vault",
  "Relay",
] as const;

export const SERVICE_DESCRIPTIONS = [
  "software-as-a-service accounts payable automation",
  "hosted customer identity and single sign-on",
  "cloud-based incident paging and on-call scheduling",
  "managed payroll processing and tax filing",
  "multi-tenant document e-signature workflow",
  "API-based payment reconciliation for marketplaces",
  "hosted learning management for corporate training",
  "subscription billing and revenue recognition",
  "endpoint telemetry collection and alerting",
  "clinical appointment scheduling and reminders",
  "data warehouse ingestion pipelines",
  "contract lifecycle management",
] as const;

export const OFFICE_LOCATIONS = [
  "Austin, Texas",
  "Denver, Colorado",
  "Toronto, Ontario",
  "Dublin, Ireland",
  "Raleigh, North Carolina",
  "Portland, Oregon",
  "Leeds, United Kingdom",
  "Pune, India",
  "Kraków, Poland",
  "Melbourne, Australia",
] as const;

export const DATA_CENTER_REGIONS = [
  "US East (Northern Virginia)",
  "US West (Oregon)",
  "EU Central (Frankfurt)",
  "EU West (Dublin)",
  "Canada Central (Montréal)",
  "Asia Pacific (Sydney)",
  "UK South (London)",
] as const;

export const AUDITOR_FIRMS = [
  { name: "Harrow & Vance LLP", location: "Chicago, Illinois" },
  { name: "Kestrel Assurance Partners LLP", location: "Atlanta, Georgia" },
  { name: "Millbrook Whitcombe CPAs, P.C.", location: "Boston, Massachusetts" },
  { name: "Tallis Quarry Attest LLC", location: "San Diego, California" },
  { name: "Ravensworth & Oduya LLP", location: "New York, New York" },
  { name: "Penrose Lake Advisory LLP", location: "Minneapolis, Minnesota" },
] as const;

export const SUBSERVICE_ORGS = [
  { name: "Nimbus Compute Services, Inc.", service: "Infrastructure-as-a-service cloud hosting" },
  { name: "Stratoline Data Centers LLC", service: "Colocation data center facilities and physical security" },
  { name: "Cobalt Queue Messaging, Inc.", service: "Transactional e-mail delivery" },
  { name: "Parcelgate Payments Ltd.", service: "Payment card processing" },
  { name: "Verdant Backup Co.", service: "Off-site backup storage and replication" },
  { name: "Signalpath Monitoring, Inc.", service: "Infrastructure monitoring and alerting" },
  { name: "Keystone Identity Cloud, Inc.", service: "Workforce identity and multi-factor authentication" },
] as const;

export type CriteriaText = { text: string; criteria: string[] };

/** Each entry is one responsibility; `{org}` is the service organization's short name. */
export const CUEC_LIBRARY: readonly CriteriaText[] = [
  {
    text: "User entities are responsible for provisioning and removing their own users' access to the {system} in a timely manner.",
    criteria: ["CC6.2", "CC6.3"],
  },
  {
    text: "User entities are responsible for reviewing the access of their users to the {system} at least annually.",
    criteria: ["CC6.2", "CC6.3"],
  },
  {
    text: "User entities are responsible for enabling multi-factor authentication for their administrator accounts.",
    criteria: ["CC6.1"],
  },
  {
    text: "User entities are responsible for keeping their credentials and API keys confidential.",
    criteria: ["CC6.1", "CC6.6"],
  },
  {
    text: "User entities are responsible for notifying {org} of changes to their authorized contacts.",
    criteria: ["CC2.3"],
  },
  {
    text: "User entities are responsible for reporting suspected security incidents involving the {system} to {org} promptly.",
    criteria: ["CC7.3", "CC7.4"],
  },
  {
    text: "User entities are responsible for the accuracy and completeness of data they submit to the {system}.",
    criteria: ["PI1.2", "CC8.1"],
  },
  {
    text: "User entities are responsible for approving configuration changes they request in their tenant.",
    criteria: ["CC8.1"],
  },
  {
    text: "User entities are responsible for securing the workstations and networks used to reach the {system}.",
    criteria: ["CC6.6", "CC6.8"],
  },
  {
    text: "User entities are responsible for encrypting files before uploading them when their own policies require it.",
    criteria: ["CC6.7", "C1.1"],
  },
  {
    text: "User entities are responsible for deciding which of their data is confidential and classifying it before sharing it through the {system}.",
    criteria: ["C1.1"],
  },
  {
    text: "User entities are responsible for defining data retention settings that meet their legal obligations.",
    criteria: ["C1.2", "P4.2"],
  },
  {
    text: "User entities are responsible for obtaining consent from their own data subjects where law requires it.",
    criteria: ["P2.1", "P3.1"],
  },
  {
    text: "User entities are responsible for reviewing reports and notifications sent by {org} and acting on exceptions.",
    criteria: ["CC4.1", "PI1.4"],
  },
  {
    text: "User entities are responsible for maintaining their own business continuity plans for loss of the {system}.",
    criteria: ["A1.2", "CC9.1"],
  },
  {
    text: "User entities are responsible for restricting single sign-on integrations to approved identity providers.",
    criteria: ["CC6.1", "CC6.6"],
  },
  {
    text: "User entities are responsible for configuring IP allow-lists for administrative access where offered.",
    criteria: ["CC6.6"],
  },
  {
    text: "User entities are responsible for reconciling output files received from the {system} with their source records.",
    criteria: ["PI1.4", "PI1.5"],
  },
  {
    text: "User entities are responsible for ensuring their personnel complete the onboarding guidance provided by {org}.",
    criteria: ["CC2.2"],
  },
  {
    text: "User entities are responsible for reviewing {org}'s published service commitments and terms before use.",
    criteria: ["CC2.3"],
  },
  {
    text: "User entities are responsible for disabling integrations and tokens they no longer use.",
    criteria: ["CC6.2", "CC6.5"],
  },
  {
    text: "User entities are responsible for validating that webhooks they configure point to endpoints they control.",
    criteria: ["CC6.7"],
  },
  {
    text: "User entities are responsible for requesting deletion of their data at contract end.",
    criteria: ["C1.2", "CC6.5"],
  },
  {
    text: "User entities are responsible for answering data subject requests they receive and forwarding those meant for {org}.",
    criteria: ["P5.1", "P8.1"],
  },
  {
    text: "User entities are responsible for monitoring their own usage against subscribed capacity limits.",
    criteria: ["A1.1"],
  },
  {
    text: "User entities are responsible for testing releases in their sandbox tenant before enabling them in production.",
    criteria: ["CC8.1"],
  },
  {
    text: "User entities are responsible for protecting exported reports once they leave the {system}.",
    criteria: ["C1.1", "CC6.7"],
  },
  {
    text: "User entities are responsible for assigning administrator roles only to trained personnel.",
    criteria: ["CC6.3", "CC1.4"],
  },
  {
    text: "User entities are responsible for enforcing password strength rules in their identity provider when using federated login.",
    criteria: ["CC6.1"],
  },
  {
    text: "User entities are responsible for retaining audit logs exported from the {system} for the period their regulators require.",
    criteria: ["CC7.2"],
  },
  {
    text: "User entities are responsible for informing {org} of regulatory requirements that may affect the services provided.",
    criteria: ["CC2.3", "CC3.1"],
  },
  {
    text: "User entities are responsible for evaluating the suitability of the {system} for processing special categories of personal data.",
    criteria: ["P1.1", "CC3.2"],
  },
  {
    text: "User entities are responsible for the security of on-premises agents installed in their environment.",
    criteria: ["CC6.8", "CC7.1"],
  },
  {
    text: "User entities are responsible for granting {org} support staff access to their environment only when needed.",
    criteria: ["CC6.1", "CC6.3"],
  },
  {
    text: "User entities are responsible for scheduling bulk imports outside peak processing windows published by {org}.",
    criteria: ["A1.1", "PI1.3"],
  },
  {
    text: "User entities are responsible for verifying the identity of callers who claim to represent {org}.",
    criteria: ["CC2.3", "CC7.3"],
  },
  {
    text: "User entities are responsible for confirming that backups of data they keep outside the {system} are protected.",
    criteria: ["A1.2"],
  },
  {
    text: "User entities are responsible for reviewing the sub-processor notices {org} sends and objecting within the notice period.",
    criteria: ["CC9.2", "P6.1"],
  },
  {
    text: "User entities are responsible for masking production data before copying it into non-production tenants.",
    criteria: ["C1.1", "P4.1"],
  },
  {
    text: "User entities are responsible for ensuring their use of the {system} complies with export control rules that apply to them.",
    criteria: ["CC3.1"],
  },
  {
    text: "User entities are responsible for revoking shared links that are no longer required.",
    criteria: ["CC6.2", "C1.1"],
  },
  {
    text: "User entities are responsible for following {org}'s documented procedures to escalate availability issues.",
    criteria: ["A1.1", "CC7.4"],
  },
];

export const CSOC_LIBRARY: readonly CriteriaText[] = [
  {
    text: "The subservice organization restricts physical access to data center facilities to authorized personnel.",
    criteria: ["CC6.4"],
  },
  { text: "The subservice organization logs and reviews badge access to data center floors.", criteria: ["CC6.4"] },
  {
    text: "The subservice organization maintains environmental protections such as fire suppression, cooling and uninterruptible power.",
    criteria: ["A1.2"],
  },
  { text: "The subservice organization securely destroys decommissioned storage media.", criteria: ["CC6.5"] },
  {
    text: "The subservice organization monitors the hosting network with intrusion detection and perimeter firewalls.",
    criteria: ["CC6.6", "CC7.1"],
  },
  {
    text: "The subservice organization patches and maintains the hypervisor and physical host infrastructure.",
    criteria: ["CC7.1", "CC8.1"],
  },
  { text: "The subservice organization replicates stored objects across availability zones.", criteria: ["A1.2"] },
  {
    text: "The subservice organization notifies customers of security incidents affecting their data.",
    criteria: ["CC7.3", "CC7.4"],
  },
];

export type ControlTemplate = { activity: string; test: string; criteria: string[] };

/** Core controls; every criterion in the catalogue is mapped by at least one of these or by a filler template. */
export const CONTROL_LIBRARY: readonly ControlTemplate[] = [
  {
    activity: "A code of conduct is documented and employees acknowledge it upon hire and annually thereafter.",
    test: "Inspected the code of conduct and signed acknowledgements for a sample of new hires and current employees.",
    criteria: ["CC1.1"],
  },
  {
    activity: "Background checks are completed for new hires before they receive access to production systems.",
    test: "Inspected background check results for a sample of new hires to determine checks were completed prior to access being granted.",
    criteria: ["CC1.1", "CC1.4"],
  },
  {
    activity:
      "A board of directors meets at least quarterly and reviews security and compliance matters raised by management.",
    test: "Inspected board meeting minutes for a sample of quarters to determine security and compliance matters were discussed.",
    criteria: ["CC1.2"],
  },
  {
    activity: "An organizational chart defines reporting lines and is updated when roles change.",
    test: "Inspected the organizational chart to determine that reporting lines were defined and current.",
    criteria: ["CC1.3"],
  },
  {
    activity: "Job descriptions document the responsibilities and qualifications for security-relevant roles.",
    test: "Inspected job descriptions for a selection of roles to determine responsibilities were documented.",
    criteria: ["CC1.3", "CC1.4"],
  },
  {
    activity: "Employees complete security awareness training upon hire and annually.",
    test: "Inspected training completion records for a sample of employees to determine training was completed.",
    criteria: ["CC1.4", "CC2.2"],
  },
  {
    activity:
      "Annual performance reviews evaluate employees against their documented responsibilities, including security duties.",
    test: "Inspected completed performance reviews for a sample of employees.",
    criteria: ["CC1.5"],
  },
  {
    activity:
      "Information security policies are reviewed and approved by management annually and published on the intranet.",
    test: "Inspected the policies, their approval records and the intranet page to determine policies were approved and available.",
    criteria: ["CC2.1", "CC5.3"],
  },
  {
    activity:
      "A system description and security commitments are communicated to customers through the service agreement and public trust page.",
    test: "Inspected the master service agreement template and trust page.",
    criteria: ["CC2.3"],
  },
  {
    activity:
      "A formal risk assessment is performed annually, covering fraud, vendor and technology risks, and results in a treatment plan.",
    test: "Inspected the most recent risk assessment and risk treatment plan.",
    criteria: ["CC3.1", "CC3.2", "CC3.3"],
  },
  {
    activity: "Changes in the business, regulation or technology are considered during quarterly risk review meetings.",
    test: "Inspected meeting notes for a sample of quarterly risk reviews.",
    criteria: ["CC3.4"],
  },
  {
    activity:
      "Internal control self-assessments are performed semi-annually and deficiencies are tracked to resolution.",
    test: "Inspected the self-assessment results and remediation tracker.",
    criteria: ["CC4.1", "CC4.2"],
  },
  {
    activity:
      "Management selects control activities to address risks identified in the risk assessment and maps them to the risk register.",
    test: "Inspected the risk register and control mapping.",
    criteria: ["CC5.1", "CC5.2"],
  },
  {
    activity:
      "Unique user IDs and passwords meeting complexity requirements, together with multi-factor authentication, are required to access production systems.",
    test: "Inspected authentication configurations for in-scope systems and observed a login attempt requiring a second factor.",
    criteria: ["CC6.1"],
  },
  {
    activity: "Access requests for new users are approved by the user's manager before access is provisioned.",
    test: "Inspected access request tickets for a sample of new users to determine approval was obtained before provisioning.",
    criteria: ["CC6.2"],
  },
  {
    activity: "Access for terminated employees is revoked within one business day of the termination date.",
    test: "Inspected termination tickets and system access listings for a sample of terminated employees.",
    criteria: ["CC6.2", "CC6.3"],
  },
  {
    activity:
      "User access to production systems is reviewed quarterly by system owners and inappropriate access is removed.",
    test: "Inspected quarterly access reviews for a sample of quarters.",
    criteria: ["CC6.2", "CC6.3"],
  },
  {
    activity:
      "Administrative access to the production environment is restricted to authorized engineering personnel based on job function.",
    test: "Inspected the list of administrative users and compared it with the current engineering roster.",
    criteria: ["CC6.3"],
  },
  {
    activity: "Office entry requires a badge and visitors are escorted.",
    test: "Observed the office entrance and inspected the visitor log for a sample of days.",
    criteria: ["CC6.4"],
  },
  {
    activity: "Devices and media are wiped or destroyed before disposal and a certificate of destruction is retained.",
    test: "Inspected certificates of destruction for a sample of disposed devices.",
    criteria: ["CC6.5"],
  },
  {
    activity: "Firewalls and security groups restrict inbound traffic to the production environment to approved ports.",
    test: "Inspected firewall and security group configurations.",
    criteria: ["CC6.6"],
  },
  {
    activity: "Data in transit over public networks is encrypted using TLS 1.2 or higher.",
    test: "Inspected TLS configurations for in-scope endpoints.",
    criteria: ["CC6.7"],
  },
  {
    activity: "Customer data at rest is encrypted with AES-256 using keys managed in a key management service.",
    test: "Inspected database and storage encryption settings.",
    criteria: ["CC6.1", "CC6.7"],
  },
  {
    activity:
      "Endpoint protection software is installed on workstations and servers and updates definitions automatically.",
    test: "Inspected the endpoint protection console for a sample of devices.",
    criteria: ["CC6.8"],
  },
  {
    activity:
      "Vulnerability scans of the production environment run monthly and critical findings are remediated within thirty days.",
    test: "Inspected scan reports and remediation tickets for a sample of months.",
    criteria: ["CC7.1"],
  },
  {
    activity: "Logging and monitoring tools alert the on-call engineer of anomalous activity in production.",
    test: "Inspected alert configurations and a sample of alerts with their resolution.",
    criteria: ["CC7.2"],
  },
  {
    activity: "Security events are triaged by the security team and classified as incidents using documented criteria.",
    test: "Inspected the incident response plan and a sample of triaged events.",
    criteria: ["CC7.3"],
  },
  {
    activity:
      "An incident response plan is documented, tested annually, and incidents are tracked to closure with root-cause analysis.",
    test: "Inspected the incident response plan, the annual tabletop exercise and the incident log.",
    criteria: ["CC7.4", "CC7.5"],
  },
  {
    activity: "Changes to production code are peer reviewed, tested and approved before deployment.",
    test: "Inspected pull requests for a sample of production changes to determine review, testing and approval.",
    criteria: ["CC8.1"],
  },
  {
    activity: "A business continuity and disaster recovery plan is documented and reviewed annually.",
    test: "Inspected the business continuity and disaster recovery plan and its review record.",
    criteria: ["CC9.1"],
  },
  {
    activity: "Critical vendors are assessed before onboarding and their assurance reports are reviewed annually.",
    test: "Inspected vendor assessments and assurance report reviews for a sample of critical vendors.",
    criteria: ["CC9.2"],
  },
  {
    activity: "Capacity dashboards are monitored and alerts fire when utilization exceeds defined thresholds.",
    test: "Inspected capacity dashboards and alert thresholds.",
    criteria: ["A1.1"],
  },
  {
    activity: "Production databases are backed up daily and backups are replicated to a second region.",
    test: "Inspected backup configurations and backup job logs for a sample of days.",
    criteria: ["A1.2"],
  },
  {
    activity: "Restoration from backup is tested at least annually.",
    test: "Inspected the results of the most recent restore test.",
    criteria: ["A1.3"],
  },
  {
    activity: "Processing specifications are documented and communicated to customers in product documentation.",
    test: "Inspected the product documentation.",
    criteria: ["PI1.1"],
  },
  {
    activity: "Input validation rules reject incomplete or malformed records at the API boundary.",
    test: "Inspected validation rules and observed a malformed record being rejected.",
    criteria: ["PI1.2"],
  },
  {
    activity: "Batch jobs are monitored and failed jobs are rerun and investigated.",
    test: "Inspected job monitoring and a sample of failed-job tickets.",
    criteria: ["PI1.3", "PI1.4"],
  },
  {
    activity: "Record counts are reconciled between inputs, processing and stored outputs daily.",
    test: "Inspected daily reconciliation reports for a sample of days.",
    criteria: ["PI1.5"],
  },
  {
    activity:
      "Confidential information is identified in the data classification policy and labelled in internal systems.",
    test: "Inspected the data classification policy and a sample of labelled repositories.",
    criteria: ["C1.1"],
  },
  {
    activity:
      "Customer data is deleted within ninety days of contract termination in line with the retention schedule.",
    test: "Inspected deletion records for a sample of terminated customers.",
    criteria: ["C1.2", "P4.3"],
  },
  {
    activity: "A privacy notice describes the personal information collected, its uses and data subject rights.",
    test: "Inspected the privacy notice.",
    criteria: ["P1.1", "P2.1"],
  },
  {
    activity: "Personal information collected is limited to the fields defined in the data inventory.",
    test: "Inspected the data inventory and a sample of collection forms.",
    criteria: ["P3.1", "P4.1"],
  },
  {
    activity: "Personal information is retained according to the retention schedule.",
    test: "Inspected the retention schedule and automated retention jobs.",
    criteria: ["P4.2"],
  },
  {
    activity: "Data subject access requests are logged and fulfilled within the statutory time frame.",
    test: "Inspected the request log for a sample of requests.",
    criteria: ["P5.1", "P8.1"],
  },
  {
    activity: "Personal information is disclosed to third parties only under written agreements.",
    test: "Inspected agreements for a sample of third parties receiving personal information.",
    criteria: ["P6.1"],
  },
  {
    activity: "Breaches of personal information are notified to affected parties according to the breach procedure.",
    test: "Inspected the breach notification procedure.",
    criteria: ["P6.6"],
  },
];

export type ExceptionTemplate = {
  activity: string;
  test: string;
  criteria: string[];
  /** `{n}` exceptions out of `{tested}` sampled items. */
  deviation: string;
  responses: readonly string[];
};

export const EXCEPTION_LIBRARY: readonly ExceptionTemplate[] = [
  {
    activity: "Access for terminated users of the {asset} is revoked within one business day of termination.",
    test: "Inspected termination tickets and the {asset} access listing for a sample of terminated users.",
    criteria: ["CC6.2", "CC6.3"],
    deviation:
      "For {n} of {tested} sampled terminated users, access to the {asset} was not revoked within one business day.",
    responses: [
      "The delay was caused by a manual hand-off between HR and IT; the HR system now triggers the revocation automatically.",
      "Management has added a daily reconciliation of the HR roster to the {asset} user list.",
    ],
  },
  {
    activity: "New user access to the {asset} is approved by the user's manager before it is granted.",
    test: "Inspected access requests for a sample of new users of the {asset}.",
    criteria: ["CC6.2"],
    deviation:
      "For {n} of {tested} sampled new users, no evidence of approval before access to the {asset} was granted could be provided.",
    responses: [
      "Approvals were given verbally; the ticketing workflow now blocks provisioning until approval is recorded.",
      "Management re-trained the IT service desk on the access request procedure.",
    ],
  },
  {
    activity: "User access to the {asset} is reviewed quarterly by the system owner.",
    test: "Inspected quarterly access reviews of the {asset} for a sample of quarters.",
    criteria: ["CC6.3", "CC4.1"],
    deviation: "For {n} of {tested} sampled quarters, the access review of the {asset} was not completed.",
    responses: [
      "The review owner left the company; reviews have been reassigned and calendared.",
      "Management will automate review reminders in the governance tool.",
    ],
  },
  {
    activity: "Critical vulnerabilities identified on the {asset} are remediated within thirty days.",
    test: "Inspected vulnerability scan results and remediation tickets for the {asset} for a sample of months.",
    criteria: ["CC7.1"],
    deviation: "For {n} of {tested} sampled critical vulnerabilities on the {asset}, remediation exceeded thirty days.",
    responses: [
      "Remediation required a vendor patch that was not yet available; compensating firewall rules were applied.",
      "Management has added weekly vulnerability stand-ups to track overdue items.",
    ],
  },
  {
    activity: "Changes to the {asset} are peer reviewed and approved before deployment.",
    test: "Inspected change tickets for a sample of changes to the {asset}.",
    criteria: ["CC8.1"],
    deviation: "For {n} of {tested} sampled changes to the {asset}, approval was not documented before deployment.",
    responses: [
      "Emergency changes were deployed during an outage and approved retroactively; the emergency change procedure has been clarified.",
      "Branch protection rules have been enabled to require approval before merge.",
    ],
  },
  {
    activity: "Employees complete security awareness training within thirty days of hire.",
    test: "Inspected training records for a sample of new hires.",
    criteria: ["CC1.4", "CC2.2"],
    deviation:
      "For {n} of {tested} sampled new hires, security awareness training was not completed within thirty days of hire.",
    responses: [
      "The training platform failed to send enrolment e-mails during a migration; enrolment is now checked weekly by HR.",
    ],
  },
  {
    activity: "Background checks are completed before new hires are granted access to the {asset}.",
    test: "Inspected background check results for a sample of new hires.",
    criteria: ["CC1.1"],
    deviation:
      "For {n} of {tested} sampled new hires, the background check was completed after access to the {asset} was granted.",
    responses: ["Management now withholds account creation until HR confirms the background check."],
  },
  {
    activity: "Backups of the {asset} complete daily and failures are investigated.",
    test: "Inspected backup job logs for the {asset} for a sample of days.",
    criteria: ["A1.2"],
    deviation:
      "For {n} of {tested} sampled days, the backup of the {asset} failed and no investigation was documented.",
    responses: ["Backup failure alerts were routed to an unmonitored channel; alerts now page the on-call engineer."],
  },
  {
    activity: "TLS 1.2 or higher is enforced on in-scope endpoints of the {asset}.",
    test: "Inspected TLS configurations for the in-scope endpoints of the {asset}.",
    criteria: ["CC6.6", "CC6.7"],
    deviation: "{n} of {tested} in-scope endpoints of the {asset} accepted a deprecated TLS version.",
    responses: ["Legacy customer integrations required older protocols; deprecation is scheduled for next quarter."],
  },
  {
    activity:
      "Security incidents affecting the {asset} are documented with a root-cause analysis within ten business days.",
    test: "Inspected the incident log and post-incident reviews for the {asset}.",
    criteria: ["CC7.4", "CC7.5"],
    deviation: "For {n} of {tested} sampled incidents, no root-cause analysis was documented within ten business days.",
    responses: ["The incident template now includes a mandatory root-cause field and due date."],
  },
  {
    activity: "Critical vendors supporting the {asset} are reassessed annually.",
    test: "Inspected vendor reassessments for a sample of critical vendors.",
    criteria: ["CC9.2"],
    deviation: "For {n} of {tested} sampled critical vendors, the annual reassessment was not performed.",
    responses: ["Vendor management has been assigned to the compliance team with a quarterly tracker."],
  },
  {
    activity: "Restoration of the {asset} from backup is tested annually.",
    test: "Inspected documentation of the restore test for the {asset}.",
    criteria: ["A1.3"],
    deviation:
      "The restore test for the {asset} was not performed during the period ({n} of {tested} required tests not performed).",
    responses: ["A restore test has been scheduled and will be performed before the next period."],
  },
  {
    activity: "Customer data in the {asset} is deleted within ninety days of contract termination.",
    test: "Inspected deletion evidence for a sample of terminated customers of the {asset}.",
    criteria: ["C1.2"],
    deviation:
      "For {n} of {tested} sampled terminated customers, data in the {asset} was not deleted within ninety days.",
    responses: ["The deletion job excluded archived tenants; the job scope has been corrected."],
  },
  {
    activity: "Multi-factor authentication is enforced for administrator accounts on the {asset}.",
    test: "Inspected the authentication settings for administrator accounts on the {asset}.",
    criteria: ["CC6.1"],
    deviation:
      "{n} of {tested} sampled administrator accounts on the {asset} did not have multi-factor authentication enforced.",
    responses: ["The accounts were break-glass accounts; they are now vaulted and enrolled in hardware-token MFA."],
  },
  {
    activity: "Endpoint protection is installed and reporting on all workstations with access to the {asset}.",
    test: "Inspected the endpoint protection console for a sample of workstations.",
    criteria: ["CC6.8"],
    deviation: "For {n} of {tested} sampled workstations, endpoint protection was not reporting to the console.",
    responses: [
      "The agents were disabled by an operating system update; the agents were reinstalled and a health check added.",
    ],
  },
];

export const ASSETS = [
  "production database",
  "customer web portal",
  "cloud console",
  "billing service",
  "identity provider",
  "source code repository",
  "data warehouse",
  "support ticketing system",
  "internal admin panel",
  "mobile API",
  "file storage service",
  "message queue cluster",
  "reporting service",
  "payment gateway integration",
] as const;

export const SIGNIFICANT_CHANGES = [
  "During the period, {org} migrated its production workloads to a new cloud region and retired its previous hosting environment.",
  "During the period, {org} replaced its ticketing system and moved change management records into the new tool.",
  "During the period, {org} appointed a new Chief Information Security Officer.",
  "During the period, {org} acquired a small analytics company whose systems remain outside the scope of this report.",
] as const;

export const INCIDENTS = [
  "On one occasion during the period, an availability incident caused the {system} to be unavailable for approximately four hours; customers were notified and a root-cause analysis was completed.",
  "During the period, {org} identified a misconfigured storage bucket that exposed non-production test data for two days; no customer data was affected.",
  "During the period, a phishing attack compromised one employee mailbox; the account was disabled within an hour and no customer data was accessed.",
] as const;
