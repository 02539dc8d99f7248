import { variable, Mutation } from "./harness";

const TAGGED = "ghcr.io/meshoptixiq/api:1.4.2";

/** Weakenings the image controls must catch. */
export const IMAGE_MUTATIONS: Mutation[] = [
  // ---- MESHQ-IMAGE-1: images pinned by digest
  {
    name: "an escape hatch swaps the API image for a tag without a digest",
    backend: "complete",
    control: "MESHQ-IMAGE-1",
    how: "override",
    apply: (s) => s.api.resource.addOverride("spec.template.spec.container.0.image", TAGGED),
  },
  {
    name: "Neo4j runs :latest through an override",
    backend: "complete",
    control: "MESHQ-IMAGE-1",
    how: "override",
    apply: (s) => s.neo4j!.resource.addOverride("spec.template.spec.container.0.image", "neo4j:latest"),
  },
  {
    name: "the API image from a variable, unknown at synth",
    backend: "postgres",
    control: "MESHQ-IMAGE-1",
    how: "variable",
    apply: (s) => s.api.resource.addOverride("spec.template.spec.container.0.image", variable(s, "api_image").stringValue),
  },
];
