import { Testing } from "../../lib/compat/core";
import { DataBackend, HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { kubernetesObjects } from "../../lib/guard/first-apply";
import { SUPPORTED_TYPES, toApiObject, UnsupportedField } from "../../scripts/kube-gate/to-api-object";
import { placeholder, substitute, substituteString } from "../../scripts/kube-gate/substitute";
import { stackProps } from "../util";

const podSpecTf = {
  service_account_name: "web",
  automount_service_account_token: false,
  host_pid: false,
  host_ipc: false,
  host_network: false,
  security_context: {
    run_as_user: "10001",
    run_as_group: "10001",
    fs_group: "10001",
    run_as_non_root: true,
    seccomp_profile: { type: "RuntimeDefault" },
  },
  container: [
    {
      name: "web",
      image: "web@sha256:" + "a".repeat(64),
      port: [{ container_port: 8000, name: "http", protocol: "TCP" }],
      env: [{ name: "K", value_from: [{ secret_key_ref: [{ name: "s", key: "k", optional: false }] }] }],
      liveness_probe: { http_get: { path: "/health", port: "8000" }, period_seconds: 10 },
      readiness_probe: [{ tcp_socket: [{ port: "http" }] }],
      resources: { limits: { cpu: "1", memory: "1Gi" } },
      security_context: {
        allow_privilege_escalation: false,
        read_only_root_filesystem: true,
        capabilities: { drop: ["ALL"] },
        run_as_user: "10001",
      },
      volume_mount: [{ name: "tmp", mount_path: "/tmp" }],
    },
  ],
  volume: [
    { name: "tmp", empty_dir: [{ medium: "Memory", size_limit: "64Mi" }] },
    { name: "cfg", config_map: { name: "cfg", default_mode: "0444", items: [{ key: "a", path: "a", mode: "0400" }] } },
    { name: "tls", secret: [{ secret_name: "tls", default_mode: "0440" }] },
  ],
};

const podSpecApi = {
  serviceAccountName: "web",
  automountServiceAccountToken: false,
  hostPID: false,
  hostIPC: false,
  hostNetwork: false,
  securityContext: { runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
  containers: [
    {
      name: "web",
      image: "web@sha256:" + "a".repeat(64),
      ports: [{ containerPort: 8000, name: "http", protocol: "TCP" }],
      env: [{ name: "K", valueFrom: { secretKeyRef: { name: "s", key: "k", optional: false } } }],
      livenessProbe: { httpGet: { path: "/health", port: 8000 }, periodSeconds: 10 },
      readinessProbe: { tcpSocket: { port: "http" } },
      resources: { limits: { cpu: "1", memory: "1Gi" } },
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] }, runAsUser: 10001 },
      volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
    },
  ],
  volumes: [
    { name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } },
    { name: "cfg", configMap: { name: "cfg", defaultMode: 0o444, items: [{ key: "a", path: "a", mode: 0o400 }] } },
    { name: "tls", secret: { secretName: "tls", defaultMode: 0o440 } },
  ],
};

const meta = { name: "web", namespace: "app", labels: { app: "web" } };

