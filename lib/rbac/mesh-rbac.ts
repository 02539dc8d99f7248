import { Annotations } from "../compat/core";
import { Construct } from "constructs";
import { ConfigMapV1 } from "../compat/kubernetes/config-map-v1";
import { IMeshApi } from "../core/mesh-api";
import { ErrorCodes } from "../core/errors";
import { RbacPolicy } from "../policy/rbac";
import { guardStack } from "../core/stack-guard";
import { terraformLiterals } from "../core/literal";

/** Properties of {@link MeshRbac}. */
export interface MeshRbacProps {
  readonly api: IMeshApi;
  /** @default RbacPolicy.fromPresets() */
  readonly policy?: RbacPolicy;
  /** Directory the policy file is mounted in. @default "/etc/meshoptixiq/rbac" */
  readonly mountPath?: string;
  /** File name of the policy. JSON, which is also valid YAML. @default "rbac.yaml" */
  readonly fileName?: string;
  /** Variable that switches RBAC on. @default "RBAC_ENABLED" */
  readonly enabledVariable?: string;
  /** Variable that points the API at the policy file. @default "RBAC_POLICY_FILE" */
  readonly policyFileVariable?: string;
}

/**
 * Role-based access control for the API (security guide §12.4): the policy rendered into a
 * ConfigMap, mounted read-only, with the switches that enable it. The API restarts when the policy
 * changes. The guide leaves the file format and variable names to its §13.6; the defaults here are
 * assumptions, all configurable.
 */
export class MeshRbac extends Construct {
  public readonly resource: ConfigMapV1;
  public readonly policy: RbacPolicy;

  constructor(scope: Construct, id: string, props: MeshRbacProps) {
    super(scope, id);
    this.policy = props.policy ?? RbacPolicy.fromPresets();
    guardStack(this);
    const mountPath = props.mountPath ?? "/etc/meshoptixiq/rbac";
    const fileName = props.fileName ?? "rbac.yaml";
    this.resource = new ConfigMapV1(this, "Resource", {
      metadata: { name: `${props.api.deploymentName}-rbac`, namespace: props.api.namespaceRef },
      data: terraformLiterals({ [fileName]: this.policy.render() }),
    });
    props.api.addConfigMapMount("rbac-policy", this.resource.metadata.name, mountPath);
    props.api.addEnvironment(props.enabledVariable ?? "RBAC_ENABLED", "true");
    props.api.addEnvironment(props.policyFileVariable ?? "RBAC_POLICY_FILE", `${mountPath}/${fileName}`);
    for (const grant of this.policy.acknowledged) {
      Annotations.of(this).addWarning(
        `[${ErrorCodes.RBAC}] MeshRbac: role ${grant.role} acknowledged outside the guide (${grant.why}): ${grant.reason}`,
      );
      this.node.addMetadata("meshq:opt-out", { property: `MeshRbac.roles.${grant.role}`, reason: grant.reason });
    }
  }
}
