import { allPairs, pairsOf, pairwise } from "./pairwise";
import { CONSTRUCT_OPTIONS, matrix, STACK_OPTIONS } from "./combinations";

describe("the configuration matrix", () => {
  test.each([
    ["constructs", CONSTRUCT_OPTIONS],
    ["HardenedMeshStack", STACK_OPTIONS],
  ])("%s: every pair of values of any two options appears in a combination", (_name, options) => {
    const combinations = pairwise(options);
    const covered = new Set(combinations.flatMap(pairsOf));
    const missing = [...allPairs(options)].filter((p) => !covered.has(p));
    expect(missing).toEqual([]);
    for (const c of combinations) expect(Object.keys(c)).toEqual(Object.keys(options));
    // far fewer than the full product
    const product = Object.values(options).reduce((n, v) => n * v.length, 1);
    expect(combinations.length).toBeLessThan(product / 4);
  });

  test("a missing pair is noticed", () => {
    const options = { a: ["1", "2"], b: ["x", "y"] };
    const covered = new Set(pairsOf({ a: "1", b: "x" }));
    expect([...allPairs(options)].filter((p) => !covered.has(p))).toHaveLength(3);
  });

  test("stack names are unique and stable", () => {
    const names = matrix().map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(matrix()).toEqual(matrix());
  });
});
