import { SECRETS_CONTROLS } from "../../../lib/guard/controls/secrets";
import { expectPaired, fail, pass, run, tf, UNKNOWN, variables } from "./support";
import { SECRETS_MUTATIONS } from "../mutations/secrets";
import { mutationSuite } from "../mutations/harness";

test("MESHQ-SEC-1/2/3 secrets, keys and refresh", () => {
  const key = { aws_kms_key: { k: { enable_key_rotation: true, policy: "{}" } } };
  pass("MESHQ-SEC-1", tf({ ...key, aws_secretsmanager_secret: { s: { kms_key_id: "${aws_kms_key.k.arn}" } } }));
  // a key the guard did not see fails closed: a literal ARN, an alias of another stack, an alias of the stack aimed outside it
  fail(
    "MESHQ-SEC-1",
    tf({ aws_secretsmanager_secret: { s: { kms_key_id: "arn:aws:kms:eu-west-1:111122223333:key/abc" } } }),
    /arn:aws:kms:eu-west-1:111122223333:key\/abc, a key outside this stack: the guard cannot see whether that key is customer-managed, rotates/,
  );
  fail("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: { kms_key_id: "alias/shared" } } }), /a key outside this stack/);
  fail(
    "MESHQ-SEC-1",
    tf({
      aws_kms_alias: { a: { name: "alias/meshq", target_key_id: "arn:aws:kms:eu-west-1:111122223333:key/abc" } },
      aws_secretsmanager_secret: { s: { kms_key_id: "${aws_kms_alias.a.arn}" } },
    }),
    /alias aws_kms_alias\.a, whose target_key_id is not a key of this stack/,
  );
  // an alias of the stack aimed at a key of the stack, by reference or by its name
  const aliased = { ...key, aws_kms_alias: { a: { name: "alias/meshq", target_key_id: "${aws_kms_key.k.key_id}" } } };
  pass("MESHQ-SEC-1", tf({ ...aliased, aws_secretsmanager_secret: { s: { kms_key_id: "${aws_kms_alias.a.arn}" } } }));
  pass("MESHQ-SEC-1", tf({ ...aliased, aws_secretsmanager_secret: { s: { kms_key_id: "alias/meshq" } } }));
  fail("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: {} } }), /AWS-managed key/);
  fail("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: { kms_key_id: "alias/aws/secretsmanager" } } }), /AWS-managed key/);
  fail("MESHQ-SEC-1", tf({ aws_secretsmanager_secret: { s: { kms_key_id: "${data.aws_kms_key.x.arn}" } } }), UNKNOWN);

  pass("MESHQ-SEC-2", tf({ aws_kms_key: { k: { enable_key_rotation: true, policy: "{}", deletion_window_in_days: 30 } } }));
  fail(
    "MESHQ-SEC-2",
    tf({ aws_kms_external_key: { k: { policy: "{}" } } }),
    /aws_kms_external_key takes its key material or its rotation from outside the stack/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({ aws_kms_replica_key: { k: { primary_key_arn: "arn:aws:kms:us-east-1:111122223333:key/mrk-1" } } }),
    /the guard cannot know that it rotates/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({ aws_kms_key: { k: { enable_key_rotation: false, policy: '{"Statement":[{"Effect":"Allow","Principal":"*"}]}' } } }),
    /rotation is off[\s\S]*Principal \*/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: {
        k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Allow", "Principal" = {"AWS" = ["*"]}}]})}' },
      },
    }),
    /allows Principal \*/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({ aws_kms_key: { k: { enable_key_rotation: true, policy: "${data.aws_iam_policy_document.k.json}" } } }),
    /cannot be read at synth/,
  );
  fail(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: { k: { enable_key_rotation: true, policy: "{}" } },
      aws_kms_key_policy: { p: { key_id: "${aws_kms_key.k.id}", policy: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"}}]}' } },
    }),
    /allows Principal \*/,
  );
  fail(
    "MESHQ-SEC-2",
    tf(
      {
        aws_kms_key: {
          k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Allow", "Principal" = {"AWS" = var.x}}]})}' },
        },
      },
      variables,
    ),
    UNKNOWN,
  );
  pass(
    "MESHQ-SEC-2",
    tf({
      aws_kms_key: { k: { enable_key_rotation: true, policy: '${jsonencode({"Statement" = [{"Effect" = "Deny", "Principal" = "*"}]})}' } },
    }),
  );

  const store = { manifest: { kind: "SecretStore", metadata: { name: "aws", namespace: "meshq" }, spec: { provider: { aws: {} } } } };
  const es = (
    interval: string,
    storeRef: Record<string, unknown> = { kind: "SecretStore", name: "${kubernetes_manifest.store.manifest.metadata.name}" },
  ) =>
    tf(
      {
        kubernetes_manifest: {
          store,
          e: {
            manifest: {
              kind: "ExternalSecret",
              metadata: { name: "e", namespace: "meshq" },
              spec: { refreshInterval: interval, secretStoreRef: storeRef },
            },
          },
        },
      },
      variables,
    );
  pass("MESHQ-SEC-3", es("15m"));
  pass("MESHQ-SEC-3", es("15m", { name: "aws" }));
  // a store the stack does not write, or cannot be known, fails closed
  fail(
    "MESHQ-SEC-3",
    es("15m", { kind: "ClusterSecretStore", name: "platform-aws" }),
    /reads from ClusterSecretStore platform-aws, which the stack does not write: its provider, authentication and TLS cannot be known/,
  );
  fail("MESHQ-SEC-3", es("15m", { kind: "SecretStore", name: "${var.store}" }), UNKNOWN);
  fail("MESHQ-SEC-3", es("1h"), /refreshInterval 1h/);
  fail("MESHQ-SEC-3", es("0"), /refreshInterval 0/);
  fail("MESHQ-SEC-3", es("${var.x}"), UNKNOWN);
});

test("MESHQ-SEC-4 workloads read the stack's own secrets; one outside it only with a recorded reason", () => {
  const ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:splunk/hec-AbCdEf";
  const store = (provider: Record<string, unknown>) => ({
    manifest: { kind: "SecretStore", metadata: { name: "st", namespace: "meshq" }, spec: { provider } },
  });
  const es = (key: string, provider: Record<string, unknown> = { aws: {} }, record: Record<string, unknown> = {}, extra = {}) =>
    tf(
      {
        ...extra,
        kubernetes_manifest: {
          store: store(provider),
          e: {
            manifest: {
              kind: "ExternalSecret",
              metadata: { name: "e", namespace: "meshq" },
              spec: { secretStoreRef: { kind: "SecretStore", name: "st" }, data: [{ secretKey: "v", remoteRef: { key } }] },
            },
          },
        },
      },
      { ...variables, "//": { metadata: { meshoptixiq: record } } },
    );
  const secret = { aws_secretsmanager_secret: { s: { kms_key_id: "${aws_kms_key.k.arn}" } } };
  pass("MESHQ-SEC-4", es("${aws_secretsmanager_secret.s.arn}", { aws: {} }, {}, secret));
  pass("MESHQ-SEC-4", es("${aws_db_instance.db.master_user_secret[0].secret_arn}", { aws: {} }, {}, { aws_db_instance: { db: {} } }));
  // a secret outside the stack fails, unless an ExistingSecret records why (then it warns)
  fail("MESHQ-SEC-4", es(ARN), /reads arn:aws:secretsmanager:.*hec-AbCdEf, a secret the stack does not create/);
  const optOut = { property: "ExistingSecret.unmanagedOptOut", subject: ARN, reason: "issued by Splunk, kept by the platform team" };
  fail("MESHQ-SEC-4", es(ARN, { aws: {} }, { optOuts: [optOut] }), /kept outside: issued by Splunk/, "warn");
  // the reason covers the secret it names, not another
  fail("MESHQ-SEC-4", es(`${ARN}x`, { aws: {} }, { optOuts: [optOut] }), /a secret the stack does not create/);
  fail("MESHQ-SEC-4", es("${var.secret}"), UNKNOWN);
  fail("MESHQ-SEC-4", es("${data.aws_secretsmanager_secret.x.arn}"), UNKNOWN);
  // Vault stores are the Vault controls' to judge
  expect(run("MESHQ-SEC-4", es("meshq/hec", { vault: {} })).status).toBe("not-applicable");
});

test("every control of the family has passing and failing cases here", () => {
  expectPaired(SECRETS_CONTROLS);
});

// The family's weakenings of whole stacks (test/guard/mutations/secrets.ts), applied as a user would.
mutationSuite(SECRETS_MUTATIONS);
