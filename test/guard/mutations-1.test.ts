import { mutationSuite } from "./mutation-suite";

// The second shard of the weakenings (see mutations.test.ts).
mutationSuite(1);
