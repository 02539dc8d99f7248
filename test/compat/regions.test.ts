import { configurationRegions } from "../../lib/guard/report";

// cdktf writes cdk.tf.json with json-stable-stringify (an empty list across two lines), cdktn with
// safe-stable-stringify (`[]`): the SARIF line of a resource follows the flavour that wrote the file.
const doc = { "//": { metadata: { optOuts: [] } }, resource: { aws_kms_key: { Key: { tags: {} } } } };

test("resource lines as cdktf writes the file", () => {
  // {, "//": {, "metadata": {, "optOuts": [, ], }, }, "resource": {, "aws_kms_key": {, "Key": {
  expect(configurationRegions(doc, "cdktf")("aws_kms_key.Key")).toEqual({ startLine: 10 });
});

test("resource lines as cdktn writes the file", () => {
  // {, "//": {, "metadata": {, "optOuts": [], }, }, "resource": {, "aws_kms_key": {, "Key": {
  expect(configurationRegions(doc, "cdktn")("aws_kms_key.Key")).toEqual({ startLine: 9 });
  expect(configurationRegions(doc, "cdktn")("aws_kms_key.Other")).toBeUndefined();
});
