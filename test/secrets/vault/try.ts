import "../../../lib";
import { Testing } from "../../../lib/compat/core";
import { HardenedMeshStack } from "../../../lib/stack/hardened-mesh-stack";
import { vaultStackProps } from "./fixture";
import { CONTROLS } from "../../../lib/guard/catalogue";
const stack = new HardenedMeshStack(Testing.app(), "prod", vaultStackProps());
const out = JSON.parse(Testing.synth(stack, false));
for (const c of CONTROLS) { const v = c.rule(out); if (v !== "not-applicable" && v.length) console.log(c.id, JSON.stringify(v)); }
