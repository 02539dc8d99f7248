import { ImageContract } from "../core/image-contract";

/**
 * The run-time contract of the images EncryptedNeo4j and its password rotation ship defaults for
 * (`neo4j:5.26.x`, `amazon/aws-cli`), on a read-only root filesystem.
 *
 * Sources (Neo4j 5 image, github.com/neo4j/docker-neo4j):
 * - `docker-image-src/5/coredb/docker-entrypoint.sh` (runs under `bash -eu`, so any failed write
 *   stops the container);
 * - `docker-image-src/5/coredb/Dockerfile-debian` (`NEO4J_HOME=/var/lib/neo4j`; `data` and `logs`
 *   moved to `/data` and `/logs` and symlinked back; entrypoint `tini -g -- docker-entrypoint.sh`).
 */

/** `$NEO4J_HOME` of the official image. */
export const NEO4J_HOME = "/var/lib/neo4j";
/** The configuration directory the entrypoint writes `neo4j.conf` into. */
export const NEO4J_CONF_DIR = `${NEO4J_HOME}/conf`;
/**
 * `server.directories.run`. The entrypoint writes the docker default `/run` into `neo4j.conf`
 * unless the setting is given (`add_docker_default_to_conf "server.directories.run" "/run"`); with a
 * read-only root it is set to this writable path through `NEO4J_server_directories_run`.
 */
export const NEO4J_RUN_DIR = `${NEO4J_HOME}/run`;
/**
 * Where the bolt (and HTTPS) certificate is mounted: Neo4j's default layout
 * (`certificates/bolt` under `$NEO4J_HOME`). Not `/ssl`: see {@link NEO4J_SERVER_CONTRACT}.
 */
export const NEO4J_TLS_DIR = `${NEO4J_HOME}/certificates/bolt`;

const ENTRYPOINT = "neo4j/docker-neo4j docker-image-src/5/coredb/docker-entrypoint.sh";
const DOCKERFILE = "neo4j/docker-neo4j docker-image-src/5/coredb/Dockerfile-debian";

/** The Neo4j server, started by the image's entrypoint. */
export const NEO4J_SERVER_CONTRACT: ImageContract = {
  id: "neo4j-server",
  description: "Neo4j 5 server started by the official image's docker-entrypoint.sh",
  repository: "neo4j",
  command: "entrypoint",
  writes: [
    {
      path: NEO4J_CONF_DIR,
      why: "add_docker_default_to_conf and add_env_setting_to_conf append to conf/neo4j.conf (sed --in-place rewrites it) on every start",
    },
    {
      env: "NEO4J_server_directories_run",
      envDefault: "/run",
      why: 'add_docker_default_to_conf "server.directories.run" "/run" unless NEO4J_server_directories_run is set',
    },
    {
      env: "NEO4J_server_directories_logs",
      envDefault: `${NEO4J_HOME}/logs`,
      why: "server.directories.logs (the entrypoint sets /logs when /logs exists)",
    },
    { path: "/data", why: "the store; set_initial_password runs neo4j-admin dbms set-initial-password, which writes /data/dbms" },
    { path: "/tmp", why: "the JVM's java.io.tmpdir (hsperfdata, native libraries)" },
  ],
  forbiddenMounts: [
    {
      path: "/ssl",
      why: 'when /ssl exists the entrypoint runs rm -rf "${NEO4J_HOME}"/certificates and ln -s /ssl "${NEO4J_HOME}"/certificates, which fail on a read-only root',
    },
  ],
  sources: [ENTRYPOINT, DOCKERFILE],
};

/** Neo4j's JVM tools (cypher-shell) run with a command of their own, bypassing the entrypoint. */
export const NEO4J_TOOLS_CONTRACT: ImageContract = {
  id: "neo4j-tools",
  description: "cypher-shell and other JVM tools of the Neo4j image, run by an explicit command",
  repository: "neo4j",
  command: "bash",
  writes: [{ path: "/tmp", why: "the JVM's java.io.tmpdir" }],
  sources: [DOCKERFILE],
};

/** The configuration seed: copies the image's conf directory into the writable volume. */
export const NEO4J_CONF_SEED_CONTRACT: ImageContract = {
  id: "neo4j-conf-seed",
  description: "cp of the image's conf directory into the emptyDir that the server then mounts at conf",
  repository: "neo4j",
  command: "cp",
  writes: [{ arg: -1, why: "cp writes only its destination (the last argument)" }],
  sources: ["coreutils cp(1)"],
};

/** The AWS CLI v2 image (password rotation: stage and finish steps). */
export const AWS_CLI_CONTRACT: ImageContract = {
  id: "aws-cli",
  description: "AWS CLI v2 (amazon/aws-cli)",
  repository: "aws-cli",
  writes: [
    {
      env: "HOME",
      envDefault: "/",
      why: "the CLI keeps its cache and configuration under ~/.aws (AWS CLI v2 user guide, 'Configuration and credential file settings'); a non-root UID without a passwd entry gets HOME=/ from the container runtime",
    },
  ],
  sources: ["docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"],
};

/** The password rotation scripts (`lib/neo4j/rotation/*.sh`), whichever image runs them. */
export const ROTATION_SCRIPTS_CONTRACT: ImageContract = {
  id: "neo4j-rotation-scripts",
  description: "stage.sh, apply.sh and finish.sh of the Neo4j password rotation",
  command: "bash",
  firstArgPrefix: "/scripts/",
  writes: [{ env: "WORK_DIR", envDefault: "/run/rotation", why: "the scripts hand version ids and passwords between steps in $WORK_DIR" }],
  sources: ["lib/neo4j/rotation/stage.sh", "lib/neo4j/rotation/apply.sh", "lib/neo4j/rotation/finish.sh"],
};

/** The Vault steps of the password rotation (`lib/neo4j/rotation/vault-steps.mjs`), run with Node. */
export const VAULT_STEPS_CONTRACT: ImageContract = {
  id: "neo4j-rotation-vault-steps",
  description: "vault-steps.mjs of the Neo4j password rotation with Vault (Node's standard library only)",
  command: "node",
  firstArgPrefix: "/scripts/",
  writes: [
    {
      env: "WORK_DIR",
      envDefault: "/run/rotation",
      why: "the step hands the credentials to apply.sh and retire.sh in $WORK_DIR; Node itself writes nothing at start unless asked to (NODE_COMPILE_CACHE, --report-* options, none of which the rotator sets)",
    },
  ],
  sources: ["lib/neo4j/rotation/vault-steps.mjs", "lib/secrets/vault/rotation/vault-client.mjs", "nodejs.org/api/cli.html"],
};

/** Every contract of the Neo4j side. */
export const NEO4J_IMAGE_CONTRACTS: readonly ImageContract[] = [
  NEO4J_SERVER_CONTRACT,
  NEO4J_TOOLS_CONTRACT,
  NEO4J_CONF_SEED_CONTRACT,
  AWS_CLI_CONTRACT,
  ROTATION_SCRIPTS_CONTRACT,
  VAULT_STEPS_CONTRACT,
];
