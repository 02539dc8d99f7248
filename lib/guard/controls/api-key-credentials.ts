// Credentials in workloads' configuration as the guard sees them (MESHQ-KEY-1): by name, by value,
// and values it cannot see that may be credentials.
import { isSecretLookingName, secretValueReason } from "../../policy/secrets";
import { Finding } from "../model";
import { StackView } from "../view";

/** A finding for a literal (or configured) value that carries a credential, or none. */
export function credentialIn(view: StackView, address: string, where: string, name: string, value: unknown): Finding[] {
  const r = view.resolve(value);
  if (isSecretLookingName(name)) {
    return [
      {
        address,
        message: r.known
          ? `${where}: ${name} has a literal value; deliver it from Secrets Manager`
          : `${where}: ${name} is set from ${r.expression}, so the credential is in Terraform configuration and state; deliver it from Secrets Manager`,
      },
    ];
  }
  if (!r.known && typeof value === "string" && UNSEEN_SECRET_SOURCE.test(value))
    return [
      {
        address,
        message: `${where}: ${name} is set from ${r.expression}, a value the guard cannot see that may be a credential (it lands in configuration and state); deliver it from Secrets Manager, write a literal, or suppress this control for the resource with a reason (HardeningGuard.suppress)`,
      },
    ];
  const reason = r.known && typeof r.value === "string" ? secretValueReason(r.value) : undefined;
  return reason ? [{ address, message: `${where}: ${name} holds ${reason}; deliver it from Secrets Manager` }] : [];
}

/**
 * Values the guard cannot see that may carry a credential, whatever the variable's name: a
 * Terraform variable, a data source that reads a secret, and the secret attributes of resources
 * that generate one.
 */
const UNSEEN_SECRET_SOURCE =
  /\$\{[^}]*\b(var\.|data\.(aws_secretsmanager_secret_version|aws_ssm_parameter|aws_kms_secrets|aws_kms_ciphertext)\.|(random_password|random_string|tls_private_key|aws_iam_access_key|aws_secretsmanager_secret_version)\.[^.}\s]+\.(result|private_key\w*|secret\w*|password\w*))/;
