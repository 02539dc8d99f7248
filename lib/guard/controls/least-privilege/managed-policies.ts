/**
 * AWS-managed policies the guard knows: their documents, as AWS publishes them, so that a role the
 * library attaches one to is judged on what it grants. Any other policy attached by ARN, from AWS
 * or another stack, is a policy the guard did not see, and fails closed (MESHQ-LP-1).
 */

/** An AWS-managed policy's ARN, in any partition: its name (with path), or undefined. */
export function awsManagedPolicyName(arn: string): string | undefined {
  return /^arn:(?:aws|aws-cn|aws-us-gov|\$\{data\.aws_partition\.[A-Za-z0-9_-]+\.partition\}):iam::aws:policy\/(.+)$/.exec(arn)?.[1];
}

/** The documents of the AWS-managed policies the library attaches, by name (with path). */
export const KNOWN_MANAGED_POLICIES: Readonly<Record<string, unknown>> = {
  // EncryptedPostgres's enhanced monitoring role: RDS writes OS metrics to its own log groups
  "service-role/AmazonRDSEnhancedMonitoringRole": {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "EnableCreationAndManagementOfRDSCloudwatchLogGroups",
        Effect: "Allow",
        Action: ["logs:CreateLogGroup", "logs:PutRetentionPolicy"],
        Resource: ["arn:aws:logs:*:*:log-group:RDS*"],
      },
      {
        Sid: "EnableCreationAndManagementOfRDSCloudwatchLogStreams",
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams", "logs:GetLogEvents"],
        Resource: ["arn:aws:logs:*:*:log-group:RDS*:log-stream:*"],
      },
    ],
  },
};