describe("typed resources to API objects", () => {
  test("Deployment: camelCase, single blocks as objects whether rendered as object or list, int and int-or-string", () => {
    const tf = {
      "//": { metadata: { path: "x" } },
      wait_for_rollout: true,
      lifecycle: { ignore_changes: ["x"] },
      depends_on: ["a.b"],
      metadata: [meta],
      spec: [
        {
          replicas: "2",
          revision_history_limit: 5,
          selector: { match_labels: { app: "web" } },
          strategy: { type: "RollingUpdate", rolling_update: [{ max_surge: "1", max_unavailable: "25%" }] },
          template: { metadata: { labels: { app: "web" } }, spec: podSpecTf },
        },
      ],
    };
    expect(toApiObject("kubernetes_deployment_v1", tf)).toEqual({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta,
      spec: {
        replicas: 2,
        revisionHistoryLimit: 5,
        selector: { matchLabels: { app: "web" } },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: "25%" } },
        template: { metadata: { labels: { app: "web" } }, spec: podSpecApi },
      },
    });
  });

  test("StatefulSet: claim templates, retention policy, update strategy", () => {
    const tf = {
      metadata: meta,
      spec: {
        replicas: "1",
        service_name: "web",
        selector: { match_labels: { app: "web" } },
        persistent_volume_claim_retention_policy: { when_deleted: "Retain", when_scaled: "Retain" },
        update_strategy: { type: "RollingUpdate" },
        template: { metadata: { labels: { app: "web" } }, spec: podSpecTf },
        volume_claim_template: [
          {
            metadata: { name: "data" },
            spec: { access_modes: ["ReadWriteOnce"], storage_class_name: "enc", resources: { requests: { storage: "10Gi" } } },
          },
        ],
      },
    };
    expect(toApiObject("kubernetes_stateful_set_v1", tf).spec).toEqual({
      replicas: 1,
      serviceName: "web",
      selector: { matchLabels: { app: "web" } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
      updateStrategy: { type: "RollingUpdate" },
      template: { metadata: { labels: { app: "web" } }, spec: podSpecApi },
      volumeClaimTemplates: [
        {
          metadata: { name: "data" },
          spec: { accessModes: ["ReadWriteOnce"], storageClassName: "enc", resources: { requests: { storage: "10Gi" } } },
        },
      ],
    });
  });

  test("Job and CronJob: timezone becomes timeZone, the job template nests", () => {
    const job = {
      backoff_limit: 4,
      active_deadline_seconds: 600,
      ttl_seconds_after_finished: "300",
      template: { spec: { ...podSpecTf, restart_policy: "Never" } },
    };
    const jobApi = {
      backoffLimit: 4,
      activeDeadlineSeconds: 600,
      ttlSecondsAfterFinished: 300,
      template: { spec: { ...podSpecApi, restartPolicy: "Never" } },
    };
    expect(toApiObject("kubernetes_job_v1", { metadata: meta, spec: job, wait_for_completion: true, timeouts: { create: "10m" } })).toEqual(
      {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: meta,
        spec: jobApi,
      },
    );
    const cron = toApiObject("kubernetes_cron_job_v1", {
      metadata: meta,
      spec: {
        schedule: "0 3 1 * *",
        timezone: "Etc/UTC",
        concurrency_policy: "Forbid",
        job_template: { metadata: { labels: { a: "b" } }, spec: job },
      },
    });
    expect(cron).toMatchObject({ apiVersion: "batch/v1", kind: "CronJob" });
    expect(cron.spec).toEqual({
      schedule: "0 3 1 * *",
      timeZone: "Etc/UTC",
      concurrencyPolicy: "Forbid",
      jobTemplate: { metadata: { labels: { a: "b" } }, spec: jobApi },
    });
  });

  test("Service, NetworkPolicy and PodDisruptionBudget: ports and bounds are int-or-string", () => {
    expect(
      toApiObject("kubernetes_service_v1", {
        metadata: meta,
        spec: { type: "ClusterIP", selector: { app: "web" }, port: [{ name: "http", port: 8000, target_port: "http", protocol: "TCP" }] },
      }).spec,
    ).toEqual({ type: "ClusterIP", selector: { app: "web" }, ports: [{ name: "http", port: 8000, targetPort: "http", protocol: "TCP" }] });
    expect(
      toApiObject("kubernetes_network_policy_v1", {
        metadata: meta,
        spec: {
          pod_selector: { match_labels: { app: "web" } },
          policy_types: ["Ingress", "Egress"],
          ingress: [
            {
              from: [{ pod_selector: { match_labels: { app: "alb" } } }, { ip_block: { cidr: "10.0.0.0/8" } }],
              ports: [{ port: "8000", protocol: "TCP" }],
            },
          ],
          egress: [{ to: [{ namespace_selector: {} }], ports: [{ port: "53", protocol: "UDP" }] }],
        },
      }).spec,
    ).toEqual({
      podSelector: { matchLabels: { app: "web" } },
      policyTypes: ["Ingress", "Egress"],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { app: "alb" } } }, { ipBlock: { cidr: "10.0.0.0/8" } }],
          ports: [{ port: 8000, protocol: "TCP" }],
        },
      ],
      egress: [{ to: [{ namespaceSelector: {} }], ports: [{ port: 53, protocol: "UDP" }] }],
    });
    expect(toApiObject("kubernetes_pod_disruption_budget_v1", { metadata: meta, spec: { min_available: "1", selector: {} } }).spec).toEqual(
      {
        minAvailable: 1,
        selector: {},
      },
    );
    expect(toApiObject("kubernetes_pod_disruption_budget_v1", { metadata: meta, spec: { max_unavailable: "50%" } }).spec).toEqual({
      maxUnavailable: "50%",
    });
  });

  test("Namespace, ConfigMap, ServiceAccount, StorageClass: top-level fields, scope", () => {
    expect(toApiObject("kubernetes_namespace_v1", { metadata: { name: "app", labels: { a: "b" } } })).toEqual({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "app", labels: { a: "b" } },
    });
    expect(toApiObject("kubernetes_config_map_v1", { metadata: { name: "c" }, data: { "a.yaml": "x: 1" } })).toEqual({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "c", namespace: "default" },
      data: { "a.yaml": "x: 1" },
    });
    expect(toApiObject("kubernetes_service_account_v1", { metadata: meta, automount_service_account_token: false })).toEqual({
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: meta,
      automountServiceAccountToken: false,
    });
    expect(
      toApiObject("kubernetes_storage_class_v1", {
        metadata: { name: "enc" },
        storage_provisioner: "ebs.csi.aws.com",
        reclaim_policy: "Retain",
        volume_binding_mode: "WaitForFirstConsumer",
        allow_volume_expansion: true,
        parameters: { encrypted: "true" },
      }),
    ).toEqual({
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: "enc" },
      provisioner: "ebs.csi.aws.com",
      reclaimPolicy: "Retain",
      volumeBindingMode: "WaitForFirstConsumer",
      allowVolumeExpansion: true,
      parameters: { encrypted: "true" },
    });
  });

  test("a field without a mapping, a bad value or two items for a single block throw, with the path", () => {
    expect(() => toApiObject("kubernetes_config_map_v1", { metadata: meta, surprise: 1 })).toThrow(
      new UnsupportedField("kubernetes_config_map_v1.surprise"),
    );
    const withDns = { metadata: meta, spec: { template: { spec: { ...podSpecTf, dns_config: {} } } } };
    expect(() => toApiObject("kubernetes_deployment_v1", withDns)).toThrow(/kubernetes_deployment_v1\.spec\.template\.spec\.dns_config/);
    expect(() => toApiObject("kubernetes_deployment_v1", { metadata: meta, spec: { replicas: "two" } })).toThrow(/not an integer/);
    expect(() => toApiObject("kubernetes_deployment_v1", { metadata: meta, spec: [{}, {}] })).toThrow(/2 items for a single block/);
    expect(() => toApiObject("kubernetes_ingress_class_v1", { metadata: meta })).toThrow(UnsupportedField);
  });

  test("a number known only at apply time becomes a plausible number", () => {
    expect(toApiObject("kubernetes_deployment_v1", { metadata: meta, spec: { replicas: "${var.replicas}" } }).spec).toEqual({
      replicas: 1,
    });
  });
});

