import { buildStack } from "./mutate";
test("renders", () => {
  const stack = buildStack("complete");
  stack.toTerraform();
  const t0 = Date.now();
  for (let i = 0; i < 40; i++) stack.toTerraform();
  console.log("ms per render", (Date.now() - t0) / 40);
});
