import { PolicyStatement } from "../core/iam";

/** The function's permissions: this secret, its key, its log group, its queue and tracing. */
export function rotationStatements(
  props: { readonly secretArn: string; readonly key: { readonly keyArn: string }; readonly extraStatements?: PolicyStatement[] },
  logsArn: string,
  dlqArn: string,
): PolicyStatement[] {
  return [
    {
      Sid: "RotateThisSecret",
      Effect: "Allow" as const,
      Action: [
        "secretsmanager:DescribeSecret",
        "secretsmanager:GetSecretValue",
        "secretsmanager:PutSecretValue",
        "secretsmanager:UpdateSecretVersionStage",
      ],
      Resource: props.secretArn,
    },
    {
      Sid: "UseThisKey",
      Effect: "Allow" as const,
      Action: ["kms:Decrypt", "kms:GenerateDataKey"],
      Resource: props.key.keyArn,
    },
    { Sid: "WriteLogs", Effect: "Allow" as const, Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${logsArn}:*` },
    { Sid: "DeadLetters", Effect: "Allow" as const, Action: "sqs:SendMessage", Resource: dlqArn },
    { Sid: "Tracing", Effect: "Allow" as const, Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], Resource: "*" },
    ...(props.extraStatements ?? []),
  ];
}