describe("Terraform references", () => {
  const tf = {
    data: { aws_region: { R: {} } },
    resource: {
      kubernetes_namespace_v1: { Ns: { metadata: { name: "app" } } },
      aws_iam_role: { Role_0A1B2C3D: {} },
      aws_lb_target_group: { Api_TargetGroup_7E411432: {} },
    },
  };

  test("names configured in the stack resolve; computed values get placeholders of their shape", () => {
    expect(substituteString(tf, "${kubernetes_namespace_v1.Ns.metadata[0].name}")).toBe("app");
    expect(substituteString(tf, "${aws_iam_role.Role_0A1B2C3D.arn}")).toBe("arn:aws:iam::111122223333:role/role");
    expect(placeholder("aws_lb_target_group.Api_TargetGroup_7E411432.arn")).toMatch(
      /^arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup\/api-targetgroup\/[0-9a-f]{16}$/,
    );
    expect(substituteString(tf, "${data.aws_region.R.region}")).toBe("eu-west-1");
    expect(placeholder("aws_db_instance.Postgres_1A2B3C4D.address")).toBe("postgres.eu-west-1.example.internal");
    expect(placeholder("aws_db_instance.Postgres_1A2B3C4D.master_user_secret[0].secret_arn")).toMatch(/^arn:aws:secretsmanager:/);
    expect(substituteString(tf, "bolt+s://db.${kubernetes_namespace_v1.Ns.metadata[0].name}.svc:7687")).toBe("bolt+s://db.app.svc:7687");
  });

  test("escaped $${ is a literal ${ and every string of an object is substituted", () => {
    expect(substituteString(tf, "echo $${HOME}")).toBe("echo ${HOME}");
    expect(substitute(tf, { a: ["${kubernetes_namespace_v1.Ns.metadata[0].name}"], n: 3 })).toEqual({ a: ["app"], n: 3 });
  });
});

