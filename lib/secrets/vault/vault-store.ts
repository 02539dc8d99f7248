import { Lazy, TerraformOutput, Token } from "../../compat/core";
import { Construct } from "constructs";
import { ErrorCodes, invalidInput } from "../../core/errors";
import { VaultIdentity } from "../../core/secret-source";
import { isWorldCidr, requireCertificatePem, requireCidrs, requireDnsLabel } from "../../core/validators";
import { NetworkEndpoint } from "../../core/endpoint";
import {
  isHttpsVaultAddress,
  isVaultPath,
  kvDataPath,
  renderVaultPolicy,
  VAULT_READ_CAPABILITIES,
  VAULT_ROTATE_CAPABILITIES,
  VAULT_TOKEN_AUDIENCE,
  vaultAddressPort,
} from "../../policy/vault";

const component = "VaultStore";

/** Properties of {@link VaultStore}. */
export interface VaultStoreProps {
  /**
   * Address of the Vault server, `https://host[:port]`. `http://` is refused: secrets would cross
   * the network in clear text.
   */
  readonly address: string;
  /**
   * PEM CA bundle that signs the Vault server's certificate. Every client of the library (External
   * Secrets, the rotators, the API in provider mode) verifies the server with it. Certificates
   * only, never a private key.
   */
  readonly caBundlePem: string;
  /** CIDR blocks of the Vault server (or its load balancer): the only egress the rotators and the API get for Vault. */
  readonly cidrs: string[];
  /**
   * Mount path of the KV version 2 secrets engine.
   * @default "secret"
   */
  readonly kvMount?: string;
  /**
   * Mount path of the Kubernetes auth method that trusts this cluster.
   * @default "kubernetes"
   */
  readonly kubernetesAuthMount?: string;
  /**
   * Prefix of every secret path of this deployment in the KV mount.
   * @default - the deployment name
   */
  readonly pathPrefix?: string;
  /**
   * Name of the deployment: the Vault policies and roles are named `<deploymentName>-<consumer>`.
   * @default "meshoptixiq"
   */
  readonly deploymentName?: string;
}

/** The Kubernetes auth role the team creates for one consumer, as the library writes it. */
export interface VaultKubernetesRole {
  readonly bound_service_account_names: string[];
  readonly bound_service_account_namespaces: string[];
  readonly audience: string;
  readonly token_policies: string[];
  readonly token_ttl: string;
  readonly token_max_ttl: string;
}

interface Consumer {
  /** The Kubernetes identity bound to the consumer's role; none for a policy the team attaches itself. */
  readonly identity?: VaultIdentity;
  readonly rules: Map<string, Set<string>>;
}

/**
 * A HashiCorp Vault server as the secret store, instead of AWS Secrets Manager: where the secrets
 * are (KV version 2), how the cluster's identities log in (Kubernetes auth, with audience `vault`),
 * and the CA that verifies the server.
 *
 * The library does not manage the Vault server. It writes, as the Terraform outputs
 * `<id>_policies` (`vault_policies` for the id `Vault`), the HCL of one least-privilege policy per consumer (exact paths, read for
 * readers, create/read/update for a rotator) and the Kubernetes auth role each consumer needs
 * (bound to its service account and namespace), for the team to apply with the tool it already uses.
 */
export class VaultStore extends Construct {
  public readonly address: string;
  public readonly caBundlePem: string;
  public readonly kvMount: string;
  public readonly kubernetesAuthMount: string;
  public readonly pathPrefix: string;
  public readonly deploymentName: string;
  /** The Vault server as a network endpoint (its CIDRs). */
  public readonly endpoint: NetworkEndpoint;
  /** The port of the Vault address. */
  public readonly port: number;
  private readonly consumers = new Map<string, Consumer>();

  constructor(scope: Construct, id: string, props: VaultStoreProps) {
    super(scope, id);
    if (Token.isUnresolved(props.address) || !isHttpsVaultAddress(props.address)) {
      throw invalidInput(ErrorCodes.VAULT, {
        component,
        property: "address",
        received: props.address,
        allowed: "a literal https:// URL with a host and optional port, no path (http:// is refused)",
        fix: 'serve Vault over TLS and pass e.g. "https://vault.example.com:8200"',
      });
    }
    this.address = props.address.replace(/\/$/, "");
    this.port = vaultAddressPort(this.address);
    this.caBundlePem = requireCertificatePem(
      component,
      "caBundlePem",
      props.caBundlePem,
      "pass the PEM of the CA that signs the Vault server's certificate (vault's tls_cert_file chain), never a key",
    );
    this.kvMount = checkedPath("kvMount", props.kvMount ?? "secret");
    this.kubernetesAuthMount = checkedPath("kubernetesAuthMount", props.kubernetesAuthMount ?? "kubernetes");
    this.deploymentName = requireDnsLabel(component, "deploymentName", props.deploymentName ?? "meshoptixiq");
    this.pathPrefix = checkedPath("pathPrefix", props.pathPrefix ?? this.deploymentName);
    const cidrs = requireCidrs(component, "cidrs", props.cidrs, "list the CIDR blocks of the Vault server or its load balancer");
    const world = Token.isUnresolved(cidrs) ? undefined : cidrs.find((c) => !Token.isUnresolved(c) && isWorldCidr(c));
    if (world !== undefined || (!Token.isUnresolved(cidrs) && cidrs.length === 0)) {
      throw invalidInput(ErrorCodes.CIDR, {
        component,
        property: "cidrs",
        received: cidrs,
        allowed: "one or more CIDR blocks of the Vault server, none open to the whole internet",
        fix: "list the CIDR blocks of the Vault server or its load balancer",
      });
    }
    this.endpoint = NetworkEndpoint.cidrs("vault", cidrs);

    const output = new TerraformOutput(this, "vault_policies", {
      description: "Vault policies (HCL) and Kubernetes auth roles this deployment needs; apply them to Vault",
      value: Lazy.anyValue({
        produce: () => ({
          kv_mount: this.kvMount,
          kubernetes_auth_mount: this.kubernetesAuthMount,
          policies: this.policies,
          roles: this.roles,
        }),
      }),
    });
    output.overrideLogicalId(`${id.toLowerCase().replace(/[^a-z0-9_]/g, "_")}_policies`);
  }

