import { addresses, compareStack, differences, withoutRoot } from "../../scripts/flavour-diff";

const stack = (over: Record<string, unknown> = {}) => ({
  "//": { metadata: { version: "0.21.0", stackName: "s", backend: "local" } },
  terraform: {
    backend: { local: { path: "/repo/terraform.s.tfstate" } },
    required_providers: { aws: { source: "aws", version: "6.25.0" }, kubernetes: { source: "kubernetes", version: "2.38.0" } },
  },
  resource: { aws_kms_key: { Key: { enable_key_rotation: true } }, kubernetes_namespace_v1: { Ns: { metadata: [{ name: "mesh" }] } } },
  data: { aws_partition: { Partition: {} } },
  output: { api_url: { value: "x" } },
  ...over,
});

test("the version stamp and the provider versions are the expected differences", () => {
  const cdktn = stack();
  (cdktn["//"] as any).metadata.version = "0.24.0";
  (cdktn.terraform as any).required_providers.aws.version = "6.66.0";
  const r = compareStack("s", stack(), cdktn);
  expect(r.unexpected).toEqual([]);
  expect(r.expected.map((d) => `${d.path}: ${d.reason}`)).toEqual([
    "//.metadata.version: version stamp of the core package",
    "terraform.required_providers.aws.version: provider version",
  ]);
  expect(r.addresses).toBe(4);
});

test("a provider source written another way is expected only for the same address", () => {
  const cdktn = stack();
  (cdktn.terraform as any).required_providers.aws.source = "hashicorp/aws";
  expect(compareStack("s", stack(), cdktn).expected.map((d) => d.reason)).toEqual([
    "the same provider address registry.terraform.io/hashicorp/aws, written two ways",
  ]);
  (cdktn.terraform as any).required_providers.aws.source = "example/aws";
  expect(compareStack("s", stack(), cdktn).unexpected.map((d) => d.path)).toEqual(["terraform.required_providers.aws.source"]);
});

test("any other difference fails, however small", () => {
  const cdktn = stack({
    resource: { aws_kms_key: { Key: { enable_key_rotation: false } }, kubernetes_namespace_v1: { Ns: { metadata: [{ name: "mesh" }] } } },
  });
  (cdktn.terraform as any).required_providers.kubernetes.source = "registry.opentofu.org/hashicorp/kubernetes";
  const r = compareStack("s", stack(), cdktn);
  expect(r.unexpected.map((d) => d.path)).toEqual([
    "resource.aws_kms_key.Key.enable_key_rotation",
    "terraform.required_providers.kubernetes.source",
  ]);
});

test("a resource under another address is reported on both sides", () => {
  const cdktn = stack({
    resource: { aws_kms_key: { Key2: { enable_key_rotation: true } }, kubernetes_namespace_v1: { Ns: { metadata: [{ name: "mesh" }] } } },
  });
  const r = compareStack("s", stack(), cdktn);
  expect(r.onlyLeft).toEqual(["aws_kms_key.Key"]);
  expect(r.onlyRight).toEqual(["aws_kms_key.Key2"]);
});

test("addresses cover resources, data sources and outputs", () => {
  expect(addresses(stack())).toEqual(["aws_kms_key.Key", "data.aws_partition.Partition", "kubernetes_namespace_v1.Ns", "output.api_url"]);
});

test("the project folder is set aside in paths, nothing else", () => {
  expect(differences(withoutRoot(stack(), "/repo"), withoutRoot(stack(), "/repo"))).toEqual([]);
  const moved = JSON.parse(JSON.stringify(stack()).replace("/repo/", "/scratch/"));
  expect(differences(withoutRoot(stack(), "/repo"), withoutRoot(moved, "/scratch"))).toEqual([]);
  expect(differences(withoutRoot(stack(), "/repo"), withoutRoot(moved, "/elsewhere")).map((d) => d.path)).toEqual([
    "terraform.backend.local.path",
  ]);
  expect(differences([1, 2], [1, 2, 3]).map((d) => d.path)).toEqual(["2"]);
});
