import { ImageContract } from "../../core/image-contract";

/**
 * The run-time contract of the Vault rotator (`node /etc/rotation/rotate.mjs`) on a read-only root
 * filesystem: it writes no file. The script only reads its settings, the CA bundle and the
 * projected token, and talks HTTPS; Node writes nothing at start unless asked to
 * (`NODE_COMPILE_CACHE`, `--report-on-fatalerror`, `--cpu-prof`, none of which the rotator sets).
 */
export const VAULT_ROTATOR_CONTRACT: ImageContract = {
  id: "vault-rotator",
  description: "Node running the Vault rotator's script (VaultSecretRotation)",
  command: "node",
  firstArgPrefix: "/etc/rotation/",
  writes: [],
  sources: ["lib/secrets/vault/rotation/rotate.mjs", "nodejs.org/api/cli.html (NODE_COMPILE_CACHE, --report-* options)"],
};

/** The contracts of the images the Vault constructs ship defaults for. */
export const VAULT_IMAGE_CONTRACTS: readonly ImageContract[] = [VAULT_ROTATOR_CONTRACT];
