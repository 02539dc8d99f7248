import { ITerraformDependable } from "../compat/core";
import { Construct } from "constructs";
import { Manifest } from "../compat/kubernetes/manifest";
import { manifestField } from "../core/kubernetes";

/** A cert-manager issuer. */
export interface CertificateIssuerRef {
  /** Name of the Issuer or ClusterIssuer. */
  readonly name: string;
  /** @default "Issuer" */
  readonly kind?: string;
  /** @default "cert-manager.io" */
  readonly group?: string;
}

/** Properties of {@link BoltCertificate}. */
export interface BoltCertificateProps {
  /**
   * Namespace of the certificate (and of a created CA): a reference to the namespace resource when
   * the stack creates it, so the manifests wait for it.
   */
  readonly namespace: string;
  /** Base name of the objects. */
  readonly name: string;
  /** DNS names of the Neo4j service. */
  readonly dnsNames: string[];
  /** Issuer to use. @default - a private CA created in the namespace */
  readonly issuer?: CertificateIssuerRef;
  /** Further objects the manifests wait for. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The Neo4j server certificate from cert-manager. Without an issuer, a private CA is bootstrapped
 * in the namespace (self-signed root, CA Issuer); its key exists only in the cluster, never in
 * Terraform state. The Secret holds `tls.crt`, `tls.key`, `ca.crt` and a PKCS#12 `truststore.p12`
 * with only the CA (for Java clients such as cypher-shell).
 */
export class BoltCertificate extends Construct {
  /**
   * Name of the Secret cert-manager writes, as a reference to the Certificate (`spec.secretName`):
   * a workload that mounts it is created after the Certificate.
   */
  public readonly secretName: string;
  /** Password of the PKCS#12 truststore. It protects nothing secret: the file holds only the public CA. */
  public readonly truststorePassword = "truststore";
  public readonly resource: Manifest;

  constructor(scope: Construct, id: string, props: BoltCertificateProps) {
    super(scope, id);
    const secretName = `${props.name}-tls`;
    let issuerRef: Required<CertificateIssuerRef>;
    const dependsOn = [...(props.dependsOn ?? [])];
    if (props.issuer) {
      issuerRef = { kind: "Issuer", group: "cert-manager.io", ...props.issuer };
    } else {
      const selfSigned = new Manifest(this, "SelfSignedIssuer", {
        manifest: {
          apiVersion: "cert-manager.io/v1",
          kind: "Issuer",
          metadata: { name: `${props.name}-selfsigned`, namespace: props.namespace },
          spec: { selfSigned: {} },
        },
        dependsOn,
      });
      const ca = new Manifest(this, "CaCertificate", {
        manifest: {
          apiVersion: "cert-manager.io/v1",
          kind: "Certificate",
          metadata: { name: `${props.name}-ca`, namespace: props.namespace },
          spec: {
            isCA: true,
            commonName: `${props.name} bolt CA`,
            secretName: `${props.name}-ca`,
            duration: "87600h",
            renewBefore: "720h",
            privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
            issuerRef: { name: manifestField(selfSigned, "metadata.name"), kind: "Issuer", group: "cert-manager.io" },
          },
        },
      });
      const caIssuer = new Manifest(this, "CaIssuer", {
        manifest: {
          apiVersion: "cert-manager.io/v1",
          kind: "Issuer",
          metadata: { name: `${props.name}-ca`, namespace: props.namespace },
          spec: { ca: { secretName: manifestField(ca, "spec.secretName") } },
        },
      });
      issuerRef = { name: manifestField(caIssuer, "metadata.name"), kind: "Issuer", group: "cert-manager.io" };
    }
    this.resource = new Manifest(this, "Resource", {
      manifest: {
        apiVersion: "cert-manager.io/v1",
        kind: "Certificate",
        metadata: { name: secretName, namespace: props.namespace },
        spec: {
          secretName,
          commonName: props.dnsNames[props.dnsNames.length - 1],
          dnsNames: props.dnsNames,
          duration: "2160h",
          renewBefore: "360h",
          privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always", encoding: "PKCS8" },
          usages: ["server auth", "digital signature", "key encipherment"],
          keystores: { pkcs12: { create: true, password: this.truststorePassword, profile: "Modern2023" } },
          issuerRef,
        },
      },
      dependsOn,
    });
    this.secretName = manifestField(this.resource, "spec.secretName");
  }
}
