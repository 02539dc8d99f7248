// The package's public API: every name is listed here, by module (no `export *`), so that adding a
// declaration to the API is a deliberate change, seen in review and in the API report
// (etc/cdktf-hardened.api.md; docs/releasing.md ties it to semver). Anything else is internal.
export { AccessLogsBucket } from "./api/access-logs-bucket";
export type { AccessLogsBucketProps } from "./api/access-logs-bucket";
export { ApiIngressMode } from "./api/secure-mesh-api-props";
export type { ApiCertificateProps, ApiResources, IngressControllerSelector, SecureMeshApiProps } from "./api/secure-mesh-api-props";
export { SecureMeshApi } from "./api/secure-mesh-api";
export { AuditSink } from "./audit/audit-sink";
export type { AuditSinkProps } from "./audit/audit-sink";
export { ControlAlerts } from "./audit/control-alerts";
export type { ControlAlertsProps } from "./audit/control-alerts";
export { NetworkEndpoint, Protocol } from "./core/endpoint";
export type { Flow, FlowPort, NetworkEndpointProps, WorkloadSelector } from "./core/endpoint";
export { ErrorCodes, HardeningError } from "./core/errors";
export { granteeFromRole, IrsaRole, policyDocument } from "./core/iam";
export type { IGrantee, IrsaRoleProps, PolicyStatement } from "./core/iam";
// The alert topic: the stack's (HardenedMeshStack.alertTopic) or one passed to EncryptedRedis.alertTopic.
export { AlertTopic } from "./core/alert-topic";
export type { AlarmMetric, AlertSubscription, AlertTopicProps } from "./core/alert-topic";
export { PermissionsBoundary, WORKLOAD_BOUNDARY_ACTIONS, workloadBoundaryPolicy, workloadBoundaryStatements } from "./core/boundary";
export type { PermissionsBoundaryProps, WorkloadBoundaryProps } from "./core/boundary";
export { CustomerManagedKey } from "./core/kms";
export type { CustomerManagedKeyProps } from "./core/kms";
export { ReloaderStrategy } from "./core/kubernetes";
export { jsonDocument, readJsonDocument, terraformLiteral } from "./core/literal";
export type { IMeshApi, SecretEnvironmentOptions, SecretFileItem } from "./core/mesh-api";
export type { OptOut } from "./core/opt-out";
export type { ISecretSource, IVaultSecret, SecretSource, VaultIdentity } from "./core/secret-source";
export type { NamespaceRace } from "./guard/first-apply/objects";
export type { FirstApplyReport, ObjectOrder } from "./guard/first-apply/order";
export { AdmissionAction, AdmissionPolicies } from "./guard/admission/admission-policies";
export type { AdmissionPoliciesOptions, AdmissionPoliciesProps } from "./guard/admission/admission-policies";
export { HardeningGuard } from "./guard/hardening-guard";
export type { HardeningGuardOptions } from "./guard/hardening-guard";
export { FindingLevel } from "./guard/model";
export type { Control, ControlResult, ControlStatus, Finding, OptOutRecord, PropRef, ReportedFinding } from "./guard/model";
export type { GuardReport, ReportHeader } from "./guard/report";
export { RotatingApiKey } from "./keys/rotating-api-key";
export type { RotatingApiKeyProps } from "./keys/rotating-api-key";
export { BoltCertificate } from "./neo4j/bolt-certificate";
export type { BoltCertificateProps, CertificateIssuerRef } from "./neo4j/bolt-certificate";
export { EncryptedNeo4j } from "./neo4j/encrypted-neo4j";
export type { EncryptedNeo4jProps } from "./neo4j/encrypted-neo4j";
export { EncryptedStorage } from "./neo4j/encrypted-storage";
export type { EncryptedStorageProps } from "./neo4j/encrypted-storage";
export type { Neo4jMemory } from "./neo4j/neo4j-settings";
export { Neo4jPassword } from "./neo4j/password-rotation";
export { Neo4jVaultPassword } from "./neo4j/vault-password";
export { NetworkPolicyEnforcement } from "./network/enforcement";
export { NetworkModel } from "./network/network-model";
export type { WorkloadOptions } from "./network/network-model";
export type { FlowRules } from "./network/security-group-rules";
export { ClusterAccess } from "./policy/cluster-access";
export type { ClusterAccessProps, ClusterRule } from "./policy/cluster-access";
export type { HecEndpoint } from "./policy/hec";
export { KeyAlphabet } from "./policy/key-limits";
export { Role } from "./policy/markers";
export type {
  NetworkRecord,
  RecordedFlow,
  RecordedFqdnEgress,
  RecordedPeer,
  RecordedPort,
  RecordedRule,
  RecordedWorkload,
} from "./policy/network-record";
export { RbacPolicy, RbacPresets } from "./policy/rbac";
export type { PrivilegedGrant, RbacRole } from "./policy/rbac";
export type { EncryptedPostgresProps } from "./postgres/encrypted-postgres-props";
export { EncryptedPostgres } from "./postgres/encrypted-postgres";
export { PostgresAppUserRotationFunction } from "./postgres/app-user-rotation-function";
export type { PostgresAppUserRotationFunctionProps } from "./postgres/app-user-rotation-function";
export { RdsMasterSecret } from "./postgres/rds-master-secret";
export type { RdsMasterSecretProps } from "./postgres/rds-master-secret";
export { MeshRbac } from "./rbac/mesh-rbac";
export type { MeshRbacProps } from "./rbac/mesh-rbac";
export { CacheEngine } from "./redis/encrypted-redis-props";
export type { EncryptedRedisProps } from "./redis/encrypted-redis-props";
export { EncryptedRedis } from "./redis/encrypted-redis";
export { CachePasswordRotationFunction } from "./redis/password-rotation-function";
export type { CachePasswordRotationFunctionProps } from "./redis/password-rotation-function";
export { ExternalSecretsDelivery, SecretDeliveryMode } from "./secrets/external-secrets";
export type { DeliveredSecret, ExternalSecretOptions, ExternalSecretsDeliveryProps } from "./secrets/external-secrets";
export { ManagedSecret } from "./secrets/managed-secret";
export type { ManagedSecretProps } from "./secrets/managed-secret";
export { RotationFunction } from "./secrets/rotation-function";
export type { RotationFunctionProps, RotationVpcProps } from "./secrets/rotation-function";
export { SecretBase } from "./secrets/secret-base";
export { ExistingSecret } from "./secrets/secret-source";
export type { ExistingSecretProps } from "./secrets/secret-source";
export { VaultStore } from "./secrets/vault/vault-store";
export type { VaultKubernetesRole, VaultStoreProps } from "./secrets/vault/vault-store";
export { VaultSecret } from "./secrets/vault/vault-secret";
export type { VaultSecretProps } from "./secrets/vault/vault-secret";
export { DEFAULT_VAULT_ROTATOR_IMAGE, VaultSecretRotation } from "./secrets/vault/vault-secret-rotation";
export type { VaultSecretRotationProps } from "./secrets/vault/vault-secret-rotation";
export { DataBackend, SecretStoreKind } from "./stack/hardened-mesh-stack-props";
export type {
  AuditProps,
  CacheOptions,
  ClusterProps,
  DomainProps,
  HardenedMeshStackProps,
  Neo4jImages,
  NetworkProps,
  StackVaultProps,
  StateBackendProps,
} from "./stack/hardened-mesh-stack-props";
export { HardenedMeshStack } from "./stack/hardened-mesh-stack";