  /** The KV path of a secret of this deployment: `<pathPrefix>/<name>`. */
  public secretPath(name: string): string {
    return checkedPath("secret name", `${this.pathPrefix}/${name}`);
  }

  /** Lets an identity read a secret (its current version, with the `previous` field). */
  public grantRead(identity: VaultIdentity, path: string): void {
    this.grant(identity, path, VAULT_READ_CAPABILITIES);
  }

  /**
   * Writes a read-only policy `<deploymentName>-<consumer>` on a secret for a reader outside the
   * cluster (e.g. a pipeline): the team attaches it to that reader's own Vault auth role.
   */
  public grantReadToPolicy(consumer: string, path: string): void {
    this.grant({ consumer }, path, VAULT_READ_CAPABILITIES);
  }

  /** Lets an identity rotate a secret: read its version and write the next (check-and-set). Nothing else. */
  public grantRotate(identity: VaultIdentity, path: string): void {
    this.grant(identity, path, VAULT_ROTATE_CAPABILITIES);
  }

  /** The Vault role (and policy) name of a consumer: `<deploymentName>-<consumer>`. */
  public roleName(consumer: string): string {
    return `${this.deploymentName}-${consumer}`;
  }

  /** The HCL of each consumer's policy, by policy name. Read at synth. */
  public get policies(): Record<string, string> {
    return Object.fromEntries(
      [...this.consumers.entries()].map(([consumer, c]) => [
        this.roleName(consumer),
        renderVaultPolicy([...c.rules.entries()].map(([path, caps]) => ({ path, capabilities: [...caps] }))),
      ]),
    );
  }

  /** The Kubernetes auth role of each consumer, by role name. Read at synth. */
  public get roles(): Record<string, VaultKubernetesRole> {
    return Object.fromEntries(
      [...this.consumers.entries()].flatMap(([consumer, { identity }]) =>
        identity
          ? [
              [
                this.roleName(consumer),
                {
                  bound_service_account_names: [identity.serviceAccountName],
                  bound_service_account_namespaces: [identity.namespace],
                  audience: VAULT_TOKEN_AUDIENCE,
                  token_policies: [this.roleName(consumer)],
                  token_ttl: "15m",
                  token_max_ttl: "1h",
                },
              ],
            ]
          : [],
      ),
    );
  }

  private grant(identity: Partial<VaultIdentity> & { consumer: string }, path: string, capabilities: readonly string[]): void {
    const consumer = requireDnsLabel(component, "consumer", identity.consumer);
    const bound = identity.namespace !== undefined || identity.serviceAccountName !== undefined;
    for (const [property, value] of [
      ["namespace", identity.namespace],
      ["serviceAccountName", identity.serviceAccountName],
    ] as const) {
      if (bound && (value === undefined || Token.isUnresolved(value))) {
        throw invalidInput(ErrorCodes.VAULT, {
          component,
          property: `${property} of consumer ${consumer}`,
          received: value,
          allowed: "a literal name (the Vault role binds it exactly)",
          fix: "pass the literal namespace and service account name",
        });
      }
    }
    let entry = this.consumers.get(consumer);
    const binding = (i?: Partial<VaultIdentity>) =>
      i?.namespace !== undefined ? `${i.namespace}/${i.serviceAccountName}` : "no service account";
    if (!entry) {
      entry = { identity: bound ? (identity as VaultIdentity) : undefined, rules: new Map() };
      this.consumers.set(consumer, entry);
    } else if (binding(entry.identity) !== binding(identity)) {
      throw invalidInput(ErrorCodes.VAULT, {
        component,
        property: `consumer ${consumer}`,
        received: binding(identity),
        allowed: `one binding per consumer (already ${binding(entry.identity)})`,
        fix: "give each workload its own consumer name, so that each holds only its own paths",
      });
    }
    const full = kvDataPath(this.kvMount, checkedPath("path", path));
    const caps = entry.rules.get(full) ?? new Set<string>();
    capabilities.forEach((c) => caps.add(c));
    entry.rules.set(full, caps);
  }
}

function checkedPath(property: string, path: string): string {
  if (Token.isUnresolved(path) || !isVaultPath(path)) {
    throw invalidInput(ErrorCodes.VAULT, {
      component,
      property,
      received: path,
      allowed: "a literal path of segments of letters, digits, '-', '_' and '.', separated by '/' (no glob, no '..', no leading '/')",
      fix: 'e.g. "secret" for the mount, "meshoptixiq" for the prefix',
    });
  }
  return path;
}