describe("every Kubernetes object of the library's stacks converts", () => {
  const variants: Array<[string, any]> = [
    ["default (Neo4j, VPC CNI)", stackProps()],
    ["PostgreSQL backend", stackProps({ dataBackend: DataBackend.POSTGRES })],
    ["Cilium", stackProps({ cluster: { ...stackProps().cluster, networkPolicyEnforcement: NetworkPolicyEnforcement.CILIUM } })],
  ];
  test.each(variants)("%s", (_name, props) => {
    const tf = JSON.parse(Testing.synth(new HardenedMeshStack(Testing.app(), "s", props)));
    const objects = kubernetesObjects(tf);
    const typed = objects.filter((o) => !o.address.startsWith("kubernetes_manifest."));
    expect(typed.length).toBeGreaterThan(5);
    for (const o of typed) {
      const type = o.address.split(".")[0];
      expect(SUPPORTED_TYPES).toContain(type);
      const api = substitute(tf, toApiObject(type, o.config));
      expect(api.metadata.name).toBe(o.name);
      expect(JSON.stringify(api)).not.toMatch(/\$\{(kubernetes|aws|data)/);
    }
  });
});

test("RBAC: cluster roles and their bindings, rules and subjects as the API names them", () => {
  expect(
    toApiObject("kubernetes_cluster_role_v1", {
      metadata: { name: "deployers" },
      rule: [
        { api_groups: [""], resources: ["configmaps"], verbs: ["get", "list"] },
        { non_resource_urls: ["/healthz"], verbs: ["get"] },
      ],
    }),
  ).toEqual({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: { name: "deployers" },
    rules: [
      { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list"] },
      { nonResourceURLs: ["/healthz"], verbs: ["get"] },
    ],
  });
  expect(
    toApiObject("kubernetes_cluster_role_binding_v1", {
      metadata: { name: "deployers" },
      role_ref: { api_group: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "deployers" },
      subject: [{ api_group: "rbac.authorization.k8s.io", kind: "Group", name: "github-deployers" }],
    }),
  ).toEqual({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name: "deployers" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "deployers" },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "github-deployers" }],
  });
});
